import { describe, expect, it } from 'vitest';
import { formatCoverage, measureCoverage } from '../../../src/core/check/coverage';

const story = (acts: string[], rules: string[], endings: string[]) =>
  [
    '# title: T',
    ...acts.map((a) => `* [move #act: ${a}] -> END`),
    ...rules.map((r) => `* [trap #act: opening.thanks #violation: ${r}] -> END`),
    ...endings.map((e) => `Bye. # ending: ${e}`),
  ].join('\n');

describe('library coverage', () => {
  it('counts each act and trapped rule per scenario, from choices only', () => {
    const c = measureCoverage(
      new Map([
        ['a', [story(['discovery.open_question', 'discovery.open_question'], ['privacy'], ['x', 'y', 'z'])]],
        ['b', [`${story(['discovery.open_question'], [], ['x'])}\nA line # act: closing.thanks`]],
      ]),
    );
    expect(Object.fromEntries(c.acts.get('discovery.open_question') ?? [])).toEqual({ a: 2, b: 1 });
    expect(c.acts.get('closing.thanks')?.size).toBe(0);
    expect(Object.fromEntries(c.rules.get('privacy') ?? [])).toEqual({ a: 1 });
    expect(c.endings.get('b')).toEqual(['x']);
    expect(c.shortfalls).toContain('scenario b has 1 endings (at least 3)');
    expect(c.shortfalls).toContain('rule off_label is never trapped');
    expect(c.shortfalls).toContain('act closing.thanks is used 0 times (at least 2)');
    expect(c.shortfalls.some((s) => s.startsWith('act discovery.open_question'))).toBe(false);
    expect(formatCoverage(c)).toMatch(/discovery\.open_question\s+2\s+1\s+3/);
  });
});
