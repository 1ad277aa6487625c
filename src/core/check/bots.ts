import type { CompiledStory, StoryChoice } from '../ink/types';
import { ACTS } from '../methodology/acts';
import type { ScoreReport } from '../scoring/report';
import { VisitSession } from '../visit/visitSession';

/** A way of picking a move from what is offered: the index of the choice to take. */
export type Bot = (choices: readonly StoryChoice[]) => number;

const best = (choices: readonly StoryChoice[], value: (c: StoryChoice) => number) =>
  choices.reduce((top, c, i) => (value(c) > value(choices[top]) ? i : top), 0);

/** Reads nothing but the words: always the longest choice, as a trainee who thinks more is better. */
export const longestChoice: Bot = (choices) => best(choices, (c) => [...c.text].length);

/**
 * Reads the tags and takes the most points each move is worth on its own, avoiding every violation: what
 * scoring that looked at each move alone would reward.
 */
export const tagReader: Bot = (choices) =>
  best(choices, (c) =>
    c.violations.length
      ? Number.NEGATIVE_INFINITY
      : c.acts.reduce((sum, a) => sum + ACTS[a].polarity * ACTS[a].weight, 0),
  );

/** Plays a story to its end with a bot, and returns the report. */
export function playWith(story: CompiledStory, bot: Bot): { report: ScoreReport; path: number[] } {
  const visit = VisitSession.start(story);
  const path: number[] = [];
  while (!visit.ended && visit.choices.length) {
    const index = bot(visit.choices);
    path.push(index + 1);
    visit.choose(index);
  }
  return { report: visit.report, path };
}
