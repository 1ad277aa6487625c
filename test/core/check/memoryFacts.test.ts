import { describe, expect, it } from 'vitest';
import { answerOf, FactNumbers, factsAhead, factsJudgingReads } from '../../../src/core/check/memoryFacts';
import { EMPTY_VIEW, type MemoryView } from '../../../src/core/memory/memory';
import { memoryExternals } from '../../../src/core/visit/storyActor';
import { choice } from '../../support/moves';

const remembered: MemoryView = {
  ...EMPTY_VIEW,
  visits: 1,
  needs: [{ id: 'renal', text: 'Renal dosing' }],
  promised: ['card'],
  openPromises: ['card'],
};

describe('the memory facts a path can depend on', () => {
  it('are answered as the story and judging would ask them', () => {
    expect(answerOf(remembered, 'remembers:renal')).toBe(true);
    expect(answerOf(remembered, 'remembers:card')).toBe(true);
    expect(answerOf(remembered, 'promise_open:card')).toBe(true);
    expect(answerOf(remembered, 'need:card')).toBe(false);
    expect(answerOf(remembered, 'need:renal')).toBe(true);
    expect(answerOf(remembered, 'any_need')).toBe(true);
    expect(answerOf(remembered, 'visits_before')).toBe(1);
    expect(answerOf(EMPTY_VIEW, 'any_need')).toBe(false);
  });

  it('that judging reads: links to needs not revealed, a summary with nothing revealed, promises kept', () => {
    const linked = choice({ acts: ['value.need_linked'], links: ['renal', 'bleeding'] });
    expect(factsJudgingReads(linked, ['bleeding'])).toEqual(['need:renal']);
    expect(factsJudgingReads(choice({ acts: ['value.evidence_cited'], links: ['renal'] }), [])).toEqual([]);
    expect(factsJudgingReads(choice({ acts: ['closing.summary'] }), [])).toEqual(['any_need']);
    expect(factsJudgingReads(choice({ acts: ['closing.summary'] }), ['renal'])).toEqual([]);
    expect(factsJudgingReads(choice({ keeps: ['card'] }), ['renal'])).toEqual(['promise_open:card']);
  });

  it('are numbered as bits, and two memories differ on the facts they answer differently', () => {
    const numbers = new FactNumbers();
    const mask = numbers.maskOf(['remembers:renal', 'promise_open:card']);
    expect(mask).toBe(0b11);
    expect(numbers.maskOf(['need:renal', 'remembers:renal'])).toBe(0b101);
    const differs = numbers.differences(remembered, { ...remembered, openPromises: [] });
    expect(differs & 0b111).toBe(0b010);
    expect(numbers.differences(remembered, remembered) & 0b111).toBe(0);
  });

  it('beyond 30 numbered facts, count as different for every memory', () => {
    const numbers = new FactNumbers();
    const many = Array.from({ length: 31 }, (_, i) => `remembers:n${i}`);
    const last = numbers.maskOf(many) & ~((1 << 30) - 1);
    expect(last).not.toBe(0);
    expect(numbers.differences(EMPTY_VIEW, EMPTY_VIEW) & last).toBe(last);
  });

  it('gathers what every path on from a decision reads, round a loop too', () => {
    // 0 -> 1 -> 2, 2 -> 1
    const ahead = factsAhead([0b001, 0b010, 0b100], [[1], [2], [1]]);
    expect([...ahead]).toEqual([0b111, 0b110, 0b110]);
  });
});

describe('the facts the story asks', () => {
  it('are answered as the game answers the story’s external functions', () => {
    for (const view of [remembered, EMPTY_VIEW]) {
      const game = memoryExternals(view, () => 0);
      for (const id of ['renal', 'card', 'other']) {
        expect(answerOf(view, `remembers:${id}`)).toBe(game.remembers(id));
        expect(answerOf(view, `promise_open:${id}`)).toBe(game.promiseOpen(id));
      }
      expect(answerOf(view, 'visits_before')).toBe(game.visitsBefore());
    }
  });
});
