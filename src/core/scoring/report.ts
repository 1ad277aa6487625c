import type { SourcePos } from '../ink/types';
import type { ActId } from '../methodology/acts';
import type { DimensionId } from '../methodology/dimensions';
import type { Localized } from '../methodology/locale';
import type { RuleId } from '../methodology/rules';
import type { StageId } from '../methodology/stages';

/** The move a point comes from: what the trainee chose, and where the story offers it. */
export interface MoveRef {
  readonly turn: number;
  readonly text: string;
  readonly source: SourcePos | null;
}

/** Facts the engine measures rather than a tag states. */
export type FactId = 'visit_length' | 'violation' | 'promise_broken';

/** One reason a dimension's score moved: a tagged move, or a fact the engine measured. */
export type Evidence =
  | {
      readonly kind: 'act';
      readonly act: ActId;
      /** The act the story tagged, when the context made the move count as another (`act`). */
      readonly tagged: ActId | null;
      readonly dimension: DimensionId;
      readonly points: number;
      readonly move: MoveRef;
      readonly feedback: Localized;
      /** Why the points differ from the act's weight (a repeat, a need never found), when they do. */
      readonly note: Localized | null;
    }
  | {
      readonly kind: 'fact';
      readonly fact: FactId;
      readonly dimension: DimensionId;
      readonly points: number;
      readonly move: MoveRef | null;
      readonly feedback: Localized;
      readonly note: null;
    };

export interface DimensionScore {
  readonly score: number;
  readonly evidence: readonly Evidence[];
  /** False for a dimension the scenario does not set out to score, shown because a poor move fell in it. */
  readonly declared: boolean;
}

export interface Violation {
  readonly rule: RuleId;
  readonly label: Localized;
  /** The move that broke the rule; null when the engine measured it (an adverse event never reported). */
  readonly move: MoveRef | null;
  readonly feedback: Localized;
}

/** A condition of passing that the visit did not meet. */
export type Failure =
  | { readonly condition: 'not_ended' }
  | { readonly condition: 'violation'; readonly rules: readonly RuleId[] }
  | { readonly condition: 'total'; readonly total: number; readonly mark: number }
  | {
      readonly condition: 'dimension';
      readonly dimension: DimensionId;
      readonly score: number;
      readonly floor: number;
    };

export interface ScoreReport {
  readonly scenario: string;
  readonly title: string;
  readonly stage: StageId;
  readonly ended: boolean;
  readonly endReason: string | null;
  readonly ending: string | null;
  /** Minutes in the meeting; moves off the clock are not counted. */
  readonly minutes: number;
  /** The length this visit should take: the stage's, or what the customer granted. */
  readonly window: { readonly min: number; readonly max: number } | null;
  /** Ended, no violation, a total at or above the pass mark, and no scored dimension under the floor. */
  readonly passed: boolean;
  /** Each condition of passing the visit did not meet; empty when it passed. */
  readonly failures: readonly Failure[];
  readonly passMark: number;
  readonly floor: number;
  readonly total: number;
  readonly dimensions: Readonly<Partial<Record<DimensionId, DimensionScore>>>;
  /** Dimensions of the method this visit did not score. */
  readonly leftOut: readonly DimensionId[];
  /** Compliance comes first: every violation, in the order it happened. */
  readonly violations: readonly Violation[];
  /** Needs the customer revealed in this visit. */
  readonly needs: readonly { readonly id: string; readonly text: string }[];
  /** Every promise open when the visit started, kept or broken. */
  readonly promises: readonly { readonly id: string; readonly kept: boolean }[];
  /** Promises this visit made. */
  readonly promised: readonly string[];
  readonly materials: readonly string[];
  readonly adverseEvents: readonly { readonly id: string; readonly reported: boolean }[];
}
