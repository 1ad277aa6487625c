import { describe, expect, it } from 'vitest';
import {
  EMPTY_MEMORY,
  EMPTY_VIEW,
  knownBefore,
  MemoryFormatError,
  memoryViewFor,
  readMemory,
  rememberVisit,
  type VisitOutcome,
  withAssumptions,
} from '../../../src/core/memory/memory';

const outcome = (over: Partial<VisitOutcome>): VisitOutcome => ({
  scenario: 'first',
  needs: [],
  promised: [],
  kept: [],
  materials: [],
  adverseEvents: [],
  ending: 'booked',
  passed: true,
  total: 80,
  ...over,
});

describe('what customers remember', () => {
  it('remembers a visit per scenario and shows a visit every other scenario with that customer', () => {
    let memory = rememberVisit(
      EMPTY_MEMORY,
      'zhou',
      outcome({ needs: [{ id: 'renal', text: 'Renal.' }], promised: ['falls'] }),
    );
    memory = rememberVisit(memory, 'chen', outcome({ scenario: 'other', needs: [{ id: 'leaflets', text: 'L' }] }));
    const followUp = memoryViewFor(memory, 'zhou', 'follow_up');
    expect(followUp).toMatchObject({ visits: 1, needs: [{ id: 'renal', text: 'Renal.' }], openPromises: ['falls'] });
    expect(followUp.last?.scenario).toBe('first');
    // Replaying the first visit does not know what the first visit itself revealed.
    expect(memoryViewFor(memory, 'zhou', 'first')).toEqual(EMPTY_VIEW);
    expect(memoryViewFor(memory, null, 'first')).toEqual(EMPTY_VIEW);
  });

  it('keeps only the latest play of a scenario, and closes a promise kept by a later visit', () => {
    let memory = rememberVisit(EMPTY_MEMORY, 'zhou', outcome({ promised: ['falls', 'copay'] }));
    memory = rememberVisit(memory, 'zhou', outcome({ promised: ['falls'] }));
    expect(memory.customers.zhou).toHaveLength(1);
    memory = rememberVisit(memory, 'zhou', outcome({ scenario: 'follow_up', kept: ['falls'] }));
    expect(memoryViewFor(memory, 'zhou', 'third').openPromises).toEqual([]);
    expect(memoryViewFor(memory, 'zhou', 'third').promised).toEqual(['falls']);
    expect(memoryViewFor(memory, 'zhou', 'third').visits).toBe(2);
  });

  it('keeps adverse events never reported in view', () => {
    const memory = rememberVisit(
      EMPTY_MEMORY,
      'chen',
      outcome({ adverseEvents: [{ id: 'nosebleeds', reported: false }] }),
    );
    expect(memoryViewFor(memory, 'chen', 'next').unreportedEvents).toEqual(['nosebleeds']);
  });

  it('starts a follow-up played on its own from what its header assumes', () => {
    const header = {
      assumes: [
        { kind: 'promise' as const, id: 'falls' },
        { kind: 'need' as const, id: 'renal' },
      ],
    };
    expect(withAssumptions(EMPTY_VIEW, header)).toMatchObject({
      visits: 1,
      openPromises: ['falls'],
      needs: [{ id: 'renal', text: '' }],
    });
    const real = { ...EMPTY_VIEW, visits: 1, openPromises: [] };
    expect(withAssumptions(real, header)).toBe(real);
  });

  it('shows on the card what other visits revealed, never what this scenario itself reveals', () => {
    const view = {
      ...EMPTY_VIEW,
      visits: 1,
      needs: [
        { id: 'renal', text: 'Renal.' },
        { id: 'falls', text: 'Falls.' },
      ],
    };
    expect(knownBefore(view, ['renal']).needs).toEqual([{ id: 'falls', text: 'Falls.' }]);
  });

  it('reads a stored memory strictly and names the place of a bad value', () => {
    const good = rememberVisit(EMPTY_MEMORY, 'zhou', outcome({}));
    expect(readMemory(JSON.parse(JSON.stringify(good)))).toEqual(good);
    expect(() => readMemory({ format: 1, customers: { zhou: [{ ...good.customers.zhou[0], total: 'x' }] } })).toThrow(
      MemoryFormatError,
    );
    expect(() => readMemory({ format: 1, customers: { zhou: [{ ...good.customers.zhou[0], total: 'x' }] } })).toThrow(
      /memory\.customers\.zhou\.0\.total/,
    );
    expect(() => readMemory({ format: 7 })).toThrow(/memory\.format/);
  });
});
