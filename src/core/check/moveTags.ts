import { parseTag } from '../ink/tags';
import type { StoryHeader } from '../ink/types';
import { ACTS, type ActId, isActId } from '../methodology/acts';
import type { Diagnostic } from './diagnostics';
import { findTags } from './tagScan';

const NEEDS_A_LINK: readonly string[] = ['value.need_linked', 'solutions.tailored'];
const ENGINE_VARIABLES = /^\s*~\s*(rapport|patience|customer_state)\s*(=|\+=|-=|\+\+|--)/;

/**
 * What a scenario's choices must say for scoring to read them in context, checked in the source so every
 * choice is checked, reached or not: a need-linked move names its need, and the need is one the story can
 * reveal; a promise kept names the promise; good acts fall in the dimensions the scenario scores. The
 * engine owns the customer's state, so a story reads `rapport` and `patience` but never sets them.
 */
export function checkMoveTags(
  file: string,
  source: string,
  isRoot: boolean,
  header: Pick<StoryHeader, 'dimensions' | 'assumes'>,
  revealable: ReadonlySet<string>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const error = (line: number, message: string) => out.push({ file, line, severity: 'error', message });
  const byLine = new Map<number, { key: string; value: string }[]>();
  for (const tag of findTags(source, isRoot)) {
    if (tag.place !== 'choice') continue;
    byLine.set(tag.line, [...(byLine.get(tag.line) ?? []), parseTag(tag.raw)]);
  }
  for (const [line, tags] of byLine) {
    const acts = tags.filter((t) => t.key === 'act' && isActId(t.value)).map((t) => t.value as ActId);
    const links = tags.filter((t) => t.key === 'links').map((t) => t.value);
    for (const act of acts.filter((a) => NEEDS_A_LINK.includes(a) && links.length === 0))
      error(line, `${act} needs # links: <need id>, the need the move answers`);
    for (const need of links.filter((n) => !revealable.has(n)))
      error(
        line,
        `links to need '${need}', which no line of the story reveals (# need:) and the header does not assume`,
      );
    if (acts.includes('relationship.promise_kept') && !tags.some((t) => t.key === 'keeps'))
      error(line, 'relationship.promise_kept needs # keeps: <promise id>, the promise the move delivers');
    for (const act of acts) {
      const { dimension, polarity } = ACTS[act];
      if (polarity > 0 && !header.dimensions.includes(dimension))
        out.push({
          file,
          line,
          severity: 'warning',
          message: `${act} earns nothing here: ${dimension} is not among the scenario's # dimensions:`,
        });
    }
  }
  source.split(/\r?\n/).forEach((text, i) => {
    const set = ENGINE_VARIABLES.exec(text.replace(/\/\/.*$/, ''));
    if (set)
      error(
        i + 1,
        `the engine keeps ${set[1]} from the reaction table; adjust one move with # rapport: or # patience: on the choice`,
      );
  });
  return out;
}

/** Needs a story can reveal: its `# need:` lines and what its header assumes. */
export function revealableNeeds(sources: Iterable<string>, header: Pick<StoryHeader, 'assumes'>): Set<string> {
  const needs = new Set(header.assumes.filter((a) => a.kind === 'need').map((a) => a.id));
  for (const source of sources)
    for (const tag of findTags(source, false)) {
      const { key, value } = parseTag(tag.raw);
      if (key === 'need') needs.add(value);
    }
  return needs;
}
