import type { ActId } from '../methodology/acts';
import type { DimensionId } from '../methodology/dimensions';
import type { Locale } from '../methodology/locale';
import type { RuleId } from '../methodology/rules';
import type { Mood, SegmentId, StageId } from '../methodology/stages';
import type { SettingId } from '../world/setting';
import type { Assumable } from './tags';

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
  /** The story's header tags, read at compile time. */
  readonly header: StoryHeader;
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
  /** Where the scenario takes place (`# setting:`); the office when the story does not say. */
  readonly setting: SettingId;
  /** The knot the engine diverts to when the customer runs out of patience (`# leaves_to:`). */
  readonly leavesTo: string | null;
  /** What a follow-up takes as known when the trainee has no earlier visit with the customer (`# assumes:`). */
  readonly assumes: readonly { readonly kind: Assumable; readonly id: string }[];
}

export interface StoryLine {
  readonly text: string;
  readonly speaker: string;
  readonly phase: string | null;
  readonly mood: Mood | null;
  readonly needs: readonly string[];
  /** Objections the customer raises on this line (`# objection:`). */
  readonly objections: readonly string[];
  /** Adverse events the trainee hears of on this line (`# adverse_event:`): each must reach pharmacovigilance. */
  readonly adverseEvents: readonly string[];
  /** Minutes the customer grants for this meeting (`# time_granted:`), which set the visit's window. */
  readonly timeGranted: number | null;
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
  /** The needs a value or solution move answers (`# links:`). */
  readonly links: readonly string[];
  /** Commitments the customer will expect (`# promise:`), and earlier ones this move delivers (`# keeps:`). */
  readonly promises: readonly string[];
  readonly keeps: readonly string[];
  /** Approved material handed over (`# gives:`). */
  readonly gives: readonly string[];
  readonly minutes: number;
  /** Minutes outside the meeting (`# off_clock`), which do not count towards the visit's length. */
  readonly offClock: boolean;
  /** The writer's adjustment of the customer's reaction to this move (`# rapport:`, `# patience:`). */
  readonly adjust: { readonly rapport: number; readonly patience: number };
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
