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

/** One reason a dimension's score moved: a tagged move, or a fact the engine measured. */
export type Evidence =
  | {
      readonly kind: 'act';
      readonly act: ActId;
      readonly points: number;
      readonly move: MoveRef;
      readonly feedback: Localized;
      /** Why the points differ from the act's weight (a repeat), when they do. */
      readonly note: Localized | null;
    }
  | {
      readonly kind: 'fact';
      readonly fact: 'visit_length' | 'violation';
      readonly points: number;
      readonly move: MoveRef | null;
      readonly feedback: Localized;
      readonly note: null;
    };

export interface DimensionScore {
  readonly score: number;
  readonly evidence: readonly Evidence[];
}

export interface Violation {
  readonly rule: RuleId;
  readonly label: Localized;
  readonly move: MoveRef;
  readonly feedback: Localized;
}

export interface ScoreReport {
  readonly scenario: string;
  readonly title: string;
  readonly stage: StageId;
  readonly ended: boolean;
  readonly endReason: string | null;
  readonly ending: string | null;
  readonly minutes: number;
  /** No violation and a total at or above the pass mark. */
  readonly passed: boolean;
  readonly passMark: number;
  readonly total: number;
  readonly dimensions: Readonly<Partial<Record<DimensionId, DimensionScore>>>;
  /** Dimensions of the method this scenario does not score. */
  readonly leftOut: readonly DimensionId[];
  /** Compliance comes first: every violation, in the order it happened. */
  readonly violations: readonly Violation[];
}
