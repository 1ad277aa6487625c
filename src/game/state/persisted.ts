import * as v from 'valibot';
import type { Memory } from '../../core/memory/memory';
import { EMPTY_MEMORY, EMPTY_VIEW, MEMORY_FORMAT, MemorySchema, MemoryViewSchema } from '../../core/memory/memory';
import { LOCALES } from '../../core/methodology/locale';
import { DIFFICULTIES } from '../../core/visit/difficulty';
import { DEFAULT_SETTINGS, type FinishedVisit, type Settings, type VisitInProgress } from './slices';

/** What is stored: settings, finished visits, the visit in progress, and what customers remember. */
export interface PersistedGame {
  readonly settings: Settings;
  readonly finished: readonly FinishedVisit[];
  readonly visit: VisitInProgress | null;
  readonly memory: Memory;
}

/** 2: a visit in progress is its move log (replayed), not an ink state; customers' memory is kept. */
export const SAVE_VERSION = 2;

/** A stored game that cannot be used; the message names the part that is wrong. */
export class SaveFormatError extends Error {
  override name = 'SaveFormatError';
}

const Moves = v.array(v.pipe(v.number(), v.integer(), v.minValue(0)));
const Locale = v.picklist(LOCALES);
const Difficulty = v.optional(v.picklist(DIFFICULTIES), 'standard');

const SettingsSchema = v.object({
  locale: v.optional(v.nullable(Locale), DEFAULT_SETTINGS.locale),
  volume: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1)), DEFAULT_SETTINGS.volume),
  muted: v.optional(v.boolean(), DEFAULT_SETTINGS.muted),
  textSize: v.optional(v.picklist(['normal', 'large', 'x-large']), DEFAULT_SETTINGS.textSize),
  reducedMotion: v.optional(v.boolean(), DEFAULT_SETTINGS.reducedMotion),
  cues: v.optional(v.boolean(), DEFAULT_SETTINGS.cues),
  changedAt: v.optional(v.number(), DEFAULT_SETTINGS.changedAt),
});

const FinishedSchema = v.object({
  scenario: v.string(),
  locale: Locale,
  // Saves from before difficulty levels were standard visits.
  difficulty: Difficulty,
  storyVersion: v.string(),
  choices: Moves,
  total: v.number(),
  passed: v.boolean(),
  finishedAt: v.number(),
  memory: v.optional(MemoryViewSchema, EMPTY_VIEW),
});

const VisitSchema = v.object({
  scenario: v.string(),
  locale: Locale,
  log: v.object({
    format: v.literal(2),
    scenario: v.string(),
    storyVersion: v.string(),
    difficulty: Difficulty,
    memoryFormat: v.literal(MEMORY_FORMAT),
    memory: MemoryViewSchema,
    moves: Moves,
  }),
  owner: v.optional(v.nullable(v.object({ tab: v.string(), at: v.number() })), null),
});

/** One schema per persisted slice, each with the value a fresh game starts from. */
const SLICES = {
  settings: v.optional(SettingsSchema, DEFAULT_SETTINGS),
  finished: v.optional(v.array(FinishedSchema), []),
  visit: v.optional(v.nullable(VisitSchema), null),
  memory: v.optional(MemorySchema, EMPTY_MEMORY),
} as const;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Upgrades a stored game from an older version, one step at a time. Each step gets a test. A save from a
 * newer RepRounds is refused rather than guessed at.
 */
export const MIGRATIONS: Readonly<Record<number, (state: unknown) => unknown>> = {
  // 1 → 2: the visit in progress becomes its move log. Its ink state and machine snapshot are dropped: the
  // moves it records replay to the same place, against the same story version, or are refused with a reason.
  1: (state) => {
    if (!isObject(state)) return state;
    const visit = state.visit;
    let log: unknown = visit;
    if (isObject(visit)) {
      const save = isObject(visit.save) ? visit.save : {};
      log = {
        scenario: visit.scenario,
        locale: visit.locale,
        log: {
          format: 2,
          scenario: visit.scenario,
          storyVersion: save.storyVersion,
          difficulty: visit.difficulty ?? 'standard',
          memoryFormat: MEMORY_FORMAT,
          memory: EMPTY_VIEW,
          moves: visit.choices,
        },
      };
    }
    return { ...state, visit: visit === undefined ? null : log, memory: EMPTY_MEMORY };
  },
};

/** A stored game of format `version` brought to the current format, not yet checked. */
export function upgrade(state: unknown, version: number): unknown {
  if (version > SAVE_VERSION) {
    throw new SaveFormatError(`the save was made by a newer version of RepRounds (format ${version})`);
  }
  let current = state;
  for (let from = version; from < SAVE_VERSION; from++) {
    const step = MIGRATIONS[from];
    if (!step) throw new SaveFormatError(`the save's format ${version} cannot be upgraded`);
    current = step(current);
  }
  return current;
}

export function migrate(state: unknown, version: number): PersistedGame {
  return readPersisted(upgrade(state, version));
}

/** `finished[0].scenario`: where in the stored game an issue is. */
function placeOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
}

/** A stored game read slice by slice: the slices that are sound, and what is wrong with the others. */
export interface SliceReading {
  /** Every slice: as stored where it is sound, as a fresh game has it where it is not. */
  readonly game: PersistedGame;
  /** One line per unusable slice, naming the field: `visit.log.moves[0] has an unusable value ("0")`. */
  readonly problems: readonly string[];
  /** Only the slices that are sound. */
  readonly sound: Partial<PersistedGame>;
}

/** Reads each slice through its own schema, so one damaged slice does not cost the player the others. */
export function readSlices(value: unknown): SliceReading {
  if (!isObject(value)) throw new SaveFormatError('the saved game is not an object');
  const game: Record<string, unknown> = {};
  const sound: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, schema] of Object.entries(SLICES)) {
    const result = v.safeParse(schema, value[name]);
    if (result.success) {
      game[name] = result.output;
      if (name in value) sound[name] = result.output;
      continue;
    }
    const issue = result.issues[0];
    const place = placeOf(issue);
    const field = place ? `${name}${place.startsWith('[') ? '' : '.'}${place}` : name;
    problems.push(`${field} has an unusable value (${JSON.stringify(issue.input)?.slice(0, 40)})`);
    game[name] = v.getDefault(schema);
  }
  return { game: game as unknown as PersistedGame, problems, sound: sound as Partial<PersistedGame> };
}

/** Checks a stored game part by part; anything unusable is an error naming where it is. */
export function readPersisted(value: unknown): PersistedGame {
  const { game, problems } = readSlices(value);
  if (problems.length) throw new SaveFormatError(problems[0]);
  return game;
}
