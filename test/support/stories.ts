import { resolve } from 'node:path';
import { formatDiagnostic } from '../../src/core/check/diagnostics';
import { exploreStory } from '../../src/core/check/explore';
import { bestPath, scoreRange } from '../../src/core/check/scoreRange';
import type { CompiledStory } from '../../src/core/ink/types';
import { EMPTY_VIEW } from '../../src/core/memory/memory';
import { compileInkFile } from '../../src/tools/compileInk';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures/ink');
export const fixture = (name: string) => resolve(FIXTURES, name);

/** Compiles a story that must compile cleanly; the test fails with the diagnostics otherwise. */
export function compileClean(path: string): CompiledStory {
  const result = compileInkFile(path);
  if (!result.story || result.diagnostics.length) {
    throw new Error(`expected ${path} to compile cleanly:\n${result.diagnostics.map(formatDiagnostic).join('\n')}`);
  }
  return result.story;
}

/** A story's best path (1-based choices) and its total, as the story check finds it. */
export function bestOf(story: CompiledStory) {
  return bestPath(scoreRange(story, exploreStory(story).graph, EMPTY_VIEW));
}
