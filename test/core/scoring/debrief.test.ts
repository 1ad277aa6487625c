import { describe, expect, it } from 'vitest';
import { debriefOf } from '../../../src/core/scoring/debrief';
import { transcriptOf } from '../../../src/core/visit/transcript';
import { VisitSession } from '../../../src/core/visit/visitSession';
import { compileClean, fixture } from '../../support/stories';

const minimal = compileClean(fixture('minimal.ink'));
const offLabel = compileClean(fixture('off-label-credit.ink'));
const debrief = (moves: number[], locale: 'en' | 'zh-CN' = 'en', story = minimal) => {
  const visit = VisitSession.replay(story, moves);
  return debriefOf(visit.report, transcriptOf(visit.context), locale);
};

describe('the debrief view', () => {
  it('gives a move that broke a rule no credit, says the score does not count, and puts the rule first', () => {
    // An off-label answer to an objection, tagged as answering it with data.
    const view = debrief([0, 0], 'en', offLabel);
    expect(view.scoreVoid).toBe('A compliance rule was broken, so the score does not count.');
    const fromClaim = view.dimensions.flatMap((d) => d.evidence).filter((e) => e.quote?.startsWith('Move 1'));
    expect(fromClaim.filter((e) => e.points > 0)).toEqual([]);
    const move = view.transcript.find((t) => t.kind === 'move' && t.turn === 1);
    expect(move?.kind === 'move' && move.annotations.filter((a) => a.startsWith('✓'))).toEqual([]);
    expect(view.nextTime[0]).toMatchObject({ quote: expect.stringMatching(/^Move 1: “Say the unpublished subgroup/) });
    expect(view.nextTime.length).toBeLessThanOrEqual(3);
    // The same answer from the label earns its credit.
    const clean = debrief([1, 0], 'en', offLabel).dimensions.flatMap((d) => d.evidence);
    expect(clean.find((e) => e.quote?.startsWith('Move 1'))?.points).toBeGreaterThan(0);
  });

  it('shows whole-number points and scores only', () => {
    const view = debrief([1, 1, 1]);
    const numbers = [
      ...view.dimensions.map((d) => d.score),
      ...view.dimensions.flatMap((d) => d.evidence.map((e) => e.points)),
    ];
    expect(numbers.every(Number.isInteger)).toBe(true);
    expect(view.scoreVoid).toBeNull();
    // A clean visit's things to do differently are the moves that cost the most, one each.
    const quotes = view.nextTime.map((n) => n.quote);
    expect(new Set(quotes).size).toBe(quotes.length);
  });

  it('writes Chinese with full-width punctuation', () => {
    const view = debrief([0, 2, 0], 'zh-CN');
    expect(view.nextTime[0].quote).toMatch(/^第2步：“/);
  });
});
