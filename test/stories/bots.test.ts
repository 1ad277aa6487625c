import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { longestChoice, longestOnPath, mostMethodWords, playWith, tagReader } from '../../src/core/check/bots';
import { exploreStory } from '../../src/core/check/explore';
import { techniquesNamed } from '../../src/core/check/methodWords';
import { bestPath, scoreRange } from '../../src/core/check/scoreRange';
import { EMPTY_VIEW, withAssumptions } from '../../src/core/memory/memory';
import { compileClean } from '../support/stories';

const scenarios = readdirSync('stories', { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const LOCALES = ['en', 'zh-CN'] as const;
/** How far below the best path the tag reader must fall, and in how many scenarios at least. */
const GAP = 15;
const SCENARIOS_WITH_GAP = 12;

describe('scores that cannot be gamed', () => {
  for (const locale of LOCALES) {
    it.each(scenarios)(`${locale}: always taking the longest choice passes no scenario (%s)`, (id) => {
      const { report, path } = playWith(compileClean(`stories/${id}/${locale}.ink`), longestChoice);
      expect(report.passed, `passed at ${report.total} with choices ${path.join(',')}`).toBe(false);
    });
  }

  for (const locale of LOCALES) {
    it.each(scenarios)(`${locale}: always taking the most method words passes no scenario (%s)`, (id) => {
      const { report, path } = playWith(compileClean(`stories/${id}/${locale}.ink`), mostMethodWords);
      expect(report.passed, `passed at ${report.total} with choices ${path.join(',')}`).toBe(false);
    });

    it.each(scenarios)(`${locale}: the best choice is the longest in at most a third of decisions (%s)`, (id) => {
      const story = compileClean(`stories/${id}/${locale}.ink`);
      const best = bestPath(scoreRange(story, exploreStory(story).graph, withAssumptions(EMPTY_VIEW, story.header)));
      const { decisions, longest } = longestOnPath(story, best.path);
      expect(longest * 3, `${longest} of ${decisions}`).toBeLessThanOrEqual(decisions);
    });

    it.each(scenarios)(`${locale}: no choice names a technique of the method (%s)`, (id) => {
      const story = compileClean(`stories/${id}/${locale}.ink`);
      const named = exploreStory(story)
        .graph.decisions.flatMap((d) => d.edges)
        .map((e) => e.choice.text)
        .filter((text) => techniquesNamed(text).length);
      expect([...new Set(named)]).toEqual([]);
    });
  }

  it(`taking the most points each move shows on its own scores at least ${GAP} below the best path in ${SCENARIOS_WITH_GAP} of the scenarios`, () => {
    const rows = scenarios.map((id) => {
      const story = compileClean(`stories/${id}/en.ink`);
      const best = bestPath(
        scoreRange(story, exploreStory(story).graph, withAssumptions(EMPTY_VIEW, story.header)),
      ).total;
      const greedy = playWith(story, tagReader);
      return { id, best, greedy: greedy.report.total, path: greedy.path.join(','), gap: best - greedy.report.total };
    });
    const short = rows.filter((r) => r.gap < GAP);
    expect(rows.length - short.length, JSON.stringify(short, null, 1)).toBeGreaterThanOrEqual(SCENARIOS_WITH_GAP);
  }, 120_000);

  it('plays the tag reader the same in both languages', () => {
    for (const id of scenarios) {
      const [en, zh] = LOCALES.map((l) => playWith(compileClean(`stories/${id}/${l}.ink`), tagReader));
      expect(zh.path, id).toEqual(en.path);
      expect(zh.report.total, id).toBe(en.report.total);
    }
  });
});
