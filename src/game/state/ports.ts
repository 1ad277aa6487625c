/** The few storage calls the game makes; the browser passes localStorage, tests a Map. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
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
  };
}
