import type { CompiledStory, StoryChoice } from '../ink/types';
import { ACTS } from '../methodology/acts';
import type { ScoreReport } from '../scoring/report';
import { VisitSession } from '../visit/visitSession';
import { methodWordCount } from './methodWords';

/** A way of picking a move from what is offered: the index of the choice to take. */
export type Bot = (choices: readonly StoryChoice[]) => number;

const best = (choices: readonly StoryChoice[], value: (c: StoryChoice) => number) =>
  choices.reduce((top, c, i) => (value(c) > value(choices[top]) ? i : top), 0);

/** Reads nothing but the words: always the longest choice, as a trainee who thinks more is better. */
export const longestChoice: Bot = (choices) => best(choices, (c) => [...c.text].length);

/**
 * Reads nothing but the words and takes the choice with most of the method's vocabulary in it (ask,
 * listen, summarise, thank, evidence...), the longest when several have as many: a trainee who has
 * learnt to spot the method's words instead of using the method.
 */
export const mostMethodWords: Bot = (choices) =>
  best(choices, (c) => methodWordCount(c.text) * 1000 + Math.min([...c.text].length, 999));

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

/**
 * Walks a path and counts its decisions (more than one choice offered) and those where the chosen
 * choice is the longest offered, ties included: on the best path, how often length gives the answer away.
 */
export function longestOnPath(story: CompiledStory, path: readonly number[]): { decisions: number; longest: number } {
  const visit = VisitSession.start(story);
  let decisions = 0;
  let longest = 0;
  for (const n of path) {
    const lengths = visit.choices.map((c) => [...c.text].length);
    if (lengths.length > 1) {
      decisions++;
      if (lengths[n - 1] === Math.max(...lengths)) longest++;
    }
    visit.choose(n - 1);
  }
  return { decisions, longest };
}
