import type { StateCreator } from 'zustand/vanilla';
import { EMPTY_MEMORY, type Memory, type MemoryView, rememberVisit, type VisitOutcome } from '../../core/memory/memory';
import type { Locale } from '../../core/methodology/locale';
import type { Difficulty } from '../../core/visit/difficulty';
import type { VisitLog } from '../../core/visit/visitLog';

export type TextSize = 'normal' | 'large' | 'x-large';
/** How much larger than normal each text size sets the type, in the DOM and on the canvas alike. */
export const TEXT_SCALE: Record<TextSize, number> = { normal: 1, large: 1.2, 'x-large': 1.4 };

export interface Settings {
  /** Null until the player picks one: the browser's language decides until then. */
  readonly locale: Locale | null;
  readonly volume: number;
  readonly muted: boolean;
  readonly textSize: TextSize;
  readonly reducedMotion: boolean;
  /** A short sound after each move: rising for what the method asks, falling for what it warns against. */
  readonly cues: boolean;
  /** When the player last changed a setting: of two tabs' settings, the later change stands. */
  readonly changedAt: number;
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

/** Which tab plays the visit in progress, since when: the later claim wins when two tabs meet. */
export interface VisitClaim {
  readonly tab: string;
  readonly at: number;
}

/** The visit in progress: its move log, saved once per move, and the language it is played in. */
export interface VisitInProgress {
  readonly scenario: string;
  readonly locale: Locale;
  readonly log: VisitLog;
  /** The tab playing it; none for a visit no open tab plays (its tab closed, or saved before tabs were told apart). */
  readonly owner?: VisitClaim | null;
}

export interface SettingsSlice {
  settings: Settings;
  updateSettings(change: Partial<Omit<Settings, 'changedAt'>>): void;
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
  /**
   * Saves the visit this tab plays, claiming it for this tab. Refused (false) while another tab holds the
   * visit in progress: that tab's moves are never written over.
   */
  saveVisit(visit: Omit<VisitInProgress, 'owner'>): boolean;
  /** Drops the visit in progress; refused while another tab holds it. */
  clearVisit(): void;
  /** Claims the visit in progress for this tab, from whichever tab held it; the other tab stops playing it. */
  takeOverVisit(): void;
  /** Lets go of this tab's claim (the tab is closing), so the next tab to open can Continue at once. */
  releaseVisit(): void;
  /** True while another tab plays the visit in progress. */
  visitOpenElsewhere(): boolean;
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
  cues: false,
  changedAt: 0,
};

/** Finished visits kept, newest last; older ones drop off so the save stays small. */
export const MAX_FINISHED = 200;

export const createSettingsSlice =
  (now: () => number): Slice<SettingsSlice> =>
  (set) => ({
    settings: DEFAULT_SETTINGS,
    updateSettings: (change) =>
      set((s) => ({ settings: { ...s.settings, ...change, changedAt: Math.max(now(), s.settings.changedAt + 1) } })),
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

/** True when the visit in progress is being played in a tab other than `me`. */
export const openElsewhere = (visit: VisitInProgress | null, me: string): boolean =>
  !!visit?.owner && visit.owner.tab !== me;

/** The visit slice of the tab `tab`; `now` stamps its claims. */
export const createVisitSlice =
  (tab: string, now: () => number): Slice<VisitSlice> =>
  (set, get) => {
    const elsewhere = () => openElsewhere(get().visit, tab);
    const claim = (held: VisitInProgress | null): VisitClaim =>
      held?.owner?.tab === tab ? held.owner : { tab, at: Math.max(now(), (held?.owner?.at ?? 0) + 1) };
    return {
      visit: null,
      saveVisit: (visit) => {
        if (elsewhere()) return false;
        set((s) => ({ visit: { ...visit, owner: claim(s.visit) } }));
        return true;
      },
      clearVisit: () => {
        if (!elsewhere()) set({ visit: null });
      },
      takeOverVisit: () => set((s) => (s.visit ? { visit: { ...s.visit, owner: claim(s.visit) } } : {})),
      releaseVisit: () => set((s) => (s.visit?.owner?.tab === tab ? { visit: { ...s.visit, owner: null } } : {})),
      visitOpenElsewhere: elsewhere,
    };
  };

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
