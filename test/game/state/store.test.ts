import { describe, expect, it } from 'vitest';
import { EMPTY_MEMORY, EMPTY_VIEW } from '../../../src/core/memory/memory';
import { MIGRATIONS, migrate, SAVE_VERSION } from '../../../src/game/state/persisted';
import { memoryStorage } from '../../../src/game/state/ports';
import { DEFAULT_SETTINGS } from '../../../src/game/state/slices';
import { createGameStore, DAMAGED_PREFIX, SAVE_KEY, VISIT_ASIDE_PREFIX } from '../../../src/game/state/store';

const clock = { now: () => 1_700_000_000_000 };
const finished = {
  scenario: 'kol-cardiology-first-visit',
  locale: 'en' as const,
  difficulty: 'standard' as const,
  storyVersion: 'abc',
  choices: [1, 0, 2],
  total: 81,
  passed: true,
  finishedAt: 5,
  memory: EMPTY_VIEW,
};

const visitLog = {
  format: 2 as const,
  scenario: 'retired',
  storyVersion: 'abc',
  difficulty: 'standard' as const,
  memoryFormat: 1 as const,
  memory: EMPTY_VIEW,
  moves: [0],
};

describe('the game store', () => {
  it('starts fresh with default settings when nothing is stored, and reports no problem', async () => {
    const store = createGameStore(memoryStorage(), clock);
    await store.rehydrated;
    expect(store.getState()).toMatchObject({
      settings: DEFAULT_SETTINGS,
      finished: [],
      visit: null,
      saveProblem: null,
    });
  });

  it('starts with the move sound off, so a new trainee never hears whether a move was good', async () => {
    const store = createGameStore(memoryStorage(), clock);
    await store.rehydrated;
    expect(store.getState().settings.cues).toBe(false);
  });

  it('persists settings, finished visits, the visit in progress and customers’ memory, and nothing else', async () => {
    const storage = memoryStorage();
    const store = createGameStore(storage, clock);
    await store.rehydrated;
    store.getState().updateSettings({ locale: 'zh-CN', volume: 0.2 });
    store.getState().recordFinishedVisit(finished);
    const saved = JSON.parse(storage.getItem(SAVE_KEY) ?? '');
    expect(saved.version).toBe(SAVE_VERSION);
    expect(Object.keys(saved.state)).toEqual(['settings', 'finished', 'visit', 'memory']);

    const again = createGameStore(storage, clock);
    await again.rehydrated;
    expect(again.getState().settings).toMatchObject({ locale: 'zh-CN', volume: 0.2 });
    expect(again.getState().finished).toEqual([finished]);
  });

  it.each([
    ['not JSON', '{"state": {"settings"', 'not readable data'],
    ['no version', '{"state": {}}', 'has no version'],
    [
      'a bad value',
      JSON.stringify({ state: { settings: { ...DEFAULT_SETTINGS, volume: 7 } }, version: 2 }),
      'settings.volume',
    ],
    ['a damaged list', JSON.stringify({ state: { finished: [{ scenario: 3 }] }, version: 2 }), 'finished[0].scenario'],
    [
      'a damaged memory',
      JSON.stringify({ state: { memory: { format: 1, customers: { zhou: [{ seq: 'x' }] } } }, version: 2 }),
      'memory.customers.zhou[0]',
    ],
    ['a newer format', JSON.stringify({ state: {}, version: 99 }), 'newer version of RepRounds'],
  ])('sets aside a save with %s, keeps it, says why, and starts fresh', async (_what, raw, reason) => {
    const storage = memoryStorage({ [SAVE_KEY]: raw });
    const store = createGameStore(storage, clock);
    await store.rehydrated;
    const problem = store.getState().saveProblem;
    expect(problem?.reason).toContain(reason);
    expect(problem).toMatchObject({ keptAs: `${DAMAGED_PREFIX}${clock.now()}`, inPlace: false });
    expect(storage.getItem(`${DAMAGED_PREFIX}${clock.now()}`)).toBe(raw);
    expect(storage.getItem(SAVE_KEY)).not.toBe(raw);
    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS);
    store.getState().updateSettings({ muted: true });
    expect(storage.getItem(`${DAMAGED_PREFIX}${clock.now()}`)).toBe(raw);
  });

  it('at the end of a visit records it, adds it to the customer’s memory and drops the visit in progress, at once', async () => {
    const storage = memoryStorage();
    const store = createGameStore(storage, clock);
    await store.rehydrated;
    const log = {
      format: 2 as const,
      scenario: 'kol',
      storyVersion: 'abc',
      difficulty: 'standard' as const,
      memoryFormat: 1 as const,
      memory: EMPTY_VIEW,
      moves: [0],
    };
    store.getState().saveVisit({ scenario: 'kol', locale: 'en', log });
    store.getState().finishVisit(finished, 'zhou', {
      scenario: 'kol-cardiology-first-visit',
      needs: [{ id: 'renal_dosing', text: 'Renal.' }],
      promised: ['falls_data'],
      kept: [],
      materials: [],
      adverseEvents: [],
      ending: 'next_meeting_booked',
      passed: true,
      total: 81,
    });
    const saved = JSON.parse(storage.getItem(SAVE_KEY) ?? '').state;
    expect(saved.visit).toBeNull();
    expect(saved.finished).toEqual([finished]);
    expect(saved.memory.customers.zhou).toMatchObject([
      { scenario: 'kol-cardiology-first-visit', promised: ['falls_data'], seq: 1 },
    ]);
  });

  it('sets aside only what is damaged: a bad visit in progress costs neither settings nor finished visits', async () => {
    const settings = { ...DEFAULT_SETTINGS, locale: 'zh-CN' as const, volume: 0.3 };
    const badVisit = { scenario: 'kol', locale: 'en', log: { ...visitLog, moves: ['0'] } };
    const raw = JSON.stringify({ state: { settings, finished: [finished], visit: badVisit }, version: SAVE_VERSION });
    const storage = memoryStorage({ [SAVE_KEY]: raw });
    const store = createGameStore(storage, clock);
    await store.rehydrated;
    expect(store.getState().saveProblem?.reason).toBe('visit.log.moves[0] has an unusable value ("0")');
    expect(store.getState()).toMatchObject({ settings, finished: [finished], visit: null });
    // The save as it was is kept aside whole; what is sound is written back at once.
    expect(storage.getItem(`${DAMAGED_PREFIX}${clock.now()}`)).toBe(raw);
    expect(JSON.parse(storage.getItem(SAVE_KEY) ?? '').state).toMatchObject({
      settings,
      finished: [finished],
      visit: null,
    });
  });

  it('reads an older save slice by slice too: one bad finished visit costs only the finished visits', async () => {
    const settings = { ...DEFAULT_SETTINGS, volume: 0.3 };
    const raw = JSON.stringify({
      state: { settings, finished: [{ ...finished, total: 'high' }], visit: null },
      version: 1,
    });
    const storage = memoryStorage({ [SAVE_KEY]: raw });
    const store = createGameStore(storage, clock);
    await store.rehydrated;
    expect(store.getState().saveProblem?.reason).toBe('finished[0].total has an unusable value ("high")');
    expect(store.getState()).toMatchObject({ settings: { volume: 0.3 }, finished: [] });
    expect(storage.getItem(`${DAMAGED_PREFIX}${clock.now()}`)).toBe(raw);
  });

  it('lists what is kept aside, newest first, with its reason, and deletes it only when asked', async () => {
    const storage = memoryStorage({ [SAVE_KEY]: 'not json' });
    const store = createGameStore(storage, clock);
    await store.rehydrated;
    store.getState().saveVisit({ scenario: 'retired', locale: 'en', log: visitLog });
    const later = { now: () => clock.now() + 60_000 };
    const again = createGameStore(storage, later);
    await again.rehydrated;
    again.setVisitAside('the scenario is gone');
    const kept = again.keptAside();
    expect(kept).toEqual([
      { key: `${VISIT_ASIDE_PREFIX}${later.now()}`, kind: 'visit', at: later.now(), reason: 'the scenario is gone' },
      {
        key: `${DAMAGED_PREFIX}${clock.now()}`,
        kind: 'save',
        at: clock.now(),
        reason: 'the saved game is not readable data',
      },
    ]);
    expect(again.keptText(kept[1].key)).toBe('not json');
    again.discardKept(kept[1].key);
    expect(again.keptAside().map((k) => k.kind)).toEqual(['visit']);
    // Only what was kept aside can be deleted this way.
    again.discardKept(SAVE_KEY);
    expect(storage.getItem(SAVE_KEY)).not.toBeNull();
  });

  it('keeps a damaged save too large to copy where it is, writes nothing over it, and discards it only on starting fresh', async () => {
    const raw = `{"state": {"settings"${' '.repeat(3000)}`;
    // Room for the save once, not twice: setting a copy aside would need double the space.
    const storage = memoryStorage({ [SAVE_KEY]: raw }, 4000);
    const store = createGameStore(storage, clock);
    await store.rehydrated;
    expect(store.getState().saveProblem).toEqual({
      reason: 'the saved game is not readable data',
      keptAs: SAVE_KEY,
      inPlace: true,
    });
    store.getState().updateSettings({ muted: true });
    expect(storage.getItem(SAVE_KEY)).toBe(raw);
    expect(store.getState().settings.muted).toBe(true);
    store.getState().dismissSaveProblem();
    const saved = JSON.parse(storage.getItem(SAVE_KEY) ?? '');
    expect(saved.state.settings.muted).toBe(true);
    expect(store.getState().storageProblem).toBeNull();
  });

  it('plays on from memory when storage fills up, and says so once', async () => {
    const storage = memoryStorage({}, 900);
    const store = createGameStore(storage, clock);
    await store.rehydrated;
    store.getState().recordFinishedVisit(finished);
    expect(store.getState().storageProblem).toBeNull();
    for (let i = 0; i < 5; i++) store.getState().recordFinishedVisit({ ...finished, finishedAt: i });
    await Promise.resolve();
    expect(store.getState().finished).toHaveLength(6);
    expect(store.getState().storageProblem).toEqual({ reason: 'full' });
    // The last save that fitted is still there, whole and readable.
    const stored = JSON.parse(storage.getItem(SAVE_KEY) ?? '');
    expect(stored.state.finished.length).toBeGreaterThanOrEqual(1);
    expect(stored.state.finished.length).toBeLessThan(6);
    store.getState().dismissStorageProblem();
    store.getState().recordFinishedVisit(finished);
    await Promise.resolve();
    expect(store.getState().storageProblem).toBeNull();
  });

  it('sets a visit that cannot resume aside with its reason, so it is kept for export but no longer in progress', async () => {
    const storage = memoryStorage();
    const store = createGameStore(storage, clock);
    await store.rehydrated;
    expect(store.setVisitAside('no visit')).toBeNull();
    const log = { ...visitLog, moves: [0, 2] };
    store.getState().saveVisit({ scenario: 'retired', locale: 'en', log });
    const kept = store.setVisitAside('the scenario is gone');
    expect(JSON.parse(kept ?? '')).toEqual({
      reason: 'the scenario is gone',
      visit: { scenario: 'retired', locale: 'en', log, owner: { tab: 'tab', at: clock.now() } },
    });
    expect(storage.getItem(`${VISIT_ASIDE_PREFIX}${clock.now()}`)).toBe(kept);
    expect(store.getState().visit).toBeNull();
    expect(JSON.parse(storage.getItem(SAVE_KEY) ?? '').state.visit).toBeNull();
    // With no room for the copy, the visit is still handed back for download, and still taken out of play.
    const full = memoryStorage({}, 1200);
    const tight = createGameStore(full, clock);
    await tight.rehydrated;
    tight.getState().saveVisit({ scenario: 'retired', locale: 'en', log: { ...log, moves: Array(150).fill(1) } });
    expect(tight.setVisitAside('gone')).toContain('"reason":"gone"');
    expect(tight.getState().visit).toBeNull();
  });

  it('keeps only the most recent finished visits', async () => {
    const store = createGameStore(memoryStorage(), clock);
    await store.rehydrated;
    for (let i = 0; i < 205; i++) store.getState().recordFinishedVisit({ ...finished, finishedAt: i });
    expect(store.getState().finished).toHaveLength(200);
    expect(store.getState().finished[0].finishedAt).toBe(5);
  });
});

describe('save migrations', () => {
  it('has one step for every older format, each tested here', () => {
    expect(Object.keys(MIGRATIONS).map(Number)).toEqual([...Array(SAVE_VERSION - 1).keys()].map((v) => v + 1));
  });

  it('1 → 2: turns the visit in progress into its move log, and starts customers with no memory', () => {
    const v1 = {
      settings: DEFAULT_SETTINGS,
      finished: [{ ...finished, memory: undefined }],
      visit: {
        scenario: 'kol-cardiology-first-visit',
        locale: 'zh-CN',
        difficulty: 'demanding',
        choices: [1, 0, 2],
        save: { format: 1, story: 'stories/kol/zh-CN.ink', storyVersion: 'abc123', ink: '{}', machine: {} },
        shown: 2,
      },
    };
    const v2 = migrate(v1, 1);
    expect(v2.visit).toEqual({
      scenario: 'kol-cardiology-first-visit',
      locale: 'zh-CN',
      log: {
        format: 2,
        scenario: 'kol-cardiology-first-visit',
        storyVersion: 'abc123',
        difficulty: 'demanding',
        memoryFormat: 1,
        memory: EMPTY_VIEW,
        moves: [1, 0, 2],
      },
      owner: null,
    });
    expect(v2.memory).toEqual(EMPTY_MEMORY);
    expect(v2.finished[0].memory).toEqual(EMPTY_VIEW);
    expect(migrate({ settings: DEFAULT_SETTINGS, finished: [], visit: null }, 1).visit).toBeNull();
  });

  it('reads a visit saved before difficulty levels as a standard visit', () => {
    const { difficulty: _d, ...older } = finished;
    expect(migrate({ finished: [older] }, SAVE_VERSION).finished[0].difficulty).toBe('standard');
  });

  it('reads the current format as it is', () => {
    const state = { settings: DEFAULT_SETTINGS, finished: [finished], visit: null, memory: EMPTY_MEMORY };
    expect(migrate(state, SAVE_VERSION)).toEqual(state);
  });
});
