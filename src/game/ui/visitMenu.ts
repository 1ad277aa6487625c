import type { Locale } from '../../core/methodology/locale';
import type { FlatKey } from '../i18n/strings';
import type { GameStore } from '../state/store';
import { button, el } from './dom';
import { languageButtons, settingsPanel } from './settingsPanel';

export interface MenuWords {
  readonly title: string;
  readonly resume: string;
  readonly leave: string;
  readonly leaveNote: string;
}

export const menuWords = (say: (key: FlatKey) => string): MenuWords => ({
  title: say('menuTitle'),
  resume: say('menuResume'),
  leave: say('menuLeave'),
  leaveNote: say('menuLeaveNote'),
});

/**
 * The visit's menu, opened with Esc, the browser's Back or the Menu button: resume, the settings, or
 * leave the visit, which keeps it for Continue on the title. While it is open, no move can be made.
 */
export class VisitMenu {
  private dialog: HTMLElement | null = null;
  private before: Element | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly words: MenuWords,
    /** The languages and the settings, made afresh each time the menu opens. */
    private readonly settings: () => readonly HTMLElement[],
    private readonly leave: () => void,
  ) {}

  get isOpen(): boolean {
    return this.dialog !== null;
  }

  toggle(): void {
    if (this.dialog) this.close();
    else this.open();
  }

  open(): void {
    if (this.dialog) return;
    this.before = document.activeElement;
    const resume = button(this.words.resume, () => this.close(), { className: 'primary', testid: 'menu-resume' });
    this.dialog = el(
      'div',
      {
        className: 'dialog visit-menu',
        testid: 'visit-menu',
        attrs: { role: 'dialog', 'aria-modal': 'true', 'aria-label': this.words.title },
      },
      [
        el('h2', { text: this.words.title }),
        el('div', { className: 'row' }, [
          resume,
          button(this.words.leave, () => this.leave(), { testid: 'menu-leave' }),
        ]),
        el('p', { className: 'muted', text: this.words.leaveNote }),
        ...this.settings(),
      ],
    );
    this.root.append(this.dialog);
    resume.focus();
  }

  close(): void {
    this.dialog?.remove();
    this.dialog = null;
    if (this.before instanceof HTMLElement && this.before.isConnected) this.before.focus();
  }
}

/** The visit's menu with the languages (another one restarts the visit in it, at the same decision) and the settings. */
export function visitMenu(
  root: HTMLElement,
  say: (key: FlatKey) => string,
  store: GameStore,
  locale: () => Locale,
  on: { relanguage(): void; leave(): void },
): VisitMenu {
  const settings = () => [languageButtons(store, locale(), on.relanguage), settingsPanel(store, locale())];
  return new VisitMenu(root, menuWords(say), settings, on.leave);
}
