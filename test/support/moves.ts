import type { StoryChoice, StoryHeader, StoryLine } from '../../src/core/ink/types';

/** A choice as the adapter gives it, with what a test names and plain defaults for the rest. */
export function choice(over: Partial<StoryChoice> = {}): StoryChoice {
  return {
    index: 0,
    id: 'knot.0.c-0',
    text: 'A move',
    acts: [],
    violations: [],
    claims: [],
    links: [],
    promises: [],
    keeps: [],
    gives: [],
    minutes: 1,
    offClock: false,
    adjust: { rapport: 0, patience: 0 },
    phase: null,
    source: { file: 's.ink', line: 1 },
    ...over,
  };
}

export function line(over: Partial<StoryLine> = {}): StoryLine {
  return {
    text: 'A line.',
    speaker: 'lin',
    phase: null,
    mood: null,
    needs: [],
    objections: [],
    adverseEvents: [],
    timeGranted: null,
    ending: null,
    endVisit: null,
    ...over,
  };
}

export function header(over: Partial<StoryHeader> = {}): StoryHeader {
  return {
    title: 'T',
    segment: 'clinician',
    stage: 'first_visit',
    dimensions: ['opening', 'discovery', 'value', 'objections', 'closing', 'compliance'],
    lang: 'en',
    customer: null,
    setting: 'office',
    leavesTo: null,
    assumes: [],
    ...over,
  };
}
