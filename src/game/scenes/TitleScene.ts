import type { Locale } from '../../core/methodology/locale';
import type { TextSize } from '../state/slices';
import { DAMAGED_PREFIX } from '../state/store';
import { button, download, el } from '../ui/dom';
import { GameScene } from './GameScene';

export const TITLE_INTERACTIVE = 'reprounds:title-interactive';

/** Continue or start, language, settings; and the plain-words notice when a saved game was damaged. */
export class TitleScene extends GameScene {
  constructor() {
    super('title');
  }

  create(): void {
    this.backdrop('floor', 0xd9cfc0);
    this.add.rectangle(640, 360, 1280, 720, 0x1f2d3d, 0.55);
    this.render();
  }

  private render(): void {
    const view = this.mountView();
    const { store } = this.services;
    const state = store.getState();
    document.documentElement.lang = this.locale;

    const start = button(state.visit ? this.t('continueGame') : this.t('newGame'), () => this.start(), {
      className: 'primary',
      testid: 'start',
    });
    const fresh = state.visit
      ? button(this.t('newGame'), () => {
          store.getState().clearVisit();
          this.goToHospital();
        })
      : null;
    const languages = el('div', { className: 'row', attrs: { role: 'group', 'aria-label': this.t('language') } }, [
      this.languageButton('en', 'English'),
      this.languageButton('zh-CN', '中文'),
    ]);
    const menu = el('nav', { className: 'menu' }, [start, fresh, languages, this.settingsPanel()]);
    view.root.append(
      el('div', { className: 'title' }, [
        el('h1', { text: this.t('appName') }),
        el('p', { className: 'tagline', text: this.t('tagline') }),
        menu,
      ]),
    );
    if (state.saveProblem) view.root.append(this.saveProblemDialog(state.saveProblem.reason, state.saveProblem.keptAs));
    else start.focus();
    // Read by npm run bench:browser: the moment the title can be used.
    if (performance.getEntriesByName(TITLE_INTERACTIVE).length === 0) performance.mark(TITLE_INTERACTIVE);
  }

  private languageButton(locale: Locale, label: string): HTMLButtonElement {
    const pressed = this.locale === locale;
    return button(
      label,
      () => {
        this.services.store.getState().updateSettings({ locale });
        this.render();
      },
      { attrs: { 'aria-pressed': String(pressed), lang: locale }, testid: `lang-${locale}` },
    );
  }

  private settingsPanel(): HTMLElement {
    const { store } = this.services;
    const s = store.getState().settings;
    const update = (change: Parameters<ReturnType<typeof store.getState>['updateSettings']>[0]) => {
      store.getState().updateSettings(change);
      const next = store.getState().settings;
      this.services.audio.setLevel(next.volume, next.muted);
    };
    const volume = el('input', {
      attrs: { type: 'range', min: '0', max: '100', value: String(Math.round(s.volume * 100)) },
    });
    volume.addEventListener('input', () => update({ volume: Number(volume.value) / 100 }));
    const check = (label: string, value: boolean, change: (v: boolean) => void) => {
      const box = el('input', { attrs: { type: 'checkbox' } });
      box.checked = value;
      box.addEventListener('change', () => change(box.checked));
      return el('label', {}, [box, el('span', { text: label })]);
    };
    const size = el('select');
    for (const [value, label] of [
      ['normal', this.t('textSizeNormal')],
      ['large', this.t('textSizeLarge')],
      ['x-large', this.t('textSizeXLarge')],
    ] as const) {
      const option = el('option', { text: label, attrs: { value } });
      option.selected = s.textSize === value;
      size.append(option);
    }
    size.addEventListener('change', () => update({ textSize: size.value as TextSize }));
    return el('details', { className: 'settings' }, [
      el('summary', { text: this.t('settings') }),
      el('label', {}, [el('span', { text: this.t('volume') }), volume]),
      check(this.t('mute'), s.muted, (muted) => update({ muted })),
      el('label', {}, [el('span', { text: this.t('textSize') }), size]),
      check(this.t('reducedMotion'), s.reducedMotion, (reducedMotion) => update({ reducedMotion })),
    ]);
  }

  private saveProblemDialog(reason: string, keptAs: string): HTMLElement {
    const { store, storage } = this.services;
    const dismiss = button(
      this.t('saveProblemDismiss'),
      () => {
        store.getState().dismissSaveProblem();
        this.render();
      },
      { className: 'primary', testid: 'save-problem-dismiss' },
    );
    const dialog = el(
      'div',
      { className: 'dialog', testid: 'save-problem', attrs: { role: 'alertdialog', 'aria-modal': 'true' } },
      [
        el('h2', { text: this.t('saveProblemTitle') }),
        el('p', { text: this.t('saveProblemBody', { reason }) }),
        el('div', { className: 'row' }, [
          button(
            this.t('saveProblemExport'),
            () =>
              download(
                `${keptAs.slice(DAMAGED_PREFIX.length) || 'save'}-reprounds-damaged.json`,
                storage.getItem(keptAs) ?? '',
              ),
            {
              testid: 'save-problem-export',
            },
          ),
          dismiss,
        ]),
      ],
    );
    queueMicrotask(() => dismiss.focus());
    return dialog;
  }

  private start(): void {
    this.services.audio.play('ui-click');
    this.services.audio.startAmbience();
    const visit = this.services.store.getState().visit;
    if (visit) this.scene.start('visit', { scenario: visit.scenario, resume: true });
    else this.goToHospital();
  }

  private goToHospital(): void {
    this.services.audio.startAmbience();
    this.scene.start('hospital');
  }
}
