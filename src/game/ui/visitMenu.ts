import type { Locale } from '../../core/methodology/locale';
import { PRODUCT } from '../../core/world/product';
import type { FlatKey } from '../i18n/strings';
import type { GameStore } from '../state/store';
import { button, el } from './dom';
import { guideWords, MethodGuide } from './methodGuide';
import { Popup } from './popup';
import { ResourcesDrawer } from './resources';
import { languageButtons, settingsPanel } from './settingsPanel';
import type { VisitKeys } from './visitPanel';

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
export class VisitMenu extends Popup {
  constructor(
    root: HTMLElement,
    private readonly words: MenuWords,
    /** The languages and the settings, made afresh each time the menu opens. */
    private readonly settings: () => readonly HTMLElement[],
    private readonly leave: () => void,
  ) {
    super(root);
  }

  protected build() {
    const resume = button(this.words.resume, () => this.close(), { className: 'primary', testid: 'menu-resume' });
    const panel = el(
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
    return { panel, focus: resume };
  }
}

/** The visit's menu and its resources drawer; Esc puts away whichever is open, else opens the menu. */
export interface VisitTools {
  readonly menu: VisitMenu;
  readonly resources: ResourcesDrawer;
  readonly guide: MethodGuide;
  /** True while any is open: no move is made meanwhile. */
  readonly busy: boolean;
  escape(): void;
  /** The visit's keys and buttons: `choose` only while neither is open. */
  keys(choose: (index: number) => void): VisitKeys;
}

/**
 * The menu with the languages (another one restarts the visit in it, at the same decision) and the
 * settings; the drawer with the claims sheet and the glossary.
 */
export function visitTools(
  root: HTMLElement,
  say: (key: FlatKey, params?: Record<string, string | number>) => string,
  store: GameStore,
  locale: () => Locale,
  on: { relanguage(): void; leave(): void },
): VisitTools {
  const settings = () => [languageButtons(store, locale(), on.relanguage), settingsPanel(store, locale())];
  const menu = new VisitMenu(root, menuWords(say), settings, on.leave);
  const words = () => ({
    title: say('resources'),
    claims: `${say('labelled', { name: say('resourcesClaims') })}${PRODUCT.name[locale()]}`,
    claimsNote: say('resourcesClaimsNote'),
    glossary: say('resourcesGlossary'),
    guide: say('methodGuide'),
    close: say('close'),
  });
  const guide = new MethodGuide(root, () => guideWords(say), locale);
  const resources = new ResourcesDrawer(root, words, locale, () => {
    resources.close();
    guide.show();
  });
  const busy = () => menu.isOpen || resources.isOpen || guide.isOpen;
  const onEscape = () => (guide.isOpen ? guide.close() : resources.isOpen ? resources.close() : menu.toggle());
  return {
    menu,
    resources,
    guide,
    get busy() {
      return busy();
    },
    escape: onEscape,
    keys: (choose) => ({
      choose: (index) => {
        if (!busy()) choose(index);
      },
      menu: () => menu.toggle(),
      resources: () => resources.toggle(),
      escape: onEscape,
      labels: { menu: say('menu'), resources: say('resources') },
    }),
  };
}
