import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrate, readPersisted, SAVE_VERSION, SaveFormatError } from '../../../src/game/state/persisted';

/** Any JSON a damaged or hand-edited save could hold, and shapes close to a real save. */
const nearSave = fc.record(
  {
    settings: fc.oneof(fc.jsonValue(), fc.record({ volume: fc.jsonValue(), locale: fc.jsonValue() })),
    finished: fc.oneof(fc.jsonValue(), fc.array(fc.record({ scenario: fc.jsonValue(), choices: fc.jsonValue() }))),
    visit: fc.oneof(
      fc.jsonValue(),
      fc.record({ scenario: fc.jsonValue(), locale: fc.jsonValue(), save: fc.jsonValue(), choices: fc.jsonValue() }),
    ),
    memory: fc.jsonValue(),
  },
  { requiredKeys: [] },
);
const anySave = fc.oneof(fc.jsonValue(), nearSave);

const readsOrRefuses = (read: () => unknown) => {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(SaveFormatError);
    expect((error as Error).message.length).toBeGreaterThan(0);
  }
};

describe('the save reader, on any input', () => {
  it('either reads a save or refuses it with a SaveFormatError that gives the reason', () => {
    fc.assert(fc.property(anySave, (save) => readsOrRefuses(() => readPersisted(save))));
  });

  it('migrates from any version it knows, or refuses: no other kind of throw', () => {
    fc.assert(
      fc.property(anySave, fc.integer({ min: 0, max: SAVE_VERSION + 2 }), (save, version) =>
        readsOrRefuses(() => migrate(save, version)),
      ),
    );
  });
});
