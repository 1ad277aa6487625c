import { Story } from 'inkjs';
import type { ActId } from '../methodology/acts';
import { type DimensionId, isDimensionId } from '../methodology/dimensions';
import type { Locale } from '../methodology/locale';
import type { RuleId } from '../methodology/rules';
import { type Mood, type SegmentId, STAGES, type StageId } from '../methodology/stages';
import { checkTag, parseTag, splitList, type TagPlace } from './tags';
import type { CompiledStory, Passage, StoryChoice, StoryHeader, StoryLine } from './types';

/** A story that breaks the tag contract or fails while it runs; the message names the place. */
export class StoryError extends Error {
  override name = 'StoryError';
}

/** Functions a story may call with `EXTERNAL`; all are read-only, so safe during ink's look-ahead. */
export interface StoryExternals {
  visitMinutes(): number;
}

const NO_EXTERNALS: StoryExternals = { visitMinutes: () => 0 };

/**
 * The one module that touches the inkjs `Story`: it turns ink into plain typed data (passages of lines,
 * choices with their acts), and saves and restores ink state. Everything above it sees no inkjs type.
 */
export class InkAdapter {
  readonly header: StoryHeader;
  private readonly story: Story;
  private readonly runtimeErrors: string[] = [];
  private headerTagsPending: number;

  constructor(
    readonly compiled: CompiledStory,
    externals: StoryExternals = NO_EXTERNALS,
    seed = 1,
  ) {
    this.story = new Story(compiled.json);
    this.story.onError = (message) => {
      this.runtimeErrors.push(message);
    };
    // inkjs seeds shuffles and RANDOM() from the clock; a fixed seed makes every run replayable.
    this.story.state.storySeed = seed;
    this.story.BindExternalFunction('visit_minutes', () => externals.visitMinutes(), true);
    const globalTags = this.story.globalTags ?? [];
    this.header = parseHeader(globalTags, compiled.file);
    // inkjs hands the header tags again as the first line's tags.
    this.headerTagsPending = globalTags.length;
  }

  /** Plays on to the next decision, the end of the story, or a line that ends the visit. */
  continue(): Passage {
    const lines: StoryLine[] = [];
    let endVisit: string | null = null;
    while (this.story.canContinue && endVisit === null) {
      const text = this.story.Continue() ?? '';
      this.throwRuntimeErrors();
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
    return { lines, choices, storyEnded: endVisit === null && choices.length === 0, endVisit };
  }

  choose(index: number): void {
    const offered = this.story.currentChoices.filter((c) => !c.isInvisibleDefault);
    const choice = offered[index];
    if (!choice) throw new RangeError(`choice ${index + 1} was not offered (${offered.length} offered)`);
    this.story.ChooseChoiceIndex(choice.index);
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
    const vars = this.story.variablesState;
    if (!vars.GlobalVariableExistsWithName(name)) return false;
    vars.$(name, value);
    return true;
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
    this.headerTagsPending = 0;
  }

  private currentChoices(): StoryChoice[] {
    return this.story.currentChoices
      .filter((c) => !c.isInvisibleDefault)
      .map((c, index) => {
        const source = this.compiled.choices[c.sourcePath] ?? null;
        const acts: ActId[] = [];
        const violations: RuleId[] = [];
        const claims: string[] = [];
        let minutes = 1;
        let phase: string | null = null;
        for (const raw of c.tags ?? []) {
          const { key, value } = checked('choice', raw, source ? `${source.file}:${source.line}` : this.compiled.file);
          if (key === 'act') acts.push(value as ActId);
          else if (key === 'violation') violations.push(value as RuleId);
          else if (key === 'claim') claims.push(value);
          else if (key === 'minutes') minutes = Number(value);
          else if (key === 'phase') phase = value;
        }
        return { index, id: c.sourcePath, text: c.text.trim(), acts, violations, claims, minutes, phase, source };
      });
  }

  private throwRuntimeErrors(): void {
    if (this.runtimeErrors.length === 0) return;
    const messages = this.runtimeErrors.splice(0);
    throw new StoryError(`${this.compiled.file}: ${messages.join('; ')}`);
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

function checked(place: TagPlace, raw: string, where: string) {
  const problem = checkTag(place, raw);
  if (problem) throw new StoryError(`${where}: ${problem}`);
  return parseTag(raw);
}

function toLine(text: string, tags: readonly string[], file: string): StoryLine {
  let speaker = 'narrator';
  let phase: string | null = null;
  let mood: Mood | null = null;
  let ending: string | null = null;
  let endVisit: string | null = null;
  const needs: string[] = [];
  for (const raw of tags) {
    const { key, value } = checked('line', raw, `${file} (line "${text.slice(0, 40)}")`);
    if (key === 'speaker') speaker = value;
    else if (key === 'phase') phase = value;
    else if (key === 'mood') mood = value as Mood;
    else if (key === 'need') needs.push(value);
    else if (key === 'ending') ending = value;
    else if (key === 'end_visit') endVisit = value;
  }
  return { text, speaker, phase, mood, needs, ending, endVisit };
}

export function parseHeader(tags: readonly string[], file: string): StoryHeader {
  const values = new Map<string, string>();
  for (const raw of tags) {
    const { key, value } = checked('header', raw, `${file}:1`);
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
  };
}
