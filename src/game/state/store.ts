import { persist } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { migrate, type PersistedGame, readPersisted, SAVE_VERSION, SaveFormatError } from './persisted';
import { type Clock, type KeyValueStorage, systemClock } from './ports';
import {
  createMemorySlice,
  createNoticeSlice,
  createProgressSlice,
  createSettingsSlice,
  createVisitSlice,
  type GameState,
} from './slices';

export const SAVE_KEY = 'reprounds';
export const DAMAGED_PREFIX = 'reprounds:damaged:';

export type GameStore = StoreApi<GameState> & { rehydrated: Promise<void> };

/**
 * The one game store, from typed slices, persisted under `reprounds`. A stored game that cannot be read
 * is moved aside to `reprounds:damaged:<time>` (nothing is lost), and the store starts fresh and says why.
 */
export function createGameStore(storage: KeyValueStorage, clock: Clock = systemClock): GameStore {
  let problem: { reason: string; keptAs: string } | null = null;
  // Moves the stored game aside at once, before anything can write over it.
  const setAside = (reason: string) => {
    const keptAs = `${DAMAGED_PREFIX}${clock.now()}`;
    const raw = storage.getItem(SAVE_KEY);
    if (raw !== null) storage.setItem(keptAs, raw);
    storage.removeItem(SAVE_KEY);
    problem = { reason, keptAs };
  };

  const store = createStore<GameState>()(
    persist(
      (...a) => ({
        ...createSettingsSlice(...a),
        ...createProgressSlice(...a),
        ...createVisitSlice(...a),
        ...createMemorySlice(...a),
        ...createNoticeSlice(...a),
      }),
      {
        name: SAVE_KEY,
        version: SAVE_VERSION,
        skipHydration: true,
        storage: {
          getItem: (name) => {
            const raw = storage.getItem(name);
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
          setItem: (name, value) => storage.setItem(name, JSON.stringify(value)),
          removeItem: (name) => storage.removeItem(name),
        },
        partialize: (s): PersistedGame => ({
          settings: s.settings,
          finished: s.finished,
          visit: s.visit,
          memory: s.memory,
        }),
        migrate: (state, version) => migrate(state, version),
        merge: (persisted, current) =>
          persisted === undefined ? current : { ...current, ...readPersisted(persisted) },
        onRehydrateStorage: () => (_state, error) => {
          if (error) setAside(error instanceof SaveFormatError ? error.message : String(error));
        },
      },
    ),
  );

  const rehydrated = Promise.resolve(store.persist.rehydrate()).then(() => {
    if (problem) store.setState({ saveProblem: problem });
  });
  return Object.assign(store, { rehydrated });
}
