import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/core/check/diagnostics';
import { exploreStory, shareExploration } from '../../../src/core/check/explore';
import { memoryVariants } from '../../../src/core/check/memoryVariants';
import { EMPTY_VIEW } from '../../../src/core/memory/memory';
import { compileInkFile } from '../../../src/tools/compileInk';
import { fixture } from '../../support/stories';

function explore(name: string, maxStates?: number) {
  const { story } = compileInkFile(fixture(name));
  if (!story) throw new Error(`${name} should compile`);
  return { story, result: exploreStory(story, { maxStates }) };
}

describe('exploring every path of a story', () => {
  it('finds every ending with a path to it, and the early end a story asks for', () => {
    const { result } = explore('minimal.ink');
    expect(result.complete).toBe(true);
    const byId = Object.fromEntries(result.endings.map((e) => [e.id, e]));
    expect(Object.keys(byId).sort()).toEqual(['next_step_agreed', 'no_next_step', 'walked_out']);
    expect(byId.walked_out).toEqual({ id: 'walked_out', path: [2], minutes: 6, endReason: 'patience_exhausted' });
    expect(byId.next_step_agreed.path).toHaveLength(3);
    expect(byId.next_step_agreed.path.at(-1)).toBe(1);
    expect(byId.no_next_step.endReason).toBe('story_ended');
    expect(result.endings).toHaveLength(3);
    expect(result.diagnostics).toEqual([]);
  });

  it('reports dead ends after the choice that leads there, and unreachable knots', () => {
    const { story, result } = explore('dead-end.ink');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `${story.file}:5: after choices 1: dead end: the story runs out of content without -> END`,
      `${story.file}:13: knot 'orphan' is never reached`,
    ]);
  });

  it('warns about choices with no act', () => {
    const { story, result } = explore('no-act.ink');
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `${story.file}:5: warning: choice has no # act: or # violation: tag, so it scores nothing`,
    ]);
  });

  it('follows a question hub where once-only choices run out', () => {
    const { result } = explore('loop.ink');
    expect(result.complete).toBe(true);
    expect(result.endings.map((e) => e.id)).toEqual(['left']);
    expect(result.diagnostics).toEqual([]);
  });

  it('says when the state bound stopped it, and then reports no unreachable knot it could not prove', () => {
    const { result } = explore('minimal.ink', 2);
    expect(result.complete).toBe(false);
    expect(result.diagnostics.filter((d) => d.message.includes('never reached'))).toEqual([]);
  });
});

describe('explorations of one story sharing their work', () => {
  const { story } = compileInkFile(fixture('memory.ink'));
  if (!story) throw new Error('memory.ink should compile');
  const sources = [readFileSync(fixture('memory.ink'), 'utf8')];
  const summary = (e: ReturnType<typeof exploreStory>) => ({
    states: e.states,
    complete: e.complete,
    endings: e.endings.map((x) => x.id).sort(),
    diagnostics: e.diagnostics.map(formatDiagnostic),
  });

  it('find what a search of their own finds, at every difficulty and memory, playing each ink move once', () => {
    const shared = shareExploration(story);
    for (const difficulty of ['standard', 'demanding'] as const)
      for (const memory of memoryVariants(sources, story.header)) {
        const alone = exploreStory(story, { difficulty, memory });
        expect(summary(exploreStory(story, { difficulty, memory, shared }))).toEqual(summary(alone));
      }
    const played = [...shared.moves.values()].flat().length;
    exploreStory(story, { difficulty: 'standard', memory: EMPTY_VIEW, shared });
    expect([...shared.moves.values()].flat().length).toBe(played);
  });

  it('from another memory, stop where they join the first search, and together reach what both reach', () => {
    const [assumed, ...others] = memoryVariants(sources, story.header);
    const shared = shareExploration(story);
    const first = exploreStory(story, { memory: assumed, shared });
    expect(first.join).not.toBeNull();
    for (const memory of others) {
      const alone = exploreStory(story, { memory, graph: false });
      const joined = exploreStory(story, { memory, shared, graph: false, joinWith: first });
      const reached = (e: ReturnType<typeof exploreStory>) =>
        new Set([...first.endings, ...e.endings].map((x) => x.id));
      expect(reached(joined)).toEqual(reached(alone));
      expect(joined.states).toBeLessThanOrEqual(alone.states);
    }
  });
});
