import { describe, expect, it } from 'vitest';
import type { StoryChoice, StoryHeader, StoryLine } from '../../../src/core/ink/types';
import { EMPTY_VIEW, type MemoryView } from '../../../src/core/memory/memory';
import type { ActId } from '../../../src/core/methodology/acts';
import { NOTES } from '../../../src/core/scoring/judge';
import { absorbLines, closeLedger, judgeMove, openLedger, settleMove } from '../../../src/core/scoring/ledger';
import { reportOf } from '../../../src/core/scoring/scoreVisit';
import { choice, header, line } from '../../support/moves';

type Step = { move: Partial<StoryChoice>; after?: Partial<StoryLine>[] };

/** Folds moves into a ledger as the visit machine does, and reports. */
function play(
  steps: Step[],
  options: { header?: StoryHeader; memory?: MemoryView; opening?: Partial<StoryLine>[]; ended?: boolean } = {},
) {
  const h = options.header ?? header();
  let ledger = absorbLines(openLedger(h, options.memory ?? EMPTY_VIEW), (options.opening ?? []).map(line));
  steps.forEach((step, i) => {
    const c = choice({ text: `move ${i + 1}`, source: { file: 's.ink', line: 10 + i }, minutes: 3, ...step.move });
    ledger = settleMove(ledger, c, judgeMove(ledger, c), (step.after ?? []).map(line));
  });
  const ended = options.ended ?? true;
  return reportOf(closeLedger(ledger, ended), {
    scenario: 's',
    title: 'T',
    stage: h.stage,
    ended,
    endReason: ended ? 'story_ended' : null,
    ending: null,
  });
}

const acts = (...ids: ActId[]) => ({ acts: ids });
const GOOD: Step[] = [
  { move: acts('opening.thanks', 'opening.purpose_stated') },
  { move: acts('discovery.open_question', 'discovery.active_listening'), after: [{ needs: ['renal'] }] },
  { move: acts('discovery.open_question', 'discovery.active_listening'), after: [{ needs: ['bleeding'] }] },
  {
    move: { ...acts('value.need_linked', 'value.evidence_cited'), links: ['renal'] },
    after: [{ objections: ['cost'] }],
  },
  {
    move: acts(
      'objections.acknowledge',
      'objections.explore',
      'objections.evidence_response',
      'objections.defer_and_commit',
    ),
  },
  { move: acts('closing.summary', 'closing.thanks', 'closing.next_step') },
];
const points = (report: ReturnType<typeof play>, dimension: keyof typeof report.dimensions) =>
  report.dimensions[dimension]?.evidence.map((e) => (e.kind === 'act' ? [e.act, e.points] : [e.fact, e.points]));

describe('scoring a visit in context', () => {
  it('gives full marks to a visit that does what the method asks, in time, and passes it', () => {
    const report = play(GOOD);
    expect(report.total).toBe(100);
    expect(report.passed).toBe(true);
    expect(report.failures).toEqual([]);
  });

  it('traces every point to a move with its text and place, or to a measured fact', () => {
    const report = play(GOOD);
    const [first] = report.dimensions.opening?.evidence ?? [];
    expect(first).toMatchObject({
      kind: 'act',
      move: { turn: 1, text: 'move 1', source: { file: 's.ink', line: 10 } },
    });
    expect(report.dimensions.closing?.evidence.at(-1)).toMatchObject({ kind: 'fact', fact: 'visit_length', points: 0 });
  });

  it('halves a good act repeated on the same topic, and counts a question about a new need in full', () => {
    const same = play([
      { move: acts('discovery.open_question') },
      { move: acts('discovery.open_question') },
      { move: acts('discovery.open_question') },
    ]);
    expect(points(same, 'discovery')).toEqual([
      ['discovery.open_question', 40],
      ['discovery.open_question', 20],
      ['discovery.open_question', 0],
    ]);
    const fresh = play([
      { move: acts('discovery.open_question'), after: [{ needs: ['renal'] }] },
      { move: acts('discovery.open_question'), after: [{ needs: ['bleeding'] }] },
    ]);
    expect(points(fresh, 'discovery')).toEqual([
      ['discovery.open_question', 40],
      ['discovery.open_question', 40],
    ]);
  });

  it('counts a benefit linked to a need nobody revealed as a feature dump, and says which', () => {
    const report = play([{ move: { ...acts('value.need_linked'), links: ['renal'] } }]);
    expect(report.dimensions.value?.evidence[0]).toMatchObject({
      act: 'value.feature_dump',
      tagged: 'value.need_linked',
      points: -30,
      note: NOTES.needNotFound,
    });
    const found = play([
      { move: acts('discovery.open_question'), after: [{ needs: ['renal'] }] },
      { move: { ...acts('value.need_linked'), links: ['renal'] } },
    ]);
    expect(points(found, 'value')).toEqual([['value.need_linked', 50]]);
  });

  it('counts a need remembered from an earlier visit as known', () => {
    const memory = { ...EMPTY_VIEW, visits: 1, needs: [{ id: 'renal', text: 'Renal.' }] };
    const report = play([{ move: { ...acts('value.need_linked'), links: ['renal'] } }], { memory });
    expect(points(report, 'value')).toEqual([['value.need_linked', 50]]);
  });

  it('gives a summary nothing when no need is known, with the reason', () => {
    const empty = play([{ move: acts('closing.summary') }]);
    expect(empty.dimensions.closing?.evidence[0]).toMatchObject({
      act: 'closing.summary',
      points: 0,
      note: NOTES.nothingToSummarise,
    });
    const known = play([
      { move: acts('discovery.open_question'), after: [{ needs: ['renal'] }] },
      { move: acts('closing.summary') },
    ]);
    expect(points(known, 'closing')?.[0]).toEqual(['closing.summary', 30]);
  });

  it('halves evidence given before an objection was acknowledged or explored', () => {
    const rushed = play([{ move: acts('objections.evidence_response') }], { opening: [{ objections: ['cost'] }] });
    expect(points(rushed, 'objections')).toEqual([['objections.evidence_response', 18]]);
    const heard = play([{ move: acts('objections.explore') }, { move: acts('objections.evidence_response') }], {
      opening: [{ objections: ['cost'] }],
    });
    expect(points(heard, 'objections')).toEqual([
      ['objections.explore', 25],
      ['objections.evidence_response', 35],
    ]);
    const together = play([{ move: acts('objections.acknowledge', 'objections.evidence_response') }], {
      opening: [{ objections: ['cost'] }],
    });
    expect(points(together, 'objections')?.[1]).toEqual(['objections.evidence_response', 35]);
  });

  it('makes a poor act cost in a dimension the scenario does not declare, shown, and never raising the total', () => {
    const h = header({ dimensions: ['opening', 'compliance'] });
    const clean = play([{ move: acts('opening.purpose_stated') }], { header: h });
    const pushy = play([{ move: acts('opening.purpose_stated') }, { move: acts('relationship.transactional') }], {
      header: h,
    });
    expect(clean.dimensions.relationship).toBeUndefined();
    expect(pushy.dimensions.relationship).toMatchObject({ score: 60, declared: false });
    expect(pushy.total).toBeLessThanOrEqual(clean.total);
    // A poor move in a new dimension at 60 would raise a mean of 60 had it counted upwards.
    expect(pushy.total).toBe(clean.total);
    const good = play([{ move: acts('relationship.value_content') }], { header: h });
    expect(good.dimensions.relationship).toBeUndefined();
  });

  it('praises nothing in a move that breaks a rule, and fails the visit naming the rule', () => {
    const report = play([...GOOD.slice(0, 5), { move: { ...GOOD[5].move, violations: ['improper_benefit'] } }]);
    expect(report.passed).toBe(false);
    expect(report.failures).toContainEqual({ condition: 'violation', rules: ['improper_benefit'] });
    expect(report.dimensions.closing?.evidence.filter((e) => e.kind === 'act')).toEqual([]);
    expect(report.violations[0]).toMatchObject({ rule: 'improper_benefit', move: { turn: 6 } });
  });

  it('does not count minutes off the clock, and sets the window from the time the customer grants', () => {
    const prepared = play([
      { move: { ...acts('preparation.profile_reviewed'), minutes: 30, offClock: true } },
      ...GOOD,
    ]);
    expect(prepared.minutes).toBe(18);
    expect(prepared.window).toEqual({ min: 15, max: 30 });
    const short = play(GOOD, { opening: [{ timeGranted: 10 }] });
    expect(short.window).toEqual({ min: 0, max: 10 });
    expect(points(short, 'closing')?.at(-1)).toEqual(['visit_length', -40]);
  });

  it('names each condition of passing that failed: not ended, total, a dimension under the floor', () => {
    const unfinished = play(GOOD.slice(0, 2), { ended: false });
    expect(unfinished.passed).toBe(false);
    expect(unfinished.failures[0]).toEqual({ condition: 'not_ended' });
    const noDiscovery = play([GOOD[0], { move: acts('closing.thanks', 'closing.next_step') }]);
    expect(noDiscovery.failures).toContainEqual({
      condition: 'dimension',
      dimension: 'discovery',
      score: 0,
      floor: 40,
    });
    expect(noDiscovery.failures).toContainEqual({ condition: 'total', total: noDiscovery.total, mark: 70 });
  });

  it('lists promises open at the start as kept or broken, and the kept earn while the broken cost', () => {
    const h = header({ stage: 'follow_up', dimensions: ['relationship', 'compliance'] });
    const memory = {
      ...EMPTY_VIEW,
      visits: 1,
      openPromises: ['falls_data', 'copay'],
      promised: ['falls_data', 'copay'],
    };
    const report = play(
      [{ move: { ...acts('relationship.value_content'), keeps: ['falls_data'], promises: ['sub_study'] } }],
      {
        header: h,
        memory,
      },
    );
    expect(report.promises).toEqual([
      { id: 'falls_data', kept: true },
      { id: 'copay', kept: false },
    ]);
    expect(report.promised).toEqual(['sub_study']);
    expect(points(report, 'relationship')).toEqual([
      ['relationship.value_content', 30],
      ['relationship.promise_kept', 40],
      ['promise_broken', -40],
    ]);
  });

  it('counts two promises kept in one move as two, each in full', () => {
    const h = header({ stage: 'follow_up', dimensions: ['relationship', 'compliance'] });
    const memory = { ...EMPTY_VIEW, visits: 1, openPromises: ['card', 'leaflets'], promised: ['card', 'leaflets'] };
    const report = play([{ move: { keeps: ['card', 'leaflets'] } }], { header: h, memory });
    expect(points(report, 'relationship')).toEqual([
      ['relationship.promise_kept', 40],
      ['relationship.promise_kept', 40],
    ]);
  });

  it('fails a visit where an adverse event was heard of and never reported, once', () => {
    const heard = [{ text: 'She mentions nosebleeds.', adverseEvents: ['nosebleeds'] }];
    const silent = play([{ move: acts('discovery.open_question'), after: heard }]);
    expect(silent.violations).toMatchObject([{ rule: 'ae_unreported', move: null }]);
    const reported = play([
      { move: acts('discovery.open_question'), after: heard },
      { move: acts('solutions.ae_escalated') },
    ]);
    expect(reported.violations).toEqual([]);
    expect(reported.adverseEvents).toEqual([{ id: 'nosebleeds', reported: true }]);
    const tagged = play([{ move: { ...acts('solutions.ae_dismissed'), violations: ['ae_unreported'] }, after: heard }]);
    expect(tagged.violations.map((v) => v.rule)).toEqual(['ae_unreported']);
  });

  it('tells a trainee who declines an improper request that it was right, for no points', () => {
    const h = header({ dimensions: ['opening', 'compliance'] });
    const report = play([{ move: acts('compliance.declined') }], { header: h });
    expect(report.dimensions.compliance?.evidence[0]).toMatchObject({ act: 'compliance.declined', points: 0 });
    expect(report.dimensions.compliance?.score).toBe(100);
  });
});
