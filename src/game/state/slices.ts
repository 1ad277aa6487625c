import type { StateCreator } from 'zustand/vanilla';
import { EMPTY_MEMORY, type Memory, type MemoryView, rememberVisit, type VisitOutcome } from '../../core/memory/memory';
import type { Locale } from '../../core/methodology/locale';
import type { Difficulty } from '../../core/visit/difficulty';
import type { VisitLog } from '../../core/visit/visitLog';

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
  /** What the customer remembered when the visit started, so its debrief replays the same visit. */
  readonly memory: MemoryView;
}

/** The visit in progress: its move log, saved once per move, and the language it is played in. */
export interface VisitInProgress {
  readonly scenario: string;
  readonly locale: Locale;
  readonly log: VisitLog;
}

export interface SettingsSlice {
  settings: Settings;
  updateSettings(change: Partial<Settings>): void;
}

export interface ProgressSlice {
  finished: readonly FinishedVisit[];
  recordFinishedVisit(visit: FinishedVisit): void;
  /** At the end of a visit, at once: it joins the finished visits and the customer's memory, and is no longer in progress. */
  finishVisit(visit: FinishedVisit, customer: string | null, outcome: VisitOutcome): void;
}

export interface MemorySlice {
  /** What each customer remembers of the trainee's visits. */
  memory: Memory;
  rememberVisit(customer: string | null, outcome: VisitOutcome): void;
}

export interface VisitSlice {
  visit: VisitInProgress | null;
  saveVisit(visit: VisitInProgress): void;
  clearVisit(): void;
}

/** Set when the stored game could not be read: the player is told, and the damaged copy is kept. */
export interface SaveProblem {
  readonly reason: string;
  /** The storage key that holds the damaged save, byte for byte, for export. */
  readonly keptAs: string;
  /**
   * True when there was no room for a copy: the save stays where it was, nothing is written over it until
   * the player starts fresh, and starting fresh discards it.
   */
  readonly inPlace: boolean;
}

/** Set once when the game can no longer write to storage: play goes on from memory. */
export interface StorageProblem {
  readonly reason: string;
}

export interface NoticeSlice {
  saveProblem: SaveProblem | null;
  /** Drops the notice; a damaged save held in place is discarded and saving resumes. */
  dismissSaveProblem(): void;
  storageProblem: StorageProblem | null;
  dismissStorageProblem(): void;
}

export type GameState = SettingsSlice & ProgressSlice & VisitSlice & MemorySlice & NoticeSlice;
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
  finishVisit: (visit, customer, outcome) =>
    set((s) => ({
      finished: [...s.finished, visit].slice(-MAX_FINISHED),
      memory: rememberVisit(s.memory, customer, outcome),
      visit: null,
    })),
});

export const createMemorySlice: Slice<MemorySlice> = (set) => ({
  memory: EMPTY_MEMORY,
  rememberVisit: (customer, outcome) => set((s) => ({ memory: rememberVisit(s.memory, customer, outcome) })),
});

export const createVisitSlice: Slice<VisitSlice> = (set) => ({
  visit: null,
  saveVisit: (visit) => set({ visit }),
  clearVisit: () => set({ visit: null }),
});

/** The notices; `release` runs when the player starts fresh over a damaged save held in place. */
export const createNoticeSlice =
  (release: () => void): Slice<NoticeSlice> =>
  (set) => ({
    saveProblem: null,
    dismissSaveProblem: () => {
      set({ saveProblem: null });
      release();
    },
    storageProblem: null,
    dismissStorageProblem: () => set({ storageProblem: null }),
  });
