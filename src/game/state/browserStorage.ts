import { type KeyValueStorage, memoryStorage } from './ports';

/** localStorage, or memory where the browser refuses it (private modes, blocked storage): the game still runs. */
export function browserStorage(): KeyValueStorage {
  try {
    const probe = '__reprounds_probe__';
    window.localStorage.setItem(probe, probe);
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return memoryStorage();
  }
}
