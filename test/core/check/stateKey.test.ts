import { describe, expect, it } from 'vitest';
import { stateKey } from '../../../src/core/check/stateKey';

const state = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    flows: {
      DEFAULT_FLOW: {
        callstack: { threads: [{ callstack: [], threadIndex: 3 }] },
        outputStream: ['^hi'],
        currentChoices: [],
      },
    },
    variablesState: { rapport: 50 },
    visitCounts: { 'hub.0.c-0': 1, hub: 1 },
    turnIndices: { hub: 4 },
    turnIdx: 4,
    ...over,
  });
const none = () => {};

describe('the explorer’s state key', () => {
  it('merges states that differ only in turn numbers, thread numbers or counts no one reads', () => {
    const a = stateKey(state(), 10, new Set(), none);
    const later = state({
      turnIdx: 9,
      turnIndices: { hub: 9 },
      visitCounts: { 'hub.0.c-0': 0 },
      flows: { DEFAULT_FLOW: { callstack: { threads: [{ callstack: [], threadIndex: 8 }] }, currentChoices: [] } },
    });
    expect(stateKey(later, 10, new Set(), none)).toBe(a);
  });

  it('keeps apart states that differ in variables, the clock, or a count that matters', () => {
    const a = stateKey(state(), 10, new Set(['hub.0.c-0']), none);
    expect(stateKey(state({ variablesState: { rapport: 55 } }), 10, new Set(['hub.0.c-0']), none)).not.toBe(a);
    expect(stateKey(state(), 11, new Set(['hub.0.c-0']), none)).not.toBe(a);
    expect(stateKey(state({ visitCounts: { 'hub.0.c-0': 0 } }), 10, new Set(['hub.0.c-0']), none)).not.toBe(a);
  });

  it('tells the explorer about a container entered twice', () => {
    const reentered: string[] = [];
    stateKey(state({ visitCounts: { hub: 2, other: 1 } }), 0, new Set(), (p) => reentered.push(p));
    expect(reentered).toEqual(['hub']);
  });

  it('uses the whole state when the story reads counts in ways only known at run time', () => {
    expect(stateKey(state({ turnIdx: 5 }), 0, null, none)).not.toBe(stateKey(state({ turnIdx: 6 }), 0, null, none));
  });
});
