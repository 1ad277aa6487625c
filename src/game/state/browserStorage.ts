import { memoryStorage, type TabStorage } from './ports';

/**
 * localStorage, or memory where the browser refuses it (private modes, blocked storage): the game still
 * runs, and `blocked` says so, so the player can be told that nothing will be kept. Other tabs' writes
 * come through the browser's `storage` event.
 */
export function browserStorage(): { storage: TabStorage; blocked: boolean } {
  try {
    const probe = '__reprounds_probe__';
    const local = window.localStorage;
    local.setItem(probe, probe);
    local.removeItem(probe);
    return {
      storage: {
        getItem: (key) => local.getItem(key),
        setItem: (key, value) => local.setItem(key, value),
        removeItem: (key) => local.removeItem(key),
        keys: () => Array.from({ length: local.length }, (_, i) => local.key(i) ?? '').filter(Boolean),
        subscribe: (listener) => {
          const heard = (event: StorageEvent) => {
            if (event.storageArea === local) listener(event.key, event.newValue);
          };
          window.addEventListener('storage', heard);
          return () => window.removeEventListener('storage', heard);
        },
      },
      blocked: false,
    };
  } catch {
    return { storage: { ...memoryStorage(), subscribe: () => () => {} }, blocked: true };
  }
}

/**
 * This tab's name, kept for the tab's life (a reload keeps it, so the tab still holds its visit); a new
 * tab gets a new one.
 */
export function tabName(): string {
  const key = 'reprounds:tab';
  try {
    const kept = window.sessionStorage.getItem(key);
    if (kept) return kept;
    const made = crypto.randomUUID();
    window.sessionStorage.setItem(key, made);
    return made;
  } catch {
    return crypto.randomUUID();
  }
}
