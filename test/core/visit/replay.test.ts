import { describe, expect, it } from 'vitest';
import { replayVisit } from '../../../src/core/visit/replay';
import { compileClean, fixture } from '../../support/stories';

describe('replaying a visit', () => {
  it('reaches the same decision with the same state as playing it', () => {
    const story = compileClean(fixture('minimal.ink'));
    const replayed = replayVisit(story, [0, 0]);
    expect(replayed.context.minutes).toBe(6);
    expect(replayed.choices.map((c) => c.text)).toEqual(['Summarise and propose a next step', 'Leave']);
    replayed.choose(0);
    expect(replayed.report.ending).toBe('next_step_agreed');
  });

  it('refuses choices that a replay no longer offers', () => {
    const story = compileClean(fixture('minimal.ink'));
    expect(() => replayVisit(story, [0, 7])).toThrow('choice 8 was not offered');
  });
});
