import type { CompiledStory } from '../ink/types';
import { MEMORY_FORMAT, type MemoryView } from '../memory/memory';
import type { Difficulty } from './difficulty';
import type { VisitInput } from './visitMachine';

/**
 * A visit in progress, as it is saved: the moves taken, replayed deterministically against the same
 * version of the story, at the same difficulty, from the same memory of the customer.
 */
export interface VisitLog {
  readonly format: 2;
  readonly scenario: string;
  readonly storyVersion: string;
  readonly difficulty: Difficulty;
  readonly memoryFormat: typeof MEMORY_FORMAT;
  readonly memory: MemoryView;
  readonly moves: readonly number[];
}

/** A save that cannot be resumed, with the reason; the save itself is untouched. */
export class VisitRestoreError extends Error {
  override name = 'VisitRestoreError';
}

export function visitLog(
  story: CompiledStory,
  scenario: string,
  difficulty: Difficulty,
  memory: MemoryView,
  moves: readonly number[],
): VisitLog {
  return { format: 2, scenario, storyVersion: story.hash, difficulty, memoryFormat: MEMORY_FORMAT, memory, moves };
}

/** The input that replays a saved visit; a save made against another version of the story is refused. */
export function resumeInput(story: CompiledStory, log: VisitLog, at: VisitInput['at'] = 'line'): VisitInput {
  if (log.format !== 2 || log.memoryFormat !== MEMORY_FORMAT) {
    throw new VisitRestoreError(`This save of "${story.file}" is not a visit save RepRounds can read.`);
  }
  if (log.storyVersion !== story.hash) {
    throw new VisitRestoreError(
      `This save was made with version ${log.storyVersion} of "${log.scenario}", but the story is now version ` +
        `${story.hash}. A visit cannot resume in a changed story: start it again.`,
    );
  }
  return { story, scenario: log.scenario, difficulty: log.difficulty, memory: log.memory, moves: log.moves, at };
}

/** How a visit starts: from its saved log when there is one (refused as `resumeInput` refuses), else afresh. */
export function visitInputFor(
  story: CompiledStory,
  saved: VisitLog | null,
  fresh: { scenario: string; difficulty?: Difficulty; memory: MemoryView; moves?: readonly number[] },
): VisitInput {
  if (saved) return resumeInput(story, saved);
  const moves = fresh.moves ?? [];
  const difficulty = fresh.difficulty ?? 'standard';
  return {
    story,
    scenario: fresh.scenario,
    difficulty,
    memory: fresh.memory,
    moves,
    at: moves.length ? 'decision' : 'line',
  };
}
