import { persist } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { type PersistedGame, readSlices, SAVE_VERSION, SaveFormatError, upgrade } from './persisted';
import { type Clock, type KeyValueStorage, type StorageChanges, systemClock } from './ports';
import {
  createMemorySlice,
  createNoticeSlice,
  createProgressSlice,
  createSettingsSlice,
  createVisitSlice,
  type GameState,
  type SaveProblem,
} from './slices';
import { canonical, mergeGames } from './tabs';

export const SAVE_KEY = 'reprounds';
export const DAMAGED_PREFIX = 'reprounds:damaged:';
/** Visits in progress that could not resume, kept with the reason for export. */
export const VISIT_ASIDE_PREFIX = 'reprounds:visit-aside:';

/** A damaged save or a visit that could not resume, kept in storage for the player to download. */
export interface KeptAside {
  readonly key: string;
  readonly kind: 'save' | 'visit';
  /** When it was set aside. */
  readonly at: number;
  readonly reason: string | null;
}

/** Beside each damaged save, why it was set aside; the copy itself stays byte for byte. */
const REASON_PREFIX = 'reprounds:damaged-reason:';
const reasonKey = (key: string) => `${REASON_PREFIX}${key.slice(DAMAGED_PREFIX.length)}`;

export type GameStore = StoreApi<GameState> & {
  rehydrated: Promise<void>;
  /** This tab's name in the claims on a visit in progress. */
  readonly tab: string;
  /** The game as it stands, in the save's own format: what the player downloads when it cannot be stored. */
  saveText(): string;
  /**
   * Takes the visit in progress out of play, keeping it with the reason under `reprounds:visit-aside:<time>`
   * (or only in memory when storage refuses it), so Continue is no longer offered. Returns what was kept,
   * for download; null when no visit was in progress.
   */
  setVisitAside(reason: string): string | null;
  /** What is kept aside, newest first. */
  keptAside(): KeptAside[];
  /** The text of something kept aside, byte for byte as it was kept; null if it is gone. */
  keptText(key: string): string | null;
  /** Deletes something kept aside, once the player has it or does not want it. */
  discardKept(key: string): void;
};

const partialize = (s: GameState): PersistedGame => ({
  settings: s.settings,
  finished: s.finished,
  visit: s.visit,
  memory: s.memory,
});

/**
 * The one game store, from typed slices, persisted under `reprounds`. A stored game that cannot be read
 * is moved aside to `reprounds:damaged:<time>` (nothing is lost), and the store starts fresh and says why.
 * Where the storage reports other tabs' writes, each is merged in (see `tabs.ts`), so no tab writes over
 * another's finished visits or its visit in progress.
 */
export function createGameStore(
  storage: KeyValueStorage & Partial<StorageChanges>,
  clock: Clock = systemClock,
  tab = 'tab',
): GameStore {
  let problem: SaveProblem | null = null;
  /** What the save held when this tab last read or wrote it: another tab's write is anything else. */
  let lastSeen: string | null = null;
  /** While a damaged save is held in place, the game's writes wait here instead of overwriting it. */
  let holding = false;
  let waiting: string | null = null;
  let failed = false;
  /** Set when another tab runs a newer RepRounds: this tab writes nothing more, so it cannot turn the save back. */
  let stopped = false;

  // Moves the stored game aside at once, before anything can write over it. Where there is no room for a
  // copy (a save that fills most of the quota), it stays in place and is exported from there.
  const setAside = (reason: string) => {
    const keptAs = `${DAMAGED_PREFIX}${clock.now()}`;
    const raw = storage.getItem(SAVE_KEY);
    try {
      if (raw !== null) storage.setItem(keptAs, raw);
      storage.removeItem(SAVE_KEY);
      problem = { reason, keptAs, inPlace: false };
      try {
        storage.setItem(reasonKey(keptAs), reason);
      } catch {
        // The copy is what matters; without room for its reason, the list shows it without one.
      }
    } catch {
      holding = raw !== null;
      problem = { reason, keptAs: SAVE_KEY, inPlace: true };
    }
  };

  /** Writes the game; a write the browser refuses leaves play going on from memory, and says so once. */
  const write = (text: string) => {
    if (stopped) return;
    if (holding) {
      waiting = text;
      return;
    }
    try {
      storage.setItem(SAVE_KEY, text);
      lastSeen = text;
    } catch (error) {
      if (failed) return;
      failed = true;
      const reason = (error as Error)?.name === 'QuotaExceededError' ? 'full' : 'blocked';
      // Deferred: the write runs inside a state change, and the notice is one more.
      queueMicrotask(() => store.setState({ storageProblem: { reason } }));
    }
  };

  const release = () => {
    if (!holding) return;
    holding = false;
    storage.removeItem(SAVE_KEY);
    if (waiting !== null) write(waiting);
    waiting = null;
  };

  const store = createStore<GameState>()(
    persist(
      (...a) => ({
        ...createSettingsSlice(clock.now)(...a),
        ...createProgressSlice(...a),
        ...createVisitSlice(tab, clock.now)(...a),
        ...createMemorySlice(...a),
        ...createNoticeSlice(release)(...a),
      }),
      {
        name: SAVE_KEY,
        version: SAVE_VERSION,
        skipHydration: true,
        storage: {
          getItem: (name) => {
            const raw = storage.getItem(name);
            lastSeen = raw;
            if (raw === null) return null;
            let parsed: unknown;
            try {
              parsed = JSON.parse(raw);
            } catch {
              setAside('the saved game is not readable data');
              return null;
            }
            const envelope = parsed as { state?: unknown; version?: unknown };
            if (typeof envelope !== 'object' || envelope === null || typeof envelope.version !== 'number') {
              setAside('the saved game has no version');
              return null;
            }
            return parsed as { state: PersistedGame; version: number };
          },
          // The writer's name goes with the game: another tab weighs a visit in progress by who wrote it.
          setItem: (_name, value) => write(JSON.stringify({ ...value, tab })),
          removeItem: (name) => storage.removeItem(name),
        },
        partialize,
        // Upgraded here, checked slice by slice in `merge`: one bad slice of an old save costs only itself.
        migrate: (state, version) => upgrade(state, version) as PersistedGame,
        // Slice by slice: a damaged slice starts fresh, the sound ones are kept, and the save as it was is
        // set aside, byte for byte, with every problem named.
        merge: (persisted, current) => {
          if (persisted === undefined) return current;
          const { game, problems } = readSlices(persisted);
          if (problems.length) setAside(problems.join('; '));
          return { ...current, ...game };
        },
        onRehydrateStorage: () => (_state, error) => {
          if (error) setAside(error instanceof SaveFormatError ? error.message : String(error));
        },
      },
    ),
  );

  /** Another tab wrote the save: its game is merged into this one, and written back where it lacked ours. */
  const receive = (raw: string | null) => {
    if (raw === null || raw === lastSeen || holding) return;
    lastSeen = raw;
    let theirs: Partial<PersistedGame>;
    let writer: string | null;
    try {
      const envelope = JSON.parse(raw) as { state?: unknown; version?: unknown; tab?: unknown };
      if (typeof envelope.version !== 'number') return;
      theirs = readSlices(upgrade(envelope.state, envelope.version)).sound;
      writer = typeof envelope.tab === 'string' ? envelope.tab : null;
    } catch (error) {
      // A newer RepRounds in another tab: this one stops writing rather than turn its save back.
      if (error instanceof SaveFormatError && /newer/.test(error.message)) {
        failed = true;
        stopped = true;
        store.setState({ storageProblem: { reason: 'newer' } });
      }
      return;
    }
    const ours = partialize(store.getState());
    const merged = mergeGames(ours, theirs, writer, tab);
    if (canonical(merged) !== canonical(ours)) store.setState(merged);
    else if (canonical(merged) !== canonical({ ...merged, ...theirs })) write(saveText());
  };
  const rehydrated = Promise.resolve(store.persist.rehydrate()).then(() => {
    if (problem) store.setState({ saveProblem: problem });
    storage.subscribe?.((key, value) => {
      if (key === SAVE_KEY) receive(value);
    });
  });
  const saveText = () => JSON.stringify({ state: partialize(store.getState()), version: SAVE_VERSION, tab });
  const setVisitAside = (reason: string): string | null => {
    const { visit } = store.getState();
    if (!visit) return null;
    const text = JSON.stringify({ reason, visit });
    try {
      storage.setItem(`${VISIT_ASIDE_PREFIX}${clock.now()}`, text);
    } catch {
      // Storage refuses it (full or blocked): the download offered from the returned text still keeps it.
    }
    store.getState().clearVisit();
    return text;
  };
  const keptAside = (): KeptAside[] =>
    storage
      .keys()
      .flatMap((key): KeptAside[] => {
        const kind = key.startsWith(DAMAGED_PREFIX) ? 'save' : key.startsWith(VISIT_ASIDE_PREFIX) ? 'visit' : null;
        if (!kind) return [];
        const at = Number(key.slice((kind === 'save' ? DAMAGED_PREFIX : VISIT_ASIDE_PREFIX).length));
        return [{ key, kind, at, reason: kind === 'save' ? storage.getItem(reasonKey(key)) : visitReason(key) }];
      })
      .sort((a, b) => b.at - a.at);
  const visitReason = (key: string): string | null => {
    try {
      const { reason } = JSON.parse(storage.getItem(key) ?? '') as { reason?: unknown };
      return typeof reason === 'string' ? reason : null;
    } catch {
      return null;
    }
  };
  const discardKept = (key: string) => {
    if (!key.startsWith(DAMAGED_PREFIX) && !key.startsWith(VISIT_ASIDE_PREFIX)) return;
    storage.removeItem(key);
    if (key.startsWith(DAMAGED_PREFIX)) storage.removeItem(reasonKey(key));
  };
  const keptText = (key: string) => storage.getItem(key);
  return Object.assign(store, { rehydrated, tab, saveText, setVisitAside, keptAside, keptText, discardKept });
}
