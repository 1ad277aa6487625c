import type { Locale } from '../../core/methodology/locale';
import { t } from '../i18n/strings';
import type { TextSize } from '../state/slices';
import type { GameStore } from '../state/store';
import { button, el } from './dom';

/** Volume, mute, text size, reduced motion and the move sound: on the title and in the visit's menu. */
export function settingsPanel(store: GameStore, locale: Locale): HTMLElement {
  const say = (key: Parameters<typeof t>[1]) => t(locale, key);
  const s = store.getState().settings;
  const update = store.getState().updateSettings;
  const volume = el('input', {
    attrs: {
      type: 'range',
      min: '0',
      max: '100',
      value: String(Math.round(s.volume * 100)),
      'aria-label': say('volume'),
    },
  });
  volume.addEventListener('input', () => update({ volume: Number(volume.value) / 100 }));
  const check = (label: string, value: boolean, change: (v: boolean) => void) => {
    const box = el('input', { attrs: { type: 'checkbox' } });
    box.checked = value;
    box.addEventListener('change', () => change(box.checked));
    return el('label', {}, [box, el('span', { text: label })]);
  };
  const size = el('select', { attrs: { 'aria-label': say('textSize') } });
  for (const [value, label] of [
    ['normal', say('textSizeNormal')],
    ['large', say('textSizeLarge')],
    ['x-large', say('textSizeXLarge')],
  ] as const) {
    const option = el('option', { text: label, attrs: { value } });
    option.selected = s.textSize === value;
    size.append(option);
  }
  size.addEventListener('change', () => update({ textSize: size.value as TextSize }));
  return el('details', { className: 'settings' }, [
    el('summary', { text: say('settings') }),
    el('label', {}, [el('span', { text: say('volume') }), volume]),
    check(say('mute'), s.muted, (muted) => update({ muted })),
    el('label', {}, [el('span', { text: say('textSize') }), size]),
    check(say('reducedMotion'), s.reducedMotion, (reducedMotion) => update({ reducedMotion })),
    check(say('cues'), s.cues, (cues) => update({ cues })),
  ]);
}

/** English and 中文, the chosen one pressed; `changed` runs after the switch. */
export function languageButtons(store: GameStore, current: Locale, changed: (locale: Locale) => void): HTMLElement {
  const choice = (locale: Locale, label: string) =>
    button(
      label,
      () => {
        store.getState().updateSettings({ locale });
        changed(locale);
      },
      { attrs: { 'aria-pressed': String(current === locale), lang: locale }, testid: `lang-${locale}` },
    );
  return el('div', { className: 'row', attrs: { role: 'group', 'aria-label': t(current, 'language') } }, [
    choice('en', 'English'),
    choice('zh-CN', '中文'),
  ]);
}
