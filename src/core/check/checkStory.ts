import { InkAdapter } from '../ink/adapter';
import { parseTag } from '../ink/tags';
import type { CompiledStory } from '../ink/types';
import { DIFFICULTIES, type Difficulty } from '../visit/difficulty';
import type { Diagnostic } from './diagnostics';
import { type Exploration, exploreStory } from './explore';
import { findTags } from './tagScan';

const UNREACHED_KNOT = /^knot '.*' is never reached$/;

export interface StoryCheck {
  readonly diagnostics: readonly Diagnostic[];
  /** The exploration at each difficulty the story plays at. */
  readonly runs: readonly { readonly difficulty: Difficulty; readonly exploration: Exploration }[];
}

/**
 * Plays every path of a story at each difficulty it declares (`VAR difficulty`), and reports, once, every
 * problem any of them found, plus endings written in the source that no path reaches.
 */
export function checkStory(story: CompiledStory, sources: ReadonlyMap<string, string>, maxStates?: number): StoryCheck {
  const levels: Difficulty[] =
    new InkAdapter(story).readNumber('difficulty') === null ? ['standard'] : [...DIFFICULTIES];
  const runs = levels.map((difficulty) => ({
    difficulty,
    exploration: exploreStory(story, { maxStates, difficulty }),
  }));
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  // A knot one difficulty never reaches may be written for another: it is unreached only if none reaches it.
  const unreachedEverywhere = (d: Diagnostic) =>
    runs.every((r) => r.exploration.diagnostics.some((o) => o.message === d.message && o.file === d.file));
  for (const { difficulty, exploration } of runs) {
    for (const d of exploration.diagnostics) {
      if (UNREACHED_KNOT.test(d.message) && !unreachedEverywhere(d)) continue;
      const key = `${d.file}:${d.line}:${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      diagnostics.push(
        levels.length > 1 && difficulty !== 'standard' ? { ...d, message: `${d.message} (${difficulty})` } : d,
      );
    }
  }
  if (runs.every((r) => r.exploration.complete)) {
    const reached = new Set(runs.flatMap((r) => r.exploration.endings.map((e) => e.id)));
    for (const [file, source] of sources) {
      for (const tag of findTags(source, false)) {
        const { key, value } = parseTag(tag.raw);
        if (key === 'ending' && !reached.has(value) && !seen.has(`ending:${value}`)) {
          seen.add(`ending:${value}`);
          diagnostics.push({ file, line: tag.line, severity: 'error', message: `ending '${value}' is never reached` });
        }
      }
    }
  }
  return { diagnostics, runs };
}
