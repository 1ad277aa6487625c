import { describe, expect, it } from 'vitest';
import { VisitRestoreError } from '../../../src/core/visit/visitLog';
import { VisitSession } from '../../../src/core/visit/visitSession';
import { compileClean, fixture } from '../../support/stories';

const minimal = () => compileClean(fixture('minimal.ink'));

describe('a visit played headless', () => {
  it('plays a visit to its end, with clock, phase, customer and notes', () => {
    const visit = VisitSession.start(minimal());
    visit.choose(0);
    visit.choose(0);
    expect(visit.context).toMatchObject({
      phase: 'discovery',
      customer: { rapport: 65, patience: 55, state: 'engaged' },
      ledger: { minutes: 10, needs: [{ id: 'renal_dosing', text: '"Renal function worries me."' }] },
    });
    visit.choose(0);
    expect(visit.ended).toBe(true);
    expect(visit.context).toMatchObject({
      phase: 'closing',
      end: { ending: 'next_step_agreed', reason: 'story_ended' },
    });
    expect(visit.lines.map((l) => l.text)).toEqual(['"Next Tuesday, then."']);
    expect(() => visit.choose(0)).toThrow('the visit has ended');
  });

  it('plays the same choices to the same visit every time', () => {
    const story = minimal();
    const a = VisitSession.replay(story, [0, 1, 1]);
    const b = VisitSession.replay(story, [0, 1, 1]);
    expect(JSON.stringify(a.report)).toBe(JSON.stringify(b.report));
    expect(a.context.transcript).toEqual(b.context.transcript);
  });

  it('reports after every move, and has no verdict before the end', () => {
    const visit = VisitSession.start(minimal());
    expect(visit.report.dimensions.opening?.score).toBe(0);
    visit.choose(0);
    expect(visit.report.dimensions.opening?.score).toBe(100);
    expect(visit.report.failures[0]).toEqual({ condition: 'not_ended' });
    visit.choose(2);
    expect(visit.report.violations.map((v) => v.rule)).toEqual(['improper_benefit']);
  });

  it('restores a saved visit exactly from its move log, and plays on the same', () => {
    const story = minimal();
    const visit = VisitSession.start(story);
    visit.choose(0);
    const save = JSON.parse(JSON.stringify(visit.save()));
    expect(save).toEqual({
      format: 2,
      scenario: story.file,
      storyVersion: story.hash,
      difficulty: 'standard',
      memoryFormat: 1,
      memory: visit.context.setup.memory,
      moves: [0],
    });
    const resumed = VisitSession.restore(story, save);
    expect(resumed.context.transcript).toEqual(visit.context.transcript);
    expect(resumed.choices).toEqual(visit.choices);
    visit.choose(0);
    resumed.choose(0);
    visit.choose(0);
    resumed.choose(0);
    expect(JSON.stringify(resumed.report)).toBe(JSON.stringify(visit.report));
  });

  it('refuses a save made against another version of the story, saying why', () => {
    const story = minimal();
    const visit = VisitSession.start(story);
    visit.choose(0);
    const save = visit.save();
    const changed = { ...story, hash: '0123456789abcdef' };
    expect(() => VisitSession.restore(changed, save)).toThrow(VisitRestoreError);
    expect(() => VisitSession.restore(changed, save)).toThrow(
      /made with version .* but the story is now version 0123456789abcdef/,
    );
    expect(() => VisitSession.restore(story, { ...save, format: 1 } as never)).toThrow(/not a visit save/);
  });

  it('plays a harder customer at the demanding difficulty', () => {
    const story = minimal();
    const standard = VisitSession.start(story);
    const demanding = VisitSession.start(story, { difficulty: 'demanding' });
    expect(demanding.context.customer.patience).toBe(standard.context.customer.patience - 20);
  });
});
