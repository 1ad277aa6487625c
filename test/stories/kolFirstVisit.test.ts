import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exploreStory } from '../../src/core/check/explore';
import { bestPath, scoreRange } from '../../src/core/check/scoreRange';
import type { CompiledStory } from '../../src/core/ink/types';
import { EMPTY_VIEW } from '../../src/core/memory/memory';
import { VisitSession } from '../../src/core/visit/visitSession';
import { compileClean } from '../support/stories';

const SCENARIO = 'stories/kol-cardiology-first-visit';
const GOLDEN = resolve(import.meta.dirname, 'golden/kol-cardiology-first-visit.json');
const stories = { en: compileClean(`${SCENARIO}/en.ink`), 'zh-CN': compileClean(`${SCENARIO}/zh-CN.ink`) };

/**
 * The paths the golden record plays: the best path the story check finds, and the first path it finds to
 * each ending. Recorded in the golden file, so a change to the story shows up as a change of path or score.
 */
function paths(story: CompiledStory): Record<string, number[]> {
  const explored = exploreStory(story);
  const best = bestPath(scoreRange(story, explored.graph, EMPTY_VIEW));
  return Object.fromEntries([
    ['best', best.path],
    ...explored.endings.map((e) => [e.id ?? 'untagged', [...e.path]]),
  ]) as Record<string, number[]>;
}

function playthrough(story: CompiledStory, path: readonly number[]) {
  const visit = VisitSession.replay(
    story,
    path.map((n) => n - 1),
    { scenario: 'kol-cardiology-first-visit' },
  );
  const r = visit.report;
  return {
    path,
    ended: r.ended,
    ending: r.ending,
    endReason: r.endReason,
    minutes: r.minutes,
    total: r.total,
    passed: r.passed,
    failures: r.failures.map((f) => f.condition),
    scores: Object.fromEntries(Object.entries(r.dimensions).map(([id, d]) => [id, d?.score])),
    violations: r.violations.map((v) => v.rule),
    customer: visit.context.customer,
    moves: visit.context.moves.map((m) => [
      m.choice.acts.join(' '),
      m.choice.violations.join(' '),
      m.choice.minutes,
      m.phase,
    ]),
    visit,
  };
}

describe('the KOL first visit, played to each ending', () => {
  const record = Object.fromEntries(
    Object.entries(paths(stories.en)).map(([name, path]) => {
      const { visit: _v, ...summary } = playthrough(stories.en, path);
      return [name, summary];
    }),
  );
  if (process.env.UPDATE_GOLDEN || !existsSync(GOLDEN)) writeFileSync(GOLDEN, `${JSON.stringify(record, null, 2)}\n`);
  const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, ReturnType<typeof playthrough>>;

  for (const [lang, story] of Object.entries(stories)) {
    it.each(Object.keys(golden))(`${lang}: %s plays and scores as recorded`, (name) => {
      const { visit, ...summary } = playthrough(story, golden[name].path);
      expect(JSON.parse(JSON.stringify(summary))).toEqual(golden[name]);
      expect(visit.header.lang).toBe(lang);
      const said = visit.context.transcript.map((t) => (t.kind === 'line' ? t.text : '')).join('');
      expect(/[\u4e00-\u9fff]/.test(said)).toBe(lang === 'zh-CN');
    });
  }

  it('finds the same paths in the story as the record holds', () => {
    expect(paths(stories.en)).toEqual(Object.fromEntries(Object.entries(golden).map(([k, g]) => [k, g.path])));
  });

  it('passes the visit that follows the method, in the window, and fails every trap', () => {
    expect(golden.best).toMatchObject({ passed: true, violations: [] });
    expect(golden.best.minutes).toBeGreaterThanOrEqual(15);
    expect(golden.best.minutes).toBeLessThanOrEqual(30);
    for (const g of Object.values(golden)) if (g.violations.length) expect(g.passed).toBe(false);
    expect(golden.patience_exhausted.endReason).toBe('patience_exhausted');
  });

  it('meets the bar for a scenario: 12 decisions, 3 endings, good and poor moves in every part of a first visit', () => {
    expect(Object.keys(golden).filter((k) => k !== 'best').length).toBeGreaterThanOrEqual(3);
    expect(golden.best.path.length).toBeGreaterThanOrEqual(12);
    const source = readFileSync(`${SCENARIO}/en.ink`, 'utf8');
    for (const dimension of ['opening', 'discovery', 'value', 'objections', 'closing']) {
      const acts = new Set(
        [...source.matchAll(new RegExp(`#\\s*act:\\s*(${dimension}\\.\\w+)`, 'g'))].map((m) => m[1]),
      );
      expect(acts.size, dimension).toBeGreaterThanOrEqual(2);
    }
    expect(source).toMatch(/#\s*violation:\s*off_label/);
  });
});
