import { describe, expect, it } from 'vitest';
import { pickLocale, STRINGS, t } from '../../src/game/i18n/strings';

const keysOf = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe('interface strings', () => {
  it('exist in both languages for every key, with the same placeholders', () => {
    expect(keysOf(STRINGS['zh-CN']).sort()).toEqual(keysOf(STRINGS.en).sort());
    for (const key of keysOf(STRINGS.en)) {
      const get = (l: 'en' | 'zh-CN') =>
        key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], STRINGS[l]) as string;
      const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(holes(get('zh-CN')), key).toEqual(holes(get('en')));
      expect(get('zh-CN').trim(), key).not.toBe('');
    }
  });

  it('fills placeholders', () => {
    expect(t('en', 'window', { min: 15, max: 30 })).toBe('Aim: 15-30 min');
    expect(t('zh-CN', 'minutes', { n: 7 })).toBe('7分钟');
  });

  it('starts in the chosen language, else the browser’s, else English', () => {
    expect(pickLocale('en', ['zh-CN'])).toBe('en');
    expect(pickLocale(null, ['zh-TW', 'en'])).toBe('zh-CN');
    expect(pickLocale(null, ['fr-FR'])).toBe('en');
  });
});
