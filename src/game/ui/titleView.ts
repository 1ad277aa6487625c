import type { Locale } from '../../core/methodology/locale';
import type { AudioPort } from '../audio/audio';
import { t } from '../i18n/strings';
import type { KeyValueStorage } from '../state/ports';
import type { SaveProblem } from '../state/slices';
import { DAMAGED_PREFIX, type GameStore } from '../state/store';
import { button, download, el } from './dom';
import { languageButtons, settingsPanel } from './settingsPanel';

export const TITLE_INTERACTIVE = 'reprounds:title-interactive';

export interface TitleDeps {
  readonly store: GameStore;
  readonly storage: KeyValueStorage;
  readonly audio: AudioPort;
  locale(): Locale;
}

export interface TitleActions {
  /** Continue the visit in progress, or go to the hospital. */
  start(): void;
  /** Drop the visit in progress and go to the hospital. */
  newGame(): void;
  /** Claim the visit in progress from the tab that plays it, and resume it here. */
  takeOver(): void;
}

/**
 * The title's DOM: start or continue, language, settings, and the notice about a damaged save. It is shown
 * before the game engine has loaded, so the title is usable at once; the title scene draws behind it.
 */
export class TitleView {
  private root: HTMLElement | null = null;
  private progress: HTMLElement | null = null;
  private fraction: number | null = 0;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly overlay: HTMLElement,
    private readonly deps: TitleDeps,
    private readonly actions: TitleActions,
  ) {}

  show(): void {
    if (this.root) return;
    this.render();
    // Another tab may start, take over or finish the visit in progress while the title is up.
    const where = () => {
      const state = this.deps.store.getState();
      return state.visit ? (state.visitOpenElsewhere() ? 'elsewhere' : 'here') : 'none';
    };
    let was = where();
    this.unsubscribe ??= this.deps.store.subscribe(() => {
      const now = where();
      if (now === was) return;
      was = now;
      if (this.root) this.render();
    });
  }

  hide(): void {
    this.root?.remove();
    this.root = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  /** Loading progress of the game's pictures, 0-1; null once everything is in. */
  setProgress(fraction: number | null): void {
    this.fraction = fraction;
    if (!this.progress) return;
    this.progress.hidden = fraction === null;
    this.progress.setAttribute('aria-valuenow', String(Math.round((fraction ?? 1) * 100)));
    this.progress.style.setProperty('--done', String(fraction ?? 1));
  }

  private t(key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]): string {
    return t(this.deps.locale(), key, params);
  }

  private render(): void {
    const { store } = this.deps;
    const state = store.getState();
    const locale = this.deps.locale();
    document.documentElement.lang = locale;
    document.title = this.t('appName');

    const elsewhere = state.visitOpenElsewhere();
    const label = elsewhere ? 'openHospital' : state.visit ? 'continueGame' : 'newGame';
    const start = button(this.t(label), () => this.actions.start(), {
      className: elsewhere ? '' : 'primary',
      testid: 'start',
    });
    const fresh =
      state.visit && !elsewhere ? button(this.t('newGame'), () => this.confirmNewGame(), { testid: 'new-game' }) : null;
    const takeOver = elsewhere
      ? button(this.t('takeOver'), () => this.actions.takeOver(), { className: 'primary', testid: 'take-over' })
      : null;
    const where = elsewhere
      ? el('p', { className: 'notice', testid: 'visit-elsewhere', text: this.t('visitElsewhere') })
      : null;
    const languages = languageButtons(this.deps.store, locale, () => this.render());
    this.progress = el('div', {
      className: 'progress',
      attrs: { role: 'progressbar', 'aria-label': this.t('loading'), 'aria-valuemin': '0', 'aria-valuemax': '100' },
    });
    const menu = el('nav', { className: 'menu' }, [
      where,
      takeOver,
      start,
      fresh,
      languages,
      settingsPanel(this.deps.store, this.deps.locale()),
      this.keptPanel(),
      this.progress,
    ]);
    const root = el('section', { className: 'view view-title', attrs: { 'aria-label': this.t('appName') } }, [
      el('div', { className: 'title' }, [
        el('h1', { text: this.t('appName') }),
        el('p', { className: 'tagline', text: this.t('tagline') }),
        menu,
      ]),
    ]);
    this.root?.remove();
    this.root = root;
    this.overlay.append(root);
    this.setProgress(this.fraction);
    if (state.saveProblem) root.append(this.saveProblemDialog(state.saveProblem));
    else (takeOver ?? start).focus();
    // Read by npm run bench:browser: the moment the title can be used.
    if (performance.getEntriesByName(TITLE_INTERACTIVE).length === 0) performance.mark(TITLE_INTERACTIVE);
  }

  /**
   * What was kept aside (damaged saves, visits that could not resume): each can be downloaded as it was
   * kept, or deleted, which asks once more first. Shown only when there is something.
   */
  private keptPanel(): HTMLElement | null {
    const { store } = this.deps;
    const kept = store.keptAside();
    if (!kept.length) return null;
    const locale = this.deps.locale();
    const items = kept.map((item) => {
      const date = new Date(item.at).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
      const label = this.t(item.kind === 'save' ? 'keptSave' : 'keptVisit', { date });
      const remove = button(this.t('keptDelete'), () => {
        if (remove.dataset.sure !== 'yes') {
          remove.dataset.sure = 'yes';
          remove.textContent = this.t('keptDeleteSure');
          return;
        }
        store.discardKept(item.key);
        this.render();
        (this.root?.querySelector('.kept summary') as HTMLElement | null)?.focus();
      });
      const name = `reprounds-${item.kind === 'save' ? 'damaged-save' : 'visit'}-${item.at}.json`;
      return el('li', { testid: 'kept-item' }, [
        el('p', { text: label }),
        item.reason ? el('p', { className: 'muted', text: item.reason }) : null,
        el('div', { className: 'row' }, [
          button(this.t('keptDownload'), () => download(name, store.keptText(item.key) ?? ''), {
            testid: 'kept-download',
          }),
          remove,
        ]),
      ]);
    });
    const open = this.root?.querySelector('.kept')?.hasAttribute('open') ?? false;
    return el('details', { className: 'kept', testid: 'kept', attrs: open ? { open: '' } : {} }, [
      el('summary', { text: this.t('keptTitle', { n: kept.length }) }),
      el('ul', {}, items),
    ]);
  }

  /** Starting over drops the visit in progress: asked first, and Keep is where focus lands. */
  private confirmNewGame(): void {
    const before = document.activeElement;
    const close = () => {
      dialog.remove();
      if (before instanceof HTMLElement) before.focus();
    };
    const keep = button(this.t('confirmNewGameNo'), close, { className: 'primary', testid: 'new-game-cancel' });
    const dialog = el(
      'div',
      { className: 'dialog', testid: 'new-game-confirm', attrs: { role: 'alertdialog', 'aria-modal': 'true' } },
      [
        el('p', { text: this.t('confirmNewGame') }),
        el('div', { className: 'row' }, [
          keep,
          button(this.t('confirmNewGameYes'), () => this.actions.newGame(), { testid: 'new-game-confirmed' }),
        ]),
      ],
    );
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') close();
    });
    this.root?.append(dialog);
    keep.focus();
  }

  private saveProblemDialog({ reason, keptAs, inPlace }: SaveProblem): HTMLElement {
    const { store, storage } = this.deps;
    const dismiss = button(
      this.t('saveProblemDismiss'),
      () => {
        store.getState().dismissSaveProblem();
        this.render();
      },
      { className: 'primary', testid: 'save-problem-dismiss' },
    );
    const stamp = keptAs.slice(DAMAGED_PREFIX.length) || 'save';
    const dialog = el(
      'div',
      { className: 'dialog', testid: 'save-problem', attrs: { role: 'alertdialog', 'aria-modal': 'true' } },
      [
        el('h2', { text: this.t('saveProblemTitle') }),
        el('p', { text: this.t(inPlace ? 'saveProblemInPlace' : 'saveProblemBody', { reason }) }),
        el('div', { className: 'row' }, [
          button(
            this.t('saveProblemExport'),
            () => download(`reprounds-damaged-save-${stamp}.json`, storage.getItem(keptAs) ?? ''),
            { testid: 'save-problem-export' },
          ),
          dismiss,
        ]),
      ],
    );
    queueMicrotask(() => dismiss.focus());
    return dialog;
  }
}
