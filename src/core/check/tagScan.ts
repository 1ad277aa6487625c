import { checkTag, parseTag, REPEATABLE, type TagPlace } from '../ink/tags';
import { STAGES, type StageId } from '../methodology/stages';
import type { Diagnostic } from './diagnostics';

interface FoundTag {
  readonly place: TagPlace;
  readonly raw: string;
  readonly line: number;
}

/**
 * Reads ink source as text and checks every tag against the contract, so that an unknown id is reported
 * at its file and line whether or not any path reaches it. `isRoot` marks the file whose top carries the
 * header.
 */
export function scanTags(file: string, source: string, isRoot: boolean, stage: StageId | null): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seenHeader = new Set<string>();
  for (const tag of findTags(source, isRoot)) {
    const problem = checkTag(tag.place, tag.raw) ?? phaseOutsideStage(tag, stage);
    if (problem) out.push({ file, line: tag.line, severity: 'error', message: problem });
    if (tag.place === 'header') {
      const { key } = parseTag(tag.raw);
      if (seenHeader.has(key))
        out.push({ file, line: tag.line, severity: 'error', message: `header tag '${key}' given twice` });
      seenHeader.add(key);
    }
  }
  return out.concat(repeatedOnOneLine(file, source, isRoot));
}

function phaseOutsideStage(tag: FoundTag, stage: StageId | null): string | null {
  if (stage === null || tag.place === 'header') return null;
  const { key, value } = parseTag(tag.raw);
  if (key !== 'phase' || STAGES[stage].phases.includes(value)) return null;
  return `phase '${value}' is not a phase of a ${stage} visit (${STAGES[stage].phases.join(', ')})`;
}

function repeatedOnOneLine(file: string, source: string, isRoot: boolean): Diagnostic[] {
  const byLine = new Map<string, FoundTag[]>();
  for (const tag of findTags(source, isRoot)) {
    if (tag.place === 'header') continue;
    const key = `${tag.line}/${tag.place}/${parseTag(tag.raw).key}`;
    byLine.set(key, [...(byLine.get(key) ?? []), tag]);
  }
  const out: Diagnostic[] = [];
  for (const tags of byLine.values()) {
    const { key } = parseTag(tags[0].raw);
    if (tags.length > 1 && !REPEATABLE.has(key)) {
      out.push({
        file,
        line: tags[0].line,
        severity: 'error',
        message: `'${key}' given ${tags.length} times on one ${tags[0].place}`,
      });
    }
  }
  return out;
}

const INCLUDE = /^INCLUDE\s/;

/** Every tag in the source with the place it belongs to; comments are skipped as ink skips them. */
export function findTags(source: string, isRoot: boolean): FoundTag[] {
  const found: FoundTag[] = [];
  let inBlockComment = false;
  let inHeader = isRoot;
  source.split(/\r?\n/).forEach((rawLine, i) => {
    let text = '';
    for (let j = 0; j < rawLine.length; j++) {
      if (inBlockComment) {
        if (rawLine.startsWith('*/', j)) {
          inBlockComment = false;
          j++;
        }
      } else if (rawLine.startsWith('/*', j)) {
        inBlockComment = true;
        j++;
      } else if (rawLine.startsWith('//', j)) {
        break;
      } else {
        text += rawLine[j];
      }
    }
    const trimmed = text.trim();
    if (!trimmed) return;
    // INCLUDE is read at compile time and says nothing, so header tags may follow it.
    if (inHeader && !trimmed.startsWith('#') && !INCLUDE.test(trimmed)) inHeader = false;
    const isChoice = /^[*+]/.test(trimmed);
    const closeBracket = isChoice ? trimmed.indexOf(']') : -1;
    for (const { raw, at } of splitTags(trimmed)) {
      let place: TagPlace = 'line';
      if (inHeader) place = 'header';
      else if (isChoice && (closeBracket < 0 || at < closeBracket)) place = 'choice';
      found.push({ place, raw, line: i + 1 });
    }
  });
  return found;
}

/** The tags of one line: from an unescaped `#` to the next `#`, `]`, `}` or the end of the line. */
function splitTags(line: string): { raw: string; at: number }[] {
  const tags: { raw: string; at: number }[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] !== '#' || (i > 0 && line[i - 1] === '\\')) continue;
    let end = i + 1;
    // A tag ends at the next tag, at the end of a choice's brackets, or at the end of an inline condition.
    while (end < line.length && line[end] !== '#' && line[end] !== ']' && line[end] !== '}') end++;
    const raw = line.slice(i + 1, end).trim();
    if (raw) tags.push({ raw, at: i });
    i = end - 1;
  }
  return tags;
}
