import { describe, expect, it } from 'vitest';
import { moveTone } from '../../../src/core/scoring/moveTone';

describe('the tone of a move', () => {
  it('is poor with a violation, even beside good acts', () => {
    expect(moveTone({ acts: ['value.need_linked'], violations: ['improper_benefit'] })).toBe('poor');
  });
  it('is poor with any poor act', () => {
    expect(moveTone({ acts: ['closing.thanks', 'closing.no_next_step'], violations: [] })).toBe('poor');
  });
  it('is good with good acts only, and neutral with none that score', () => {
    expect(moveTone({ acts: ['discovery.open_question'], violations: [] })).toBe('good');
    expect(moveTone({ acts: ['compliance.medical_referral'], violations: [] })).toBe('neutral');
    expect(moveTone({ acts: [], violations: [] })).toBe('neutral');
  });
});
