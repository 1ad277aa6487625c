import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS, DIMENSIONS, isDimensionId } from '../../../src/core/methodology/dimensions';
import { GUIDE, GUIDE_PARTS } from '../../../src/core/methodology/guide';
import { LOCALES } from '../../../src/core/methodology/locale';
import { RULES } from '../../../src/core/methodology/rules';

const section = (id: string) => GUIDE.find((s) => s.id === id);

describe('the method guide', () => {
  it('has one section per dimension, in the seed’s order, after the premise and before knowledge', () => {
    for (const id of DIMENSION_IDS) expect(GUIDE.filter((s) => s.id === id)).toHaveLength(1);
    expect(GUIDE.map((s) => s.id)).toEqual([
      'premise',
      ...DIMENSION_IDS.filter((id) => id !== 'compliance'),
      'knowledge',
      'communication',
      'compliance',
    ]);
  });

  it('cites the seed section and title of each dimension, and a part that exists', () => {
    for (const s of GUIDE) {
      expect(GUIDE_PARTS.map((p) => p.part)).toContain(s.part);
      if (s.id !== 'premise') expect(s.seed.startsWith(`${s.part}.`)).toBe(true);
      if (isDimensionId(s.id)) {
        expect(s.seed).toBe(DIMENSIONS[s.id].seed);
        expect(s.title).toEqual(DIMENSIONS[s.id].label);
      }
    }
    expect(section('knowledge')?.seed).toBe('3.1');
    expect(section('communication')?.seed).toBe('3.2');
  });

  it('gives every section a plain-text body and title in both languages', () => {
    for (const s of GUIDE) {
      for (const locale of LOCALES) {
        expect(s.title[locale].trim().length).toBeGreaterThan(1);
        expect(s.body[locale].length).toBeGreaterThan(0);
        for (const text of s.body[locale]) {
          expect(text.trim().length).toBeGreaterThan(1);
          expect(text).not.toMatch(/\*\*|`|^#|^[-*] /);
          expect(text).toBe(text.trim());
        }
      }
      for (const text of s.body.en) expect(text).not.toMatch(/[\u4e00-\u9fff]/);
      for (const text of s.body['zh-CN']) expect(text).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('writes Chinese with full-width punctuation, never a half-width colon', () => {
    const zh = [
      ...GUIDE.flatMap((s) => [s.title['zh-CN'], ...s.body['zh-CN']]),
      ...GUIDE_PARTS.map((p) => p.title['zh-CN']),
    ];
    for (const text of zh) {
      expect(text).not.toContain(':');
      expect(text).not.toMatch(/[,;()?!]/);
    }
  });

  it('names every compliance rule, by its label, in the compliance section', () => {
    const compliance = section('compliance');
    expect(compliance).toBeDefined();
    for (const rule of Object.values(RULES)) {
      for (const locale of LOCALES) {
        const bullets = compliance?.body[locale].filter((t) => t.startsWith('• ') && t.includes(rule.label[locale]));
        expect(bullets, `${rule.id} (${locale})`).toHaveLength(1);
      }
    }
  });
});
