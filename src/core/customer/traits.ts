import type { SegmentId } from '../methodology/stages';
import type { Difficulty } from '../visit/difficulty';

/**
 * How a customer takes the trainee's moves. The reaction table (reactions.ts) says what each act does to
 * rapport and patience for an ordinary customer; traits scale it for one persona.
 */
export interface Traits {
  /** Rapport at the start of a visit, 0-100. */
  readonly rapport: number;
  /** Patience at the start of a visit, 0-100. */
  readonly patience: number;
  /** How much faster patience goes at sales talk (feature dumps, long introductions, interruptions): 2 is twice as fast. */
  readonly salesAversion: number;
  /** How much of a loss of rapport the customer holds on to: 0.5 forgives quickly, 1 is ordinary. */
  readonly grudge: number;
  /** How much more rapport data and evidence win: 1.5 for a customer who changes their mind only for data. */
  readonly evidenceAppetite: number;
  /** Patience lost per simulated minute of the meeting. */
  readonly timePressure: number;
}

/** A customer the cast does not know (a story written elsewhere) gets the traits of its segment. */
export const SEGMENT_TRAITS: Readonly<Record<SegmentId, Traits>> = {
  kol: { rapport: 45, patience: 60, salesAversion: 1.5, grudge: 1, evidenceAppetite: 1.5, timePressure: 1 },
  director: { rapport: 45, patience: 60, salesAversion: 1.25, grudge: 1, evidenceAppetite: 1, timePressure: 1.25 },
  clinician: { rapport: 50, patience: 60, salesAversion: 1, grudge: 1, evidenceAppetite: 1, timePressure: 1 },
  resident: { rapport: 55, patience: 70, salesAversion: 1, grudge: 0.75, evidenceAppetite: 1, timePressure: 0.5 },
  pharmacist: { rapport: 45, patience: 65, salesAversion: 1.25, grudge: 1, evidenceAppetite: 1.25, timePressure: 0.75 },
};

/** What a harder visit changes: the customer starts cooler and shorter of time, and takes poor moves harder. */
export const DIFFICULTY_EFFECT: Readonly<Record<Difficulty, { rapport: number; patience: number; losses: number }>> = {
  standard: { rapport: 0, patience: 0, losses: 1 },
  demanding: { rapport: -10, patience: -20, losses: 1.5 },
};
