import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTS } from '../../../src/core/methodology/acts';
import { DIMENSION_IDS, DIMENSIONS } from '../../../src/core/methodology/dimensions';
import { LOCALES } from '../../../src/core/methodology/locale';
import { RULES } from '../../../src/core/methodology/rules';

const METHODOLOGY = resolve(import.meta.dirname, '../../../../shared/design/methodology.md');

/** The ids in the first column of the methodology table under `heading`. */
function tableIds(markdown: string, heading: string): string[] {
  const section = markdown.split(/^## /m).find((s) => s.startsWith(heading)) ?? '';
  return [...section.matchAll(/^\| `([a-z_.]+)` \|/gm)].map((m) => m[1]);
}

describe('the method’s vocabulary', () => {
  it.runIf(existsSync(METHODOLOGY))('has every act, rule and dimension of methodology.md, and no other', () => {
    const markdown = readFileSync(METHODOLOGY, 'utf8');
    expect(Object.keys(ACTS)).toEqual(tableIds(markdown, 'Acts'));
    expect(Object.keys(RULES)).toEqual(tableIds(markdown, 'Compliance rules'));
    expect([...DIMENSION_IDS]).toEqual(tableIds(markdown, 'Scoring dimensions'));
  });

  it('gives every act, rule and dimension its text in each language', () => {
    const texts = [
      ...Object.values(ACTS).flatMap((a) => [a.label, a.feedback]),
      ...Object.values(RULES).flatMap((r) => [r.label, r.feedback]),
      ...Object.values(DIMENSIONS).map((d) => d.label),
    ];
    for (const text of texts) {
      for (const locale of LOCALES) expect(text[locale].trim().length).toBeGreaterThan(1);
      expect(text['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(text.en).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('weighs good acts up and poor acts down, in the dimension their id names', () => {
    for (const act of Object.values(ACTS)) {
      expect(act.id.startsWith(`${act.dimension}.`)).toBe(true);
      expect(DIMENSION_IDS).toContain(act.dimension);
      expect(act.weight).toBeGreaterThanOrEqual(0);
      expect([1, -1]).toContain(act.polarity);
    }
  });
});
