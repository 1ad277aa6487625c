import { type KeyValueStorage, memoryStorage } from './ports';

/**
 * localStorage, or memory where the browser refuses it (private modes, blocked storage): the game still
 * runs, and `blocked` says so, so the player can be told that nothing will be kept.
 */
export function browserStorage(): { storage: KeyValueStorage; blocked: boolean } {
  try {
    const probe = '__reprounds_probe__';
    window.localStorage.setItem(probe, probe);
    window.localStorage.removeItem(probe);
    return { storage: window.localStorage, blocked: false };
  } catch {
    return { storage: memoryStorage(), blocked: true };
  }
}
