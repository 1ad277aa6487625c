import { describe, expect, it } from 'vitest';
import { expressionOf } from '../../../src/core/visit/expression';

describe('the customer’s face', () => {
  it('shows the expression the story gave in this passage', () => {
    expect(expressionOf({ customer: { rapport: 80, patience: 80, state: 'engaged' }, mood: 'annoyed' })).toBe(
      'annoyed',
    );
  });

  it('otherwise follows the customer’s state', () => {
    const face = (state: 'guarded' | 'engaged' | 'irritated' | 'leaving', rapport = 50) =>
      expressionOf({ customer: { rapport, patience: 50, state }, mood: null });
    expect(face('engaged', 70)).toBe('pleased');
    expect(face('irritated')).toBe('annoyed');
    expect(face('leaving')).toBe('annoyed');
    expect(face('guarded', 35)).toBe('sceptical');
    expect(face('guarded', 50)).toBe('neutral');
  });
});
