/**
 * The two-minute practice visit a newcomer plays first: it shows how to read on, how to choose, and how
 * to read the debrief, with a short tip at each step. It is listed first, under its own heading.
 */
export const PRACTICE_SCENARIO = 'practice-corridor-li';

/** A newcomer has played nothing and has no visit in progress: the practice visit opens by itself for them. */
export function isNewcomer(state: { readonly finished: readonly unknown[]; readonly visit: unknown }): boolean {
  return state.finished.length === 0 && !state.visit;
}
