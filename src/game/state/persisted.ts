import { isLocale } from '../../core/methodology/locale';
import { isDifficulty } from '../../core/visit/difficulty';
import { DEFAULT_SETTINGS, type FinishedVisit, type Settings, type VisitInProgress } from './slices';

/** What is stored: settings, finished visits and the visit in progress. */
export interface PersistedGame {
  readonly settings: Settings;
  readonly finished: readonly FinishedVisit[];
  readonly visit: VisitInProgress | null;
}

export const SAVE_VERSION = 1;

/** A stored game that cannot be used; the message names the part that is wrong. */
export class SaveFormatError extends Error {
  override name = 'SaveFormatError';
}

/**
 * Upgrades a stored game from an older version, one step at a time. Each step gets a test. There are no
 * older versions yet; a save from a newer RepRounds is refused rather than guessed at.
 */
export const MIGRATIONS: Readonly<Record<number, (state: unknown) => unknown>> = {};

export function migrate(state: unknown, version: number): PersistedGame {
  if (version > SAVE_VERSION) {
    throw new SaveFormatError(`the save was made by a newer version of RepRounds (format ${version})`);
  }
  let current = state;
  for (let v = version; v < SAVE_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new SaveFormatError(`the save's format ${version} cannot be upgraded`);
    current = step(current);
  }
  return readPersisted(current);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a stored game part by part; anything unusable is an error naming where it is. */
export function readPersisted(value: unknown): PersistedGame {
  if (!isObject(value)) throw new SaveFormatError('the saved game is not an object');
  return {
    settings: readSettings(value.settings),
    finished: readList(value.finished, 'finished', readFinished),
    visit: value.visit === null || value.visit === undefined ? null : readVisit(value.visit, 'visit'),
  };
}

function readSettings(value: unknown): Settings {
  if (value === undefined) return DEFAULT_SETTINGS;
  if (!isObject(value)) throw new SaveFormatError('settings is not an object');
  const s = { ...DEFAULT_SETTINGS, ...value } as Record<string, unknown>;
  if (s.locale !== null && !(typeof s.locale === 'string' && isLocale(s.locale))) bad('settings.locale', s.locale);
  if (typeof s.volume !== 'number' || !(s.volume >= 0 && s.volume <= 1)) bad('settings.volume', s.volume);
  if (typeof s.muted !== 'boolean') bad('settings.muted', s.muted);
  if (!['normal', 'large', 'x-large'].includes(s.textSize as string)) bad('settings.textSize', s.textSize);
  if (typeof s.reducedMotion !== 'boolean') bad('settings.reducedMotion', s.reducedMotion);
  if (typeof s.cues !== 'boolean') bad('settings.cues', s.cues);
  const { locale, volume, muted, textSize, reducedMotion, cues } = s as unknown as Settings;
  return { locale, volume, muted, textSize, reducedMotion, cues };
}

function readFinished(value: unknown, where: string): FinishedVisit {
  if (!isObject(value)) throw new SaveFormatError(`${where} is not an object`);
  const v = value as Record<string, unknown>;
  need(typeof v.scenario === 'string', `${where}.scenario`, v.scenario);
  need(typeof v.locale === 'string' && isLocale(v.locale), `${where}.locale`, v.locale);
  need(typeof v.storyVersion === 'string', `${where}.storyVersion`, v.storyVersion);
  readChoices(v.choices, `${where}.choices`);
  need(typeof v.total === 'number', `${where}.total`, v.total);
  need(typeof v.passed === 'boolean', `${where}.passed`, v.passed);
  need(typeof v.finishedAt === 'number', `${where}.finishedAt`, v.finishedAt);
  return { ...v, difficulty: readDifficulty(v.difficulty, `${where}.difficulty`) } as unknown as FinishedVisit;
}

function readVisit(value: unknown, where: string): VisitInProgress {
  if (!isObject(value)) throw new SaveFormatError(`${where} is not an object`);
  const v = value as Record<string, unknown>;
  need(typeof v.scenario === 'string', `${where}.scenario`, v.scenario);
  need(typeof v.locale === 'string' && isLocale(v.locale), `${where}.locale`, v.locale);
  readChoices(v.choices, `${where}.choices`);
  need(isObject(v.save) && typeof v.save.ink === 'string', `${where}.save`, v.save);
  need(v.shown === undefined || (Number.isInteger(v.shown) && (v.shown as number) >= 0), `${where}.shown`, v.shown);
  return {
    ...v,
    shown: v.shown ?? 0,
    difficulty: readDifficulty(v.difficulty, `${where}.difficulty`),
  } as unknown as VisitInProgress;
}

/** Saves from before difficulty levels were standard visits. */
function readDifficulty(value: unknown, where: string): string {
  if (value === undefined) return 'standard';
  need(typeof value === 'string' && isDifficulty(value), where, value);
  return value as string;
}

function readChoices(value: unknown, where: string): void {
  need(Array.isArray(value) && value.every((n) => Number.isInteger(n) && n >= 0), where, value);
}

function readList<T>(value: unknown, where: string, read: (v: unknown, where: string) => T): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new SaveFormatError(`${where} is not a list`);
  return value.map((item, i) => read(item, `${where}[${i}]`));
}

function need(ok: boolean, where: string, value: unknown): void {
  if (!ok) bad(where, value);
}

function bad(where: string, value: unknown): never {
  throw new SaveFormatError(`${where} has an unusable value (${JSON.stringify(value)?.slice(0, 40)})`);
}
