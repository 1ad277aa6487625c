import type { ScenarioEntry } from '../core/ink/catalog';
import type { CompiledStory } from '../core/ink/types';
import type { Locale } from '../core/methodology/locale';
import type { AudioPort } from './audio/audio';
import { pickLocale } from './i18n/strings';
import type { KeyValueStorage } from './state/ports';
import type { GameStore } from './state/store';
import type { TitleView } from './ui/titleView';

/** What every scene is given: the store, audio, the scenario list and the means to load a story. */
export interface Services {
  readonly store: GameStore;
  readonly storage: KeyValueStorage;
  readonly audio: AudioPort;
  readonly catalog: readonly ScenarioEntry[];
  readonly overlay: HTMLElement;
  loadStory(entry: ScenarioEntry, locale: Locale): Promise<CompiledStory>;
  loadEngine(): Promise<typeof import('./engine')>;
  /** The language the interface and the stories use now. */
  locale(): Locale;
  /** The title's DOM, shown before the engine loads, and the scene that takes over from it. */
  readonly title: TitleHost;
  /** Loading progress of the game's pictures, 0-1, or null when done. */
  reportProgress(fraction: number | null): void;
}

export interface TitleHost {
  readonly view: TitleView;
  sceneReady(scene: { leave(fresh: boolean): void } | null): void;
}

const storyModules = import.meta.glob<{ default: CompiledStory }>('/stories/*/*.ink');

export function storyLoader(entry: ScenarioEntry, locale: Locale): Promise<CompiledStory> {
  const path = entry.locales[locale]?.path ?? Object.values(entry.locales)[0]?.path;
  const load = path ? storyModules[path] : undefined;
  if (!load) return Promise.reject(new Error(`no story file for scenario ${entry.id}`));
  return load().then((m) => m.default);
}

export function localeFrom(store: GameStore): Locale {
  return pickLocale(store.getState().settings.locale, typeof navigator === 'undefined' ? [] : navigator.languages);
}
