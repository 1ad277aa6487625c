import type { StoryChoice } from '../ink/types';
import { ACTS } from '../methodology/acts';

export type MoveTone = 'good' | 'poor' | 'neutral';

/** How a move sits with the method, for an optional cue: a violation or any poor act makes it poor. */
export function moveTone(choice: Pick<StoryChoice, 'acts' | 'violations'>): MoveTone {
  if (choice.violations.length > 0 || choice.acts.some((a) => ACTS[a].polarity < 0)) return 'poor';
  return choice.acts.some((a) => ACTS[a].polarity > 0 && ACTS[a].weight > 0) ? 'good' : 'neutral';
}
