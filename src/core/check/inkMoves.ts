import type { CustomerVariables } from '../customer/customerActor';
import { InkAdapter } from '../ink/adapter';
import type { CompiledStory } from '../ink/types';
import type { Told } from '../visit/tellStory';
import { type ReadClass, readClasses } from './customerReads';
import { FactNumbers } from './memoryFacts';

/**
 * A value a move of ink read from outside its own state: a customer variable the engine wrote, the clock,
 * or an answer from memory. Ink is deterministic, so a move read with the same values plays the same.
 */
export type Read = readonly [what: string, value: number | string | boolean];

/** What one move of ink did, kept so that the same move from the same ink state is not played again. */
export interface Outcome {
  readonly reads: readonly Read[];
  /** The passage as the search and scoring read it (tagged lines only); null when the story failed. */
  readonly told: Told | null;
  readonly error: unknown;
  /** The key of the ink state of the decision it reached. */
  readonly to: string | null;
  /** Knots entered by the time the move was told. */
  readonly reached: readonly string[];
  /** The memory facts among its reads, as a mask. */
  readonly facts: number;
}

/** An ink state at a decision, with the customer's variables blanked: the engine writes them before each move. */
export interface InkState {
  readonly saved: string;
  /** Containers entered more than once in it. */
  readonly reentered: readonly string[];
}

/**
 * What explorations of one story share: the visit counts and clock found to matter (which only grow), and
 * every move of ink played so far, keyed on the ink state, the choice and whether the customer is leaving.
 * Paths that differ only in the customer's numbers, the difficulty or the memory mostly meet the same ink
 * moves, so most moves of a search are looked up rather than played.
 */
export interface SharedExploration {
  readonly counts: { readonly reads: readonly string[]; readonly onReentry: readonly string[] } | null;
  readonly relevant: Set<string>;
  clock: boolean;
  /** The relevant counts the caches were filled under; ink keys change with them. */
  cachedFor: string;
  readonly states: Map<string, InkState>;
  readonly moves: Map<string, Outcome[]>;
  readonly facts: FactNumbers;
  /** How the story tells the customer's variables apart, by difficulty level (exact when not known). */
  classesAt(level: number): ReadonlyMap<string, ReadClass | null>;
}

/** `sources` are the story's ink files: with them, moves that read the customer only through comparisons with fixed values are played once per side of those comparisons. */
export function shareExploration(story: CompiledStory, sources: readonly string[] = []): SharedExploration {
  const counts = new InkAdapter(story).countsThatMatter();
  const classes = new Map<number, ReadonlyMap<string, ReadClass | null>>();
  return {
    classesAt: (level) => {
      let known = classes.get(level);
      if (!known) {
        known = sources.length ? readClasses(sources, CUSTOMER_VARIABLES, level) : new Map();
        classes.set(level, known);
      }
      return known;
    },
    counts,
    relevant: new Set(counts?.reads ?? []),
    clock: false,
    cachedFor: '',
    states: new Map(),
    moves: new Map(),
    facts: new FactNumbers(),
  };
}

/** The customer's variables as they stand at a decision, whatever the customer: the next move overwrites them. */
export const BLANK_CUSTOMER: CustomerVariables = { rapport: 0, patience: 0, state: 'guarded' };
export const CUSTOMER_VARIABLES = ['rapport', 'patience', 'customer_state'];
