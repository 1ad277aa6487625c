import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/core/check/diagnostics';
import { exploreStory } from '../../../src/core/check/explore';
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
