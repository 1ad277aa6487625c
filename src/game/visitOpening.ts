import type { ScenarioEntry } from '../core/ink/catalog';
import type { CompiledStory } from '../core/ink/types';
import type { Locale } from '../core/methodology/locale';
import type { Difficulty } from '../core/visit/difficulty';
import type { VisitInput } from '../core/visit/visitMachine';
import type { Services } from './services';

type Engine = typeof import('./engine');

/** What a visit is asked to be: the one in progress resumed, or a fresh one (from a later decision). */
export interface VisitRequest {
  readonly scenario: string;
  readonly resume?: boolean;
  readonly choices?: readonly number[];
  readonly locale?: Locale;
  readonly difficulty?: Difficulty;
}

/** How a visit can open: ready to play; a saved one that cannot resume (its scenario gone or changed); none. */
export type VisitOpening =
  | {
      readonly kind: 'ready';
      engine: Engine;
      entry: ScenarioEntry;
      story: CompiledStory;
      input: VisitInput;
      locale: Locale;
    }
  | { readonly kind: 'gone' | 'changed' }
  | { readonly kind: 'no-visit' };

/**
 * Loads what a visit needs (the engine, its story, and `ready`, e.g. the pictures) and works out where it
 * starts: a saved visit resumes from its move log, a fresh one from what the customer remembers.
 */
export async function openVisit(
  services: Pick<Services, 'store' | 'catalog' | 'loadEngine' | 'loadStory'>,
  request: VisitRequest,
  uiLocale: Locale,
  ready: Promise<void>,
): Promise<VisitOpening> {
  const { store } = services;
  const entry = services.catalog.find((e) => e.id === request.scenario);
  const saved = request.resume ? store.getState().visit : null;
  if (!entry) return saved ? { kind: 'gone' } : { kind: 'no-visit' };
  // A visit saved in the other language than the player now uses is played again in theirs, to the same
  // decision: both languages of a scenario offer the same choices in the same order.
  const switching = saved !== null && saved.locale !== uiLocale && entry.locales[uiLocale] !== undefined;
  const locale = switching ? uiLocale : (saved?.locale ?? request.locale ?? uiLocale);
  const [engine, story] = await Promise.all([services.loadEngine(), services.loadStory(entry, locale), ready]);
  try {
    const memory = engine.memoryViewFor(store.getState().memory, entry.customer, entry.id);
    const fresh = switching
      ? { scenario: entry.id, difficulty: saved.log.difficulty, memory: saved.log.memory, moves: saved.log.moves }
      : { scenario: entry.id, difficulty: request.difficulty, memory, moves: request.choices };
    const input = engine.visitInputFor(story, switching ? null : (saved?.log ?? null), fresh);
    return { kind: 'ready', engine, entry, story, input, locale };
  } catch (error) {
    if (!(error instanceof engine.VisitRestoreError)) throw error;
    return { kind: 'changed' };
  }
}
