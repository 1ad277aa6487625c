import { Story } from 'inkjs';
import type { ActId } from '../methodology/acts';
import { type DimensionId, isDimensionId } from '../methodology/dimensions';
import type { Locale } from '../methodology/locale';
import type { RuleId } from '../methodology/rules';
import { type Mood, type SegmentId, STAGES, type StageId } from '../methodology/stages';
import type { SettingId } from '../world/setting';
import { checkTag, parseAssumes, parseTag, splitList, type Tag, type TagPlace } from './tags';
import type { CompiledStory, Passage, SourcePos, StoryChoice, StoryHeader, StoryLine } from './types';

/** Where inkjs looks up every variable the story's logic reads (the same object across saves and loads). */
interface VariableLookup {
  GetVariableWithName(name: string | null, context?: number): unknown;
}

/** A story that breaks the tag contract or fails while it runs; the message names the place. */
export class StoryError extends Error {
  override name = 'StoryError';

  /** Where in the source the story failed, when the adapter knows better than the move that led there. */
  constructor(
    message: string,
    readonly at: SourcePos | null = null,
  ) {
    super(message);
  }
}

/**
 * Steps of ink between two decisions past which the adapter calls the story a loop and stops it: about
 * 50 ms here, where the longest passage of the library takes about 400 steps.
 */
export const STEP_LIMIT = 100_000;

/**
 * Functions a story may call with `EXTERNAL` (each with an ink fallback, so the story runs in Inky too).
 * All are read-only, so they are safe during ink's look-ahead.
 */
export interface StoryExternals {
  visitMinutes(): number;
  /** True when an earlier visit revealed this need or made this promise. */
  remembers(id: string): boolean;
  promiseOpen(id: string): boolean;
  visitsBefore(): number;
}

export const NO_EXTERNALS: StoryExternals = {
  visitMinutes: () => 0,
  remembers: () => false,
  promiseOpen: () => false,
  visitsBefore: () => 0,
};

/** Asked of each line a passage would add: true drops the line and stops the passage there. */
export type LineGate = (knot: string) => boolean;

/**
 * The one module that touches the inkjs `Story`: it turns ink into plain typed data (passages of lines,
 * choices with their acts), and saves and restores ink state. Everything above it sees no inkjs type.
 */
export class InkAdapter {
  readonly header: StoryHeader;
  private readonly story: Story;
  private readonly runtimeErrors: string[] = [];
  private headerTagsPending: number;
  private steps = 0;
  /** Where the choice last taken is written: the nearest place known for a fault in the lines after it. */
  private chosen: { readonly knot: string; readonly at: SourcePos | null } | null = null;
  /** The knot a loop was stopped in. */
  private loopedIn: string | null = null;

  constructor(
    readonly compiled: CompiledStory,
    externals: StoryExternals = NO_EXTERNALS,
    seed = 1,
  ) {
    this.story = new Story(compiled.json);
    // A story that loops without a choice would otherwise never give control back: the tab or the check
    // would hang. Ending the flow lets inkjs finish its step cleanly; `continue` then reports the loop.
    const step = this.story.ContinueSingleStep.bind(this.story);
    this.story.ContinueSingleStep = () => {
      if (++this.steps <= STEP_LIMIT) return step();
      this.loopedIn = this.currentKnot();
      this.story.state.ForceEnd();
      return false;
    };
    this.story.onError = (message) => {
      this.runtimeErrors.push(message);
    };
    // inkjs seeds shuffles and RANDOM() from the clock; a fixed seed makes every run replayable.
    this.story.state.storySeed = seed;
    this.story.BindExternalFunction('visit_minutes', () => externals.visitMinutes(), true);
    this.story.BindExternalFunction('remembers', (id: string) => externals.remembers(String(id)), true);
    this.story.BindExternalFunction('promise_open', (id: string) => externals.promiseOpen(String(id)), true);
    this.story.BindExternalFunction('visits_before', () => externals.visitsBefore(), true);
    const globalTags = this.story.globalTags ?? [];
    this.header = parseHeader(globalTags, compiled.file);
    // inkjs hands the header tags again as the first line's tags.
    this.headerTagsPending = globalTags.length;
  }

  /**
   * Plays on to the next decision, the end of the story, or a line that ends the visit. `stopAt`, when
   * given, is asked the knot of every line before it is kept: true drops that line and ends the passage
   * there, with `interrupted` set, so the caller can divert the story elsewhere.
   */
  continue(stopAt?: LineGate): Passage & { readonly interrupted: boolean } {
    const lines: StoryLine[] = [];
    let endVisit: string | null = null;
    this.steps = 0;
    while (this.story.canContinue && endVisit === null) {
      let text: string;
      try {
        text = this.story.Continue() ?? '';
      } catch (error) {
        // inkjs throws on its own for some faults (an EXTERNAL with no binding, a broken flow).
        throw this.failure(inkFault(error));
      }
      this.throwRuntimeErrors();
      if (NOT_FINITE.test(text))
        throw this.failure(`a number in the line "${text.trim().slice(0, 60)}" is not finite: a division by zero?`);
      if (this.loopedIn !== null) throw this.loopError(this.loopedIn);
      if (stopAt?.(this.currentKnot()))
        return { lines, choices: [], storyEnded: false, endVisit: null, interrupted: true };
      let tags = this.story.currentTags ?? [];
      if (this.headerTagsPending > 0) {
        tags = tags.slice(this.headerTagsPending);
        this.headerTagsPending = 0;
      }
      const line = toLine(text.trim(), tags, this.compiled.file);
      endVisit = line.endVisit;
      if (line.text || tags.length) lines.push(line);
    }
    const choices = endVisit === null ? this.currentChoices() : [];
    return { lines, choices, storyEnded: endVisit === null && choices.length === 0, endVisit, interrupted: false };
  }

  /** The knot (or function) the story is in now: of the last line it gave, or of the choice about to be taken. */
  currentKnot(): string {
    const path = this.story.state.currentPathString ?? this.story.state.previousPointer.path?.toString() ?? '';
    return path.split('.')[0];
  }

  /** Sends the story to a knot, as a divert would: what it offered is dropped. */
  divert(knot: string): void {
    try {
      this.story.ChoosePathString(knot);
    } catch (error) {
      throw new StoryError(`${this.compiled.file}: cannot go to knot '${knot}': ${(error as Error).message}`);
    }
  }

  choose(index: number): void {
    const offered = this.story.currentChoices.filter((c) => !c.isInvisibleDefault);
    const choice = offered[index];
    if (!choice) throw new RangeError(`choice ${index + 1} was not offered (${offered.length} offered)`);
    this.story.ChooseChoiceIndex(choice.index);
    this.chosen = { knot: choice.sourcePath.split('.')[0], at: this.compiled.choices[choice.sourcePath] ?? null };
  }

  /** The value of a numeric global ink variable, or null when the story does not declare it. */
  readNumber(name: string): number | null {
    const vars = this.story.variablesState;
    if (!vars.GlobalVariableExistsWithName(name)) return null;
    const value = vars.$(name);
    return typeof value === 'number' ? value : null;
  }

  /**
   * Which visit counts can change how the story plays: `reads` always (conditions on a knot's count),
   * `onReentry` once their container can be entered twice (once-only choices, sequences). Null when the
   * story reads counts or turns in ways only known at run time.
   */
  countsThatMatter(): { reads: string[]; onReentry: string[] } | null {
    const reads = new Set<string>();
    const onReentry = new Set<string>();
    let dynamic = false;
    const seen = new Set<unknown>();
    const walk = (o: RuntimeNode | null | undefined): void => {
      if (!o || seen.has(o)) return;
      seen.add(o);
      if (o.onceOnly === true && o.choiceTarget) onReentry.add(o.choiceTarget.path.toString());
      if (o.pathForCount && o.containerForCount) reads.add(o.containerForCount.path.toString());
      if (o.commandType === VISIT_INDEX && o.parent) onReentry.add(o.parent.path.toString());
      if (o.commandType !== undefined && READS_AT_RUN_TIME.has(o.commandType)) dynamic = true;
      for (const child of o.content ?? []) walk(child);
      for (const child of o.namedContent?.values() ?? []) walk(child);
    };
    walk(this.story.mainContentContainer as unknown as RuntimeNode);
    return dynamic ? null : { reads: [...reads], onReentry: [...onReentry] };
  }

  /** Sets a numeric global ink variable the story declares; false when it does not declare it. */
  writeNumber(name: string, value: number): boolean {
    return this.write(name, value);
  }

  /** Sets a string global ink variable the story declares; false when it does not declare it. */
  writeString(name: string, value: string): boolean {
    return this.write(name, value);
  }

  // The engine writes the customer before every passage; most often nothing has changed, and a write costs.
  private readonly written = new Map<string, number | string>();

  private write(name: string, value: number | string): boolean {
    const vars = this.story.variablesState;
    if (!vars.GlobalVariableExistsWithName(name)) return false;
    if (this.written.get(name) === value) return true;
    vars.$(name, value);
    this.written.set(name, value);
    return true;
  }

  /**
   * Calls `onRead` whenever the story's logic reads one of these global variables, so a caller that wrote
   * them can tell which of its values a passage depended on.
   */
  watchReads(names: readonly string[], onRead: (name: string) => void): void {
    const vars = this.story.variablesState as unknown as VariableLookup;
    const read = vars.GetVariableWithName.bind(vars);
    const watched = new Set(names);
    vars.GetVariableWithName = (name, context) => {
      if (name !== null && watched.has(name)) onRead(name);
      return read(name, context);
    };
  }

  /** How often a knot or stitch has been entered (the compiler counts all visits). */
  visitCount(path: string): number {
    return this.story.state.VisitCountAtPathString(path) ?? 0;
  }

  saveState(): string {
    return this.story.state.ToJson();
  }

  loadState(json: string): void {
    this.story.state.LoadJson(json);
    this.written.clear();
    this.headerTagsPending = 0;
  }

  private currentChoices(): StoryChoice[] {
    const offered: StoryChoice[] = [];
    for (const c of this.story.currentChoices) {
      if (c.isInvisibleDefault) continue;
      const source = this.compiled.choices[c.sourcePath] ?? null;
      const meaning = choiceMeaning(c.tags ?? [], () =>
        source ? `${source.file}:${source.line}` : this.compiled.file,
      );
      offered.push({
        index: offered.length,
        id: c.sourcePath,
        text: c.text.trim(),
        acts: meaning.acts,
        violations: meaning.violations,
        claims: meaning.claims,
        links: meaning.links,
        promises: meaning.promises,
        keeps: meaning.keeps,
        gives: meaning.gives,
        minutes: meaning.minutes,
        offClock: meaning.offClock,
        adjust: meaning.adjust,
        phase: meaning.phase,
        source,
      });
    }
    return offered;
  }

  private loopError(knot: string): StoryError {
    this.loopedIn = null;
    const at = this.compiled.knots[knot] ?? null;
    const where = at ? `${at.file}:${at.line}` : this.compiled.file;
    const name = knot ? `knot '${knot}'` : 'the story';
    return new StoryError(
      `${where}: ${name} ran ${STEP_LIMIT.toLocaleString('en')} steps without reaching a choice or an end: it loops`,
      at,
    );
  }

  private throwRuntimeErrors(): void {
    if (this.runtimeErrors.length === 0) return;
    const messages = this.runtimeErrors
      .splice(0)
      .map((m) => m.replace(/^RUNTIME (ERROR|WARNING): (\(Ink Pointer [^)]*\): )?/, ''));
    throw this.failure(messages.join('; '));
  }

  /**
   * A fault while the story ran, placed as near as the compiled story can tell: the choice that led there
   * when the fault is in that choice's knot (or in no knot the story names), else the knot, else the file.
   */
  private failure(message: string): StoryError {
    const knot = this.currentKnot();
    const inKnot = this.compiled.knots[knot] ?? null;
    const chosenHere = this.chosen && (this.chosen.knot === knot || !inKnot) ? this.chosen.at : null;
    const at = chosenHere ?? inKnot;
    return new StoryError(`${at ? `${at.file}:${at.line}` : this.compiled.file}: ${message}`, at);
  }
}

/** The few fields of inkjs runtime objects that `readableCounts` looks at. */
interface RuntimeNode {
  readonly path: { toString(): string };
  readonly parent?: RuntimeNode | null;
  readonly content?: readonly RuntimeNode[];
  readonly namedContent?: Map<string, RuntimeNode>;
  readonly onceOnly?: boolean;
  readonly choiceTarget?: RuntimeNode | null;
  readonly pathForCount?: unknown;
  readonly containerForCount?: RuntimeNode | null;
  readonly commandType?: number;
}
// inkjs ControlCommand.CommandType: TURNS, TURNS_SINCE and READ_COUNT take their target at run time.
const VISIT_INDEX = 16;
const READS_AT_RUN_TIME = new Set([11, 12, 13]);

/** An error inkjs threw, in words for the story's writer. */
function inkFault(error: unknown): string {
  const message = error instanceof Error ? error.message.replace(/^Error: /, '') : String(error);
  const external = /Missing function binding for external: '([^']+)'/.exec(message)?.[1];
  if (external)
    return `EXTERNAL ${external} is not one the game provides (visit_minutes, remembers, promise_open, visits_before)`;
  // inkjs's own words when `%` meets a zero, among other faults of evaluation.
  if (message.includes('obj is null or undefined'))
    return `ink could not evaluate an expression (${message}); a % by zero is one cause`;
  return message;
}

/** What inkjs prints for a number that is not one. */
const NOT_FINITE = /(^|[^\w])(-?Infinity|NaN)([^\w]|$)/;

// A story offers the same tags on every path: each list of tags is checked and read once.
const CHOICES = new Map<string, ChoiceMeaning>();
const LINES = new Map<string, LineMeaning>();
const NONE: readonly never[] = Object.freeze([]);

type ChoiceMeaning = Omit<StoryChoice, 'index' | 'id' | 'text' | 'source'>;
type LineMeaning = Omit<StoryLine, 'text'>;

function checked(place: TagPlace, raw: string, where: () => string): Tag {
  const problem = checkTag(place, raw);
  if (problem) throw new StoryError(`${where()}: ${problem}`);
  return parseTag(raw);
}

function choiceMeaning(tags: readonly string[], where: () => string): ChoiceMeaning {
  const key = tags.join('\u0000');
  const known = CHOICES.get(key);
  if (known) return known;
  const acts: ActId[] = [];
  const violations: RuleId[] = [];
  const lists: Record<'claim' | 'links' | 'promise' | 'keeps' | 'gives', string[]> = {
    claim: [],
    links: [],
    promise: [],
    keeps: [],
    gives: [],
  };
  let minutes = 1;
  let phase: string | null = null;
  let offClock = false;
  const adjust = { rapport: 0, patience: 0 };
  for (const raw of tags) {
    const { key: name, value } = checked('choice', raw, where);
    if (name === 'act') acts.push(value as ActId);
    else if (name === 'violation') violations.push(value as RuleId);
    else if (name === 'minutes') minutes = Number(value);
    else if (name === 'phase') phase = value;
    else if (name === 'off_clock') offClock = true;
    else if (name === 'rapport' || name === 'patience') adjust[name] = Number(value);
    else if (name in lists) lists[name as keyof typeof lists].push(value);
  }
  const list = <T>(items: T[]): readonly T[] => (items.length ? items : NONE);
  const meaning: ChoiceMeaning = {
    acts: list(acts),
    violations: list(violations),
    claims: list(lists.claim),
    links: list(lists.links),
    promises: list(lists.promise),
    keeps: list(lists.keeps),
    gives: list(lists.gives),
    minutes,
    offClock,
    adjust,
    phase,
  };
  CHOICES.set(key, meaning);
  return meaning;
}

function toLine(text: string, tags: readonly string[], file: string): StoryLine {
  const meaning = lineMeaning(tags, () => `${file} (line "${text.slice(0, 40)}")`);
  return {
    text,
    speaker: meaning.speaker,
    phase: meaning.phase,
    mood: meaning.mood,
    needs: meaning.needs,
    objections: meaning.objections,
    adverseEvents: meaning.adverseEvents,
    timeGranted: meaning.timeGranted,
    ending: meaning.ending,
    endVisit: meaning.endVisit,
  };
}

function lineMeaning(tags: readonly string[], where: () => string): LineMeaning {
  const key = tags.join('\u0000');
  const known = LINES.get(key);
  if (known) return known;
  let speaker = 'narrator';
  let phase: string | null = null;
  let mood: Mood | null = null;
  let ending: string | null = null;
  let endVisit: string | null = null;
  let timeGranted: number | null = null;
  const needs: string[] = [];
  const objections: string[] = [];
  const adverseEvents: string[] = [];
  for (const raw of tags) {
    const { key: name, value } = checked('line', raw, where);
    if (name === 'speaker') speaker = value;
    else if (name === 'phase') phase = value;
    else if (name === 'mood') mood = value as Mood;
    else if (name === 'need') needs.push(value);
    else if (name === 'ending') ending = value;
    else if (name === 'end_visit') endVisit = value;
    else if (name === 'objection') objections.push(value);
    else if (name === 'adverse_event') adverseEvents.push(value);
    else if (name === 'time_granted') timeGranted = Number(value);
  }
  const list = <T>(items: T[]): readonly T[] => (items.length ? items : NONE);
  const meaning: LineMeaning = {
    speaker,
    phase,
    mood,
    needs: list(needs),
    objections: list(objections),
    adverseEvents: list(adverseEvents),
    timeGranted,
    ending,
    endVisit,
  };
  LINES.set(key, meaning);
  return meaning;
}

export function parseHeader(tags: readonly string[], file: string): StoryHeader {
  const values = new Map<string, string>();
  for (const raw of tags) {
    const { key, value } = checked('header', raw, () => `${file}:1`);
    values.set(key, value);
  }
  const missing = ['title', 'segment', 'stage'].filter((k) => !values.has(k));
  if (missing.length) {
    throw new StoryError(`${file}:1: the story's header needs ${missing.map((k) => `# ${k}:`).join(', ')}`);
  }
  const stage = values.get('stage') as StageId;
  const listed = values.has('dimensions') ? splitList(values.get('dimensions') ?? '') : STAGES[stage].defaultDimensions;
  const dimensions: DimensionId[] = [...listed.filter(isDimensionId).filter((d) => d !== 'compliance'), 'compliance'];
  return {
    title: values.get('title') ?? '',
    segment: values.get('segment') as SegmentId,
    stage,
    dimensions,
    lang: (values.get('lang') ?? 'en') as Locale,
    customer: values.get('customer') ?? null,
    setting: (values.get('setting') ?? 'office') as SettingId,
    leavesTo: values.get('leaves_to') ?? null,
    assumes: values.has('assumes') ? parseAssumes(values.get('assumes') ?? '') : [],
  };
}
