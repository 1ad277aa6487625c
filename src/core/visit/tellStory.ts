import type { CustomerVariables } from '../customer/customerActor';
import type { InkAdapter } from '../ink/adapter';
import type { Passage } from '../ink/types';
import { DIFFICULTY_LEVEL, type Difficulty } from './difficulty';

export type { CustomerVariables };

/** A passage as the visit receives it; `left` when the customer walked out and the story was sent after them. */
export interface Told extends Passage {
  readonly left: boolean;
}

/** End reason of a visit the customer left because patience ran out. */
export const PATIENCE_EXHAUSTED = 'patience_exhausted';

/** A passage as told, written out rather than spread (once a move). */
const toldAs = (p: Passage, left: boolean): Told => ({
  lines: p.lines,
  choices: p.choices,
  storyEnded: p.storyEnded,
  endVisit: p.endVisit,
  left,
});

function writeCustomer(adapter: InkAdapter, customer: CustomerVariables): void {
  adapter.writeNumber('rapport', customer.rapport);
  adapter.writeNumber('patience', customer.patience);
  adapter.writeString('customer_state', customer.state);
}

/**
 * The story's first passage. The engine sets the difficulty and the customer's state before the first
 * line, so one file plays at every level.
 */
export function beginStory(adapter: InkAdapter, difficulty: Difficulty, customer: CustomerVariables): Told {
  adapter.writeNumber('difficulty', DIFFICULTY_LEVEL[difficulty]);
  writeCustomer(adapter, customer);
  return toldAs(adapter.continue(), false);
}

/**
 * Takes a choice and tells what follows. A customer out of patience leaves: unless the move ends the visit
 * on its own, the choice's own lines are told, and at the first line of another knot (or the next decision)
 * the story goes to the knot the header names in `# leaves_to:`, where the visit ends. Without that header
 * the story keeps control.
 */
export function tellMove(
  adapter: InkAdapter,
  index: number,
  customer: CustomerVariables,
  leavesTo: string | null,
): Told {
  adapter.choose(index);
  writeCustomer(adapter, customer);
  if (customer.state !== 'leaving' || !leavesTo) return toldAs(adapter.continue(), false);
  // A move that ends the visit on its own (the customer asks the rep to leave) keeps its own scene.
  const before = adapter.saveState();
  const whole = adapter.continue();
  if (whole.choices.length === 0) return toldAs(whole, false);
  adapter.loadState(before);
  const from = adapter.currentKnot();
  // A line with no knot is the story's own last: a move that ends the visit keeps its ending.
  const told = adapter.continue((knot) => knot !== '' && knot !== from);
  adapter.divert(leavesTo);
  const after = adapter.continue();
  return {
    lines: [...told.lines, ...after.lines],
    choices: [],
    storyEnded: true,
    endVisit: PATIENCE_EXHAUSTED,
    left: true,
  };
}
