import type { StoryChoice, StoryLine } from '../ink/types';
import { ACTS } from '../methodology/acts';
import { STAGES, type StageId } from '../methodology/stages';

/** The phase a visit at `stage` is in after these lines: the last phase a line names, or where it was. */
export function phaseAfterLines(stage: StageId, phase: string, lines: readonly StoryLine[]): string {
  const phases = STAGES[stage].phases;
  return lines.map((l) => l.phase).findLast((p): p is string => p !== null && phases.includes(p)) ?? phase;
}

/** The phase a move takes the visit into: its own tag, else the phase of its first act's dimension. */
export function phaseAfterMove(stage: StageId, phase: string, choice: Pick<StoryChoice, 'phase' | 'acts'>): string {
  const { phases, phaseOfDimension } = STAGES[stage];
  if (choice.phase && phases.includes(choice.phase)) return choice.phase;
  for (const act of choice.acts) {
    const next = phaseOfDimension[ACTS[act].dimension];
    if (next) return next;
  }
  return phase;
}
