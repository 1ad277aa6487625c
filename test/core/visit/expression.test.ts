import { describe, expect, it } from 'vitest';
import { expressionOf } from '../../../src/core/visit/expression';

describe('the customer’s expression', () => {
  it.each([
    [{ mood: 'annoyed', rapport: 90, patience: 90 }, 'annoyed'],
    [{ mood: 'pleased', rapport: 10, patience: 10 }, 'pleased'],
    [{ mood: 'neutral', rapport: 50, patience: 15 }, 'annoyed'],
    [{ mood: 'neutral', rapport: 75, patience: 60 }, 'pleased'],
    [{ mood: 'neutral', rapport: 25, patience: 60 }, 'sceptical'],
    [{ mood: 'neutral', rapport: 50, patience: 60 }, 'neutral'],
    [{ mood: 'neutral', rapport: null, patience: null }, 'neutral'],
  ] as const)('shows %o as %s', (customer, expected) => {
    expect(expressionOf(customer)).toBe(expected);
  });
});
