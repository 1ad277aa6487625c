import { describe, expect, it } from 'vitest';
import type { StoryChoice, StoryHeader } from '../../../src/core/ink/types';
import type { ActId } from '../../../src/core/methodology/acts';
import type { RuleId } from '../../../src/core/methodology/rules';
import { PASS_MARK, scoreVisit, type VisitFacts } from '../../../src/core/scoring/scoreVisit';
import type { Move } from '../../../src/core/visit/visitMachine';

const header: StoryHeader = {
  title: 'T',
  segment: 'kol',
  stage: 'first_visit',
  dimensions: ['opening', 'discovery', 'value', 'objections', 'closing', 'compliance'],
  lang: 'en',
  customer: null,
};

function move(turn: number, acts: ActId[], violations: RuleId[] = [], minutes = 3): Move {
  const choice: StoryChoice = {
    index: 0,
    id: `k.${turn}`,
    text: `move ${turn}`,
    acts,
    violations,
    claims: [],
    minutes,
    phase: null,
    source: { file: 's.ink', line: 10 + turn },
  };
  return { turn, choice, phase: 'opening', minutesBefore: 0 };
}

const facts = (moves: Move[], over: Partial<VisitFacts> = {}): VisitFacts => ({
  scenario: 's.ink',
  header,
  moves,
  minutes: 20,
  ended: true,
  endReason: 'story_ended',
  ending: null,
  ...over,
});

const GOOD: ActId[][] = [
  ['opening.thanks', 'opening.purpose_stated'],
  ['discovery.open_question', 'discovery.active_listening'],
  ['discovery.open_question', 'discovery.active_listening'],
  ['value.need_linked', 'value.evidence_cited'],
  ['objections.acknowledge', 'objections.explore', 'objections.evidence_response', 'objections.defer_and_commit'],
  ['closing.summary', 'closing.thanks', 'closing.next_step'],
];

describe('scoring a visit', () => {
  it('gives full marks to a visit that does what the method asks, in time, and passes it', () => {
    const report = scoreVisit(facts(GOOD.map((acts, i) => move(i + 1, acts))));
    expect(report.total).toBe(100);
    expect(report.passed).toBe(true);
    expect(report.dimensions.compliance?.score).toBe(100);
  });

  it('traces every point to a move with its text, act, file and line', () => {
    const report = scoreVisit(facts([move(1, ['opening.purpose_stated'])]));
    expect(report.dimensions.opening).toMatchObject({
      score: 60,
      evidence: [
        {
          kind: 'act',
          act: 'opening.purpose_stated',
          points: 60,
          move: { turn: 1, text: 'move 1', source: { file: 's.ink', line: 11 } },
        },
      ],
    });
    const item = report.dimensions.opening?.evidence[0];
    expect(item?.feedback.en).toMatch(/\w/);
    expect(item?.feedback['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  });

  it('pays a good act in full the first time, half the second, nothing after', () => {
    const moves = [1, 2, 3].map((t) => move(t, ['discovery.open_question']));
    const evidence = scoreVisit(facts(moves)).dimensions.discovery?.evidence ?? [];
    expect(evidence.map((e) => e.points)).toEqual([40, 20, 0]);
    expect(evidence.map((e) => e.note !== null)).toEqual([false, true, true]);
  });

  it('takes a poor act’s weight every time, and keeps the score within 0-100', () => {
    const moves = [
      move(1, ['opening.purpose_stated']),
      move(2, ['opening.long_intro']),
      move(3, ['opening.long_intro']),
    ];
    const opening = scoreVisit(facts(moves)).dimensions.opening;
    expect(opening?.evidence.map((e) => e.points)).toEqual([60, -40, -40]);
    expect(opening?.score).toBe(0);
  });

  it('takes a poor act off a dimension already full, so it never hides in a surplus', () => {
    const moves = [
      move(1, ['discovery.open_question', 'discovery.active_listening']),
      move(2, ['discovery.open_question', 'discovery.active_listening']),
      move(3, ['discovery.interrupt']),
    ];
    expect(scoreVisit(facts(moves)).dimensions.discovery?.score).toBe(100 - 30);
  });

  it('fails a visit with a violation whatever else scored, listing the rule first', () => {
    const moves = GOOD.map((acts, i) => move(i + 1, acts));
    moves.push(move(7, ['closing.thanks'], ['improper_benefit']));
    const report = scoreVisit(facts(moves));
    expect(report.total).toBe(100);
    expect(report.passed).toBe(false);
    expect(report.violations).toMatchObject([{ rule: 'improper_benefit', move: { turn: 7, text: 'move 7' } }]);
    expect(report.dimensions.compliance?.score).toBe(0);
  });

  it('pays nothing for the good acts of a move that breaks a rule, and says so', () => {
    const report = scoreVisit(facts([move(1, ['value.need_linked', 'value.feature_dump'], ['prescription_tracking'])]));
    const evidence = report.dimensions.value?.evidence ?? [];
    expect(evidence.map((e) => e.points)).toEqual([0, -30]);
    expect(evidence[0].note?.en).toContain('broke a compliance rule');
    expect(report.violations.map((v) => v.rule)).toEqual(['prescription_tracking']);
  });

  it.each([
    [14, -5],
    [15, 0],
    [30, 0],
    [33, -15],
    [60, -40],
  ])('scores a first visit of %i minutes %i points in closing, and says why', (minutes, points) => {
    const closing = scoreVisit(facts([move(1, ['closing.next_step'])], { minutes })).dimensions.closing;
    const fact = closing?.evidence.find((e) => e.kind === 'fact');
    expect(fact?.points).toBe(points);
    expect(fact?.feedback.en).toContain(`${minutes} minutes`);
    expect(closing?.score).toBe(50 + points);
  });

  it('measures the visit length only once the visit has ended', () => {
    const closing = scoreVisit(facts([], { minutes: 3, ended: false })).dimensions.closing;
    expect(closing?.evidence).toEqual([]);
  });

  it('averages the scenario’s dimensions into the total and names the ones it leaves out', () => {
    const report = scoreVisit(
      facts([move(1, ['opening.purpose_stated', 'opening.thanks']), move(2, ['relationship.promise_kept'])]),
    );
    expect(report.total).toBe(Math.round((100 + 0 + 0 + 0 + 0) / 5));
    expect(report.dimensions.relationship).toBeUndefined();
    expect(report.leftOut).toEqual(['targeting', 'access', 'preparation', 'relationship', 'solutions', 'records']);
    expect(report.passed).toBe(report.total >= PASS_MARK);
  });

  it('gives the same report for the same moves, every time', () => {
    const moves = GOOD.map((acts, i) => move(i + 1, acts));
    expect(JSON.stringify(scoreVisit(facts(moves)))).toBe(JSON.stringify(scoreVisit(facts(moves))));
  });
});
