import { describe, expect, it } from 'vitest';
import { VisitRestoreError, VisitSession } from '../../../src/core/visit/visitSession';
import { compileClean, fixture } from '../../support/stories';

const minimal = () => compileClean(fixture('minimal.ink'));

describe('a visit session', () => {
  it('plays a visit to its end, with clock, phase, customer and notes', () => {
    const visit = VisitSession.start(minimal());
    visit.choose(0);
    visit.choose(0);
    expect(visit.context).toMatchObject({
      phase: 'discovery',
      minutes: 6,
      customer: { rapport: 60, patience: 40, mood: 'sceptical' },
      needs: [{ id: 'renal_dosing', text: '"Renal function worries me."' }],
    });
    visit.choose(0);
    expect(visit.ended).toBe(true);
    expect(visit.context).toMatchObject({ phase: 'closing', ending: 'next_step_agreed', endReason: 'story_ended' });
    expect(visit.lines.map((l) => l.text)).toEqual(['"Next Tuesday, then."']);
    expect(() => visit.choose(0)).toThrow('the visit has ended');
  });

  it('ends early where the story asks, and never on its own', () => {
    const visit = VisitSession.start(minimal());
    visit.choose(1);
    expect(visit.ended).toBe(true);
    expect(visit.context.endReason).toBe('patience_exhausted');
    expect(visit.context.customer.patience).toBe(0);
    expect(visit.report.ended).toBe(true);
  });

  it('updates the report after every move', () => {
    const visit = VisitSession.start(minimal());
    expect(visit.report.dimensions.opening?.score).toBe(0);
    visit.choose(0);
    expect(visit.report.dimensions.opening?.score).toBe(100);
    visit.choose(2);
    expect(visit.report.violations.map((v) => v.rule)).toEqual(['improper_benefit']);
  });

  it('restores a saved visit exactly, and plays on the same', () => {
    const story = minimal();
    const visit = VisitSession.start(story);
    visit.choose(0);
    const save = JSON.parse(JSON.stringify(visit.save()));
    const resumed = VisitSession.restore(story, save);
    expect(resumed.context).toEqual(visit.context);
    expect(resumed.choices).toEqual(visit.choices);
    expect(resumed.lines.map((l) => l.text)).toEqual(visit.lines.map((l) => l.text));
    visit.choose(0);
    resumed.choose(0);
    visit.choose(0);
    resumed.choose(0);
    expect(resumed.context).toEqual(visit.context);
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
  });

  it('refuses a damaged save with a plain reason', () => {
    const story = minimal();
    const save = VisitSession.start(story).save();
    expect(() => VisitSession.restore(story, { ...save, ink: '{not json' })).toThrow(
      /story state in this save .* is damaged/,
    );
    expect(() => VisitSession.restore(story, { format: 2 } as never)).toThrow(/not a visit save/);
    expect(() => VisitSession.restore(story, null as never)).toThrow(VisitRestoreError);
  });
});
