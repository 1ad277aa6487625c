import type { CompiledStory } from '../ink/types';
import type { Difficulty } from './difficulty';
import { VisitSession } from './visitSession';

/** Plays a visit from the start through the given 0-based choices: the same choices give the same visit. */
export function replayVisit(
  story: CompiledStory,
  choices: readonly number[],
  difficulty: Difficulty = 'standard',
): VisitSession {
  const visit = VisitSession.start(story, difficulty);
  for (const choice of choices) visit.choose(choice);
  return visit;
}
