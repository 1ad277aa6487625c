import type { StateCreator } from 'zustand/vanilla';
import type { Locale } from '../../core/methodology/locale';
import type { Difficulty } from '../../core/visit/difficulty';
import type { VisitSave } from '../../core/visit/visitSession';

export type TextSize = 'normal' | 'large' | 'x-large';

export interface Settings {
  /** Null until the player picks one: the browser's language decides until then. */
  readonly locale: Locale | null;
  readonly volume: number;
  readonly muted: boolean;
  readonly textSize: TextSize;
  readonly reducedMotion: boolean;
  /** A short sound after each move: rising for what the method asks, falling for what it warns against. */
  readonly cues: boolean;
}

/** A visit the trainee finished; the report is rebuilt from the choices, which always give the same one. */
export interface FinishedVisit {
  readonly scenario: string;
  readonly locale: Locale;
  readonly difficulty: Difficulty;
  readonly storyVersion: string;
  readonly choices: readonly number[];
  readonly total: number;
  readonly passed: boolean;
  readonly finishedAt: number;
}

export interface VisitInProgress {
  readonly scenario: string;
  readonly locale: Locale;
  readonly difficulty: Difficulty;
  /** 0-based choices taken so far, so any earlier decision can be replayed. */
  readonly choices: readonly number[];
  readonly save: VisitSave;
  /** How many lines since the last move the player has already read, to resume at the same line. */
  readonly shown: number;
}

export interface SettingsSlice {
  settings: Settings;
  updateSettings(change: Partial<Settings>): void;
}

export interface ProgressSlice {
  finished: readonly FinishedVisit[];
  recordFinishedVisit(visit: FinishedVisit): void;
}

export interface VisitSlice {
  visit: VisitInProgress | null;
  saveVisit(visit: VisitInProgress): void;
  clearVisit(): void;
}

/** Set when the stored game could not be read: the player is told, and the damaged copy is kept. */
export interface SaveProblem {
  readonly reason: string;
  readonly keptAs: string;
}

export interface NoticeSlice {
  saveProblem: SaveProblem | null;
  dismissSaveProblem(): void;
}

export type GameState = SettingsSlice & ProgressSlice & VisitSlice & NoticeSlice;
type Slice<T> = StateCreator<GameState, [['zustand/persist', unknown]], [], T>;

export const DEFAULT_SETTINGS: Settings = {
  locale: null,
  volume: 0.7,
  muted: false,
  textSize: 'normal',
  reducedMotion: false,
  cues: true,
};

/** Finished visits kept, newest last; older ones drop off so the save stays small. */
export const MAX_FINISHED = 200;

export const createSettingsSlice: Slice<SettingsSlice> = (set) => ({
  settings: DEFAULT_SETTINGS,
  updateSettings: (change) => set((s) => ({ settings: { ...s.settings, ...change } })),
});

export const createProgressSlice: Slice<ProgressSlice> = (set) => ({
  finished: [],
  recordFinishedVisit: (visit) => set((s) => ({ finished: [...s.finished, visit].slice(-MAX_FINISHED) })),
});

export const createVisitSlice: Slice<VisitSlice> = (set) => ({
  visit: null,
  saveVisit: (visit) => set({ visit }),
  clearVisit: () => set({ visit: null }),
});

export const createNoticeSlice: Slice<NoticeSlice> = (set) => ({
  saveProblem: null,
  dismissSaveProblem: () => set({ saveProblem: null }),
});
