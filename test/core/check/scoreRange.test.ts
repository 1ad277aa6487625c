import { describe, expect, it } from 'vitest';
import { exploreStory } from '../../../src/core/check/explore';
import { scoreRange } from '../../../src/core/check/scoreRange';
import type { CompiledStory } from '../../../src/core/ink/types';
import { EMPTY_VIEW, withAssumptions } from '../../../src/core/memory/memory';
import type { Difficulty } from '../../../src/core/visit/difficulty';
import { VisitSession } from '../../../src/core/visit/visitSession';
import { compileClean, fixture } from '../../support/stories';

/** Every path of a story, played one by one: slow, but what the range must agree with. */
function everyPath(story: CompiledStory, difficulty: Difficulty) {
  const totals: { path: number[]; total: number; passed: boolean }[] = [];
  const walk = (path: number[]) => {
    const visit = VisitSession.replay(story, path, { difficulty });
    if (visit.ended) {
      totals.push({ path: path.map((n) => n + 1), total: visit.report.total, passed: visit.report.passed });
      return;
    }
    for (let i = 0; i < visit.choices.length; i++) walk([...path, i]);
  };
  walk([]);
  return totals;
}

describe('the best and worst totals over every path', () => {
  for (const name of ['range.ink', 'minimal.ink', 'loop.ink', 'memory.ink', 'difficulty.ink'])
    for (const difficulty of ['standard', 'demanding'] as const) {
      it(`agree with playing every path of ${name} (${difficulty})`, () => {
        const story = compileClean(fixture(name));
        const range = scoreRange(
          story,
          exploreStory(story, { difficulty }).graph,
          withAssumptions(EMPTY_VIEW, story.header),
        );
        const all = everyPath(story, difficulty);
        const totals = all.map((p) => p.total);
        expect(range.best.total).toBe(Math.max(...totals));
        expect(range.worst.total).toBe(Math.min(...totals));
        const passing = all.filter((p) => p.passed).map((p) => p.total);
        expect(range.bestPassing?.total ?? null).toBe(passing.length ? Math.max(...passing) : null);
        // The paths it names really score what it says.
        for (const p of [range.best, range.worst])
          expect(
            VisitSession.replay(
              story,
              p.path.map((n) => n - 1),
              { difficulty },
            ).report.total,
          ).toBe(p.total);
      });
    }

  it('finds that the tempting early pitch and the rushed answer cost: the best path explores first', () => {
    const story = compileClean(fixture('range.ink'));
    const range = scoreRange(story, exploreStory(story).graph, EMPTY_VIEW);
    expect(range.best.path.slice(0, 3)).toEqual([1, 3, 2]);
    expect(range.loops).toBe(false);
  });
});
