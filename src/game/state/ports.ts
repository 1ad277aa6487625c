/** The few storage calls the game makes; the browser passes localStorage, tests a Map. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** Every key stored, to list what was kept aside. */
  keys(): string[];
}

/** Wall-clock time, behind an interface so tests control it. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** Storage in memory; with a quota (characters of keys and values), it refuses writes past it as a browser does. */
export function memoryStorage(
  initial: Record<string, string> = {},
  quota = Number.POSITIVE_INFINITY,
): KeyValueStorage & { readonly data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      const before = data.get(key);
      const after = used() - (before === undefined ? 0 : key.length + before.length) + key.length + value.length;
      if (after > quota) {
        const error = new Error(`storage is full: ${after} of ${quota} characters`);
        error.name = 'QuotaExceededError';
        throw error;
      }
      data.set(key, value);
    },
    removeItem: (key) => {
      data.delete(key);
    },
    keys: () => [...data.keys()],
  };
}

/** The writes other tabs make to the same storage, as the browser's `storage` event reports them. */
export interface StorageChanges {
  /** `key` null: the other tab cleared everything. Returns the way to stop listening. */
  subscribe(listener: (key: string | null, value: string | null) => void): () => void;
}

export type TabStorage = KeyValueStorage & StorageChanges;

/**
 * Tabs over one storage in memory: a tab's write reaches every other tab's listeners a moment later, never
 * its own, and only when it changed the value, as in a browser.
 */
export function sharedStorage(initial: Record<string, string> = {}, quota = Number.POSITIVE_INFINITY) {
  const shared = memoryStorage(initial, quota);
  const tabs = new Set<{ listeners: Set<(key: string | null, value: string | null) => void> }>();
  const open = (): TabStorage => {
    const tab = { listeners: new Set<(key: string | null, value: string | null) => void>() };
    tabs.add(tab);
    const tell = (key: string, value: string | null) => {
      for (const other of tabs) {
        if (other === tab) continue;
        for (const listener of other.listeners) setTimeout(() => listener(key, value), 0);
      }
    };
    return {
      getItem: shared.getItem,
      keys: shared.keys,
      setItem: (key, value) => {
        const before = shared.getItem(key);
        shared.setItem(key, value);
        if (before !== value) tell(key, value);
      },
      removeItem: (key) => {
        const before = shared.getItem(key);
        shared.removeItem(key);
        if (before !== null) tell(key, null);
      },
      subscribe: (listener) => {
        tab.listeners.add(listener);
        return () => tab.listeners.delete(listener);
      },
    };
  };
  return { data: shared.data, open };
}
