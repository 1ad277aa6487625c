import type { Locale } from '../../core/methodology/locale';
import { t } from '../i18n/strings';
import type { GameStore } from '../state/store';
import { button, download, el } from './dom';

const NOTICE: Record<string, Parameters<typeof t>[1]> = {
  full: 'storageFull',
  blocked: 'storageBlocked',
  newer: 'storageNewer',
};

/**
 * Tells the player, once and over any screen, that progress is no longer being saved and why, and offers
 * the game as it stands for download. Play goes on from memory whatever they choose.
 */
export function mountStorageNotice(overlay: HTMLElement, store: GameStore, locale: () => Locale): void {
  let shown: HTMLElement | null = null;
  let focusBefore: Element | null = null;
  store.subscribe((state, previous) => {
    if (state.storageProblem === previous.storageProblem) return;
    const hadFocus = shown?.contains(document.activeElement) ?? false;
    shown?.remove();
    shown = null;
    const problem = state.storageProblem;
    if (!problem) {
      // Back to where the player was, or to the screen's main control if that is gone.
      if (hadFocus) {
        const target = focusBefore?.isConnected ? focusBefore : overlay.querySelector('.view button.primary');
        (target as HTMLElement | null)?.focus();
      }
      return;
    }
    focusBefore = document.activeElement;
    const say = (key: Parameters<typeof t>[1]) => t(locale(), key);
    const keep = button(say('storageDismiss'), () => store.getState().dismissStorageProblem(), {
      className: 'primary',
      testid: 'storage-problem-dismiss',
    });
    shown = el('div', { className: 'dialog storage-notice', testid: 'storage-problem', attrs: { role: 'alert' } }, [
      el('p', { text: say(NOTICE[problem.reason] ?? 'storageBlocked') }),
      el('div', { className: 'row' }, [
        button(say('storageExport'), () => download('reprounds-progress.json', store.saveText()), {
          testid: 'storage-problem-export',
        }),
        keep,
      ]),
    ]);
    overlay.append(shown);
  });
}
