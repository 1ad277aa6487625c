import type { ActId } from '../methodology/acts';
import type { DimensionId } from '../methodology/dimensions';
import type { Locale } from '../methodology/locale';
import type { RuleId } from '../methodology/rules';
import type { Mood, SegmentId, StageId } from '../methodology/stages';

/** Where a piece of ink source stands: file (as the compiler was given it) and 1-based line. */
export interface SourcePos {
  readonly file: string;
  readonly line: number;
}

/** What the ink compiler step hands to the engine: plain data, the same in Node and the browser. */
export interface CompiledStory {
  /** Path of the root story file, as given to the compiler. */
  readonly file: string;
  /** Content hash of the compiled story: the version a save is tied to. */
  readonly hash: string;
  /** The ink runtime JSON. */
  readonly json: string;
  /** Choice source path (inkjs `Choice.sourcePath`) to where the choice is written. */
  readonly choices: Readonly<Record<string, SourcePos>>;
  /** Knot and stitch path to where it is written. */
  readonly knots: Readonly<Record<string, SourcePos>>;
}

export interface StoryHeader {
  readonly title: string;
  readonly segment: SegmentId;
  readonly stage: StageId;
  /** The dimensions scored: the story's own list or the stage's defaults, with compliance always last. */
  readonly dimensions: readonly DimensionId[];
  readonly lang: Locale;
  readonly customer: string | null;
}

export interface StoryLine {
  readonly text: string;
  readonly speaker: string;
  readonly phase: string | null;
  readonly mood: Mood | null;
  readonly needs: readonly string[];
  readonly ending: string | null;
  readonly endVisit: string | null;
}

export interface StoryChoice {
  /** 0-based position among the choices offered now. */
  readonly index: number;
  /** Where the choice stands in the compiled story (ink's source path): stable across plays. */
  readonly id: string;
  readonly text: string;
  readonly acts: readonly ActId[];
  readonly violations: readonly RuleId[];
  /** Ids of the approved claims the move states (`# claim:`). */
  readonly claims: readonly string[];
  readonly minutes: number;
  readonly phase: string | null;
  readonly source: SourcePos | null;
}

/** What the story says between two decisions. */
export interface Passage {
  readonly lines: readonly StoryLine[];
  readonly choices: readonly StoryChoice[];
  /** True when the story has nothing more to say and offers no choice. */
  readonly storyEnded: boolean;
  /** Set when a line asked the engine to end the visit (`# end_visit:`). */
  readonly endVisit: string | null;
}
