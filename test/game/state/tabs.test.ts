import { describe, expect, it } from 'vitest';
import { EMPTY_MEMORY, EMPTY_VIEW, mergeMemory, rememberVisit } from '../../../src/core/memory/memory';
import type { PersistedGame } from '../../../src/game/state/persisted';
import { sharedStorage } from '../../../src/game/state/ports';
import { DEFAULT_SETTINGS, type FinishedVisit, type VisitInProgress } from '../../../src/game/state/slices';
import { createGameStore, SAVE_KEY } from '../../../src/game/state/store';
import { canonical, mergeFinished, mergeGames, mergeVisit } from '../../../src/game/state/tabs';

const finishedAt = (at: number, scenario = 'kol-cardiology-first-visit'): FinishedVisit => ({
  scenario,
  locale: 'en',
  difficulty: 'standard',
  storyVersion: 'abc',
  choices: [at % 3, 1],
  total: 70,
  passed: true,
  finishedAt: at,
  memory: EMPTY_VIEW,
});

const visit = (moves: number[], owner: { tab: string; at: number } | null): VisitInProgress => ({
  scenario: 'kol-cardiology-first-visit',
  locale: 'en',
  log: {
    format: 2,
    scenario: 'kol-cardiology-first-visit',
    storyVersion: 'abc',
    difficulty: 'standard',
    memoryFormat: 1,
    memory: EMPTY_VIEW,
    moves,
  },
  owner,
});

const outcome = (scenario: string, total: number) => ({
  scenario,
  needs: [],
  promised: [],
  kept: [],
  materials: [],
  adverseEvents: [],
  ending: null,
  passed: true,
  total,
});

/** Lets the other tabs hear a write, as the browser's storage event does a moment later. */
const settle = () => new Promise((done) => setTimeout(done, 5));

describe('merging what two tabs saved', () => {
  it('keeps every finished visit of either side once, oldest first, the same whichever side merges', () => {
    const a = [finishedAt(1), finishedAt(3)];
    const b = [finishedAt(2), finishedAt(3)];
    expect(mergeFinished(a, b).map((f) => f.finishedAt)).toEqual([1, 2, 3]);
    expect(canonical(mergeFinished(a, b))).toBe(canonical(mergeFinished(b, a)));
  });

  it('joins customers’ memory: per customer and scenario, the later visit, the same on either side', () => {
    const a = rememberVisit(EMPTY_MEMORY, 'zhou', outcome('first', 60));
    const b = rememberVisit(rememberVisit(EMPTY_MEMORY, 'zhou', outcome('first', 50)), 'zhou', outcome('first', 80));
    const c = rememberVisit(EMPTY_MEMORY, 'wang', outcome('formulary', 90));
    const merged = mergeMemory(mergeMemory(a, b), c);
    expect(merged.customers.zhou.map((m) => m.total)).toEqual([80]);
    expect(merged.customers.wang.map((m) => m.total)).toEqual([90]);
    expect(canonical(mergeMemory(b, a))).toBe(canonical(mergeMemory(a, b)));
  });

  it('takes the settings changed last, whichever tab holds them', () => {
    const ours: PersistedGame = {
      settings: { ...DEFAULT_SETTINGS, changedAt: 5, muted: true },
      finished: [],
      visit: null,
      memory: EMPTY_MEMORY,
    };
    const newer = { ...DEFAULT_SETTINGS, changedAt: 9, volume: 0.1 };
    expect(mergeGames(ours, { settings: newer }, 'b', 'a').settings).toEqual(newer);
    expect(mergeGames({ ...ours, settings: newer }, { settings: ours.settings }, 'b', 'a').settings).toEqual(newer);
  });

  it.each([
    [
      'a later claim (a take-over) wins',
      visit([0], { tab: 'a', at: 1 }),
      visit([0], { tab: 'b', at: 2 }),
      'b',
      'theirs',
    ],
    [
      'this tab’s own visit stands against a stale copy',
      visit([0, 1, 2], { tab: 'a', at: 1 }),
      visit([0], { tab: 'a', at: 1 }),
      'b',
      'ours',
    ],
    [
      'this tab finished its visit: a copy of it does not bring it back',
      null,
      visit([0], { tab: 'a', at: 1 }),
      'b',
      'ours',
    ],
    ['the owner finished its visit: its word stands', visit([0], { tab: 'b', at: 1 }), null, 'b', 'theirs'],
    ['a third tab’s stale "none" does not end the owner’s visit', visit([0], { tab: 'b', at: 1 }), null, 'c', 'ours'],
    [
      'the owner’s newer moves come in',
      visit([0], { tab: 'b', at: 1 }),
      visit([0, 2], { tab: 'b', at: 1 }),
      'b',
      'theirs',
    ],
    ['a visit let go of follows its owner', visit([0], { tab: 'b', at: 1 }), visit([0], null), 'b', 'theirs'],
    ['an unclaimed visit follows the last writer', visit([0], null), visit([0, 1], null), 'c', 'theirs'],
  ] as const)('the visit in progress: %s', (_, ours, theirs, writer, expected) => {
    expect(mergeVisit(ours, theirs, writer, 'a')).toBe(expected === 'ours' ? ours : theirs);
  });
});

describe('two tabs over one storage', () => {
  const twoTabs = async () => {
    const shared = sharedStorage();
    const clock = { now: () => Date.now() };
    const a = createGameStore(shared.open(), clock, 'a');
    await a.rehydrated;
    const b = createGameStore(shared.open(), clock, 'b');
    await b.rehydrated;
    return { shared, a, b };
  };
  const stored = (shared: ReturnType<typeof sharedStorage>) => JSON.parse(shared.data.get(SAVE_KEY) ?? '{}').state;

  it('never loses a finished visit: each tab’s ends up in both, and in storage', async () => {
    const { shared, a, b } = await twoTabs();
    a.getState().recordFinishedVisit(finishedAt(1));
    b.getState().recordFinishedVisit(finishedAt(2));
    await settle();
    await settle();
    for (const tab of [a, b]) expect(tab.getState().finished.map((f) => f.finishedAt)).toEqual([1, 2]);
    expect(stored(shared).finished.map((f: FinishedVisit) => f.finishedAt)).toEqual([1, 2]);
  });

  it('gives the visit in progress to one tab: the other cannot write over it, says so, and can take it over', async () => {
    const { shared, a, b } = await twoTabs();
    expect(a.getState().saveVisit(visit([], null))).toBe(true);
    await settle();
    expect(b.getState().visitOpenElsewhere()).toBe(true);
    expect(b.getState().saveVisit(visit([9], null))).toBe(false);
    b.getState().clearVisit();
    a.getState().saveVisit(visit([0, 1], null));
    await settle();
    expect(b.getState().visit?.log.moves).toEqual([0, 1]);

    b.getState().takeOverVisit();
    await settle();
    expect(a.getState().visitOpenElsewhere()).toBe(true);
    expect(a.getState().saveVisit(visit([0, 1, 2], null))).toBe(false);
    expect(b.getState().saveVisit(visit([0, 1, 3], null))).toBe(true);
    await settle();
    expect(stored(shared).visit).toMatchObject({ owner: { tab: 'b' }, log: { moves: [0, 1, 3] } });
    expect(a.getState().visit?.log.moves).toEqual([0, 1, 3]);
  });

  it('lets the next tab Continue at once when the playing tab closes', async () => {
    const { a, b } = await twoTabs();
    a.getState().saveVisit(visit([0], null));
    await settle();
    a.getState().releaseVisit();
    await settle();
    expect(b.getState().visitOpenElsewhere()).toBe(false);
    expect(b.getState().saveVisit(visit([0, 1], null))).toBe(true);
  });

  it('a tab opened later reads the other’s visit as open elsewhere, not as its own to Continue', async () => {
    const shared = sharedStorage();
    const a = createGameStore(shared.open(), undefined, 'a');
    await a.rehydrated;
    a.getState().saveVisit(visit([0], null));
    const b = createGameStore(shared.open(), undefined, 'b');
    await b.rehydrated;
    expect(b.getState().visitOpenElsewhere()).toBe(true);
  });

  it('stops writing, and says why, when another tab runs a newer RepRounds', async () => {
    const { shared, a } = await twoTabs();
    const other = shared.open();
    const newer = JSON.stringify({ state: {}, version: 99, tab: 'c' });
    other.setItem(SAVE_KEY, newer);
    await settle();
    expect(a.getState().storageProblem).toEqual({ reason: 'newer' });
    a.getState().updateSettings({ muted: true });
    expect(shared.data.get(SAVE_KEY)).toBe(newer);
  });
});
