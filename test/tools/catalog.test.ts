import catalog from 'virtual:reprounds/catalog';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/tools/catalog';

describe('the scenario catalog', () => {
  it('lists each scenario once, with its title and story in each language', () => {
    const kol = catalog.find((e) => e.id === 'kol-cardiology-first-visit');
    expect(kol).toMatchObject({ segment: 'kol', stage: 'first_visit', customer: 'zhou' });
    expect(kol?.locales.en?.path).toBe('/stories/kol-cardiology-first-visit/en.ink');
    expect(kol?.needs).toContain('renal_dosing');
    expect(kol?.locales['zh-CN']?.title).toMatch(/[\u4e00-\u9fff]/);
    expect(new Set(catalog.map((e) => e.id)).size).toBe(catalog.length);
  });

  it('fails with path:line when a story in the folder is broken', () => {
    expect(() => buildCatalog(process.cwd(), 'test/fixtures/ink')).toThrow(
      /unknown-ids\.ink:\d+: unknown|syntax-error\.ink:5/,
    );
  });
});
