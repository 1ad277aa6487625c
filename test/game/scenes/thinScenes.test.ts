import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Scenes render state and send events; anything longer than this has taken on work that belongs elsewhere.
const MAX_LINES = 150;

describe('the scenes stay thin', () => {
  it.each(['VisitScene', 'DebriefScene'])('%s is at most 150 lines', (scene) => {
    const lines = readFileSync(`src/game/scenes/${scene}.ts`, 'utf8').trimEnd().split('\n').length;
    expect(lines).toBeLessThanOrEqual(MAX_LINES);
  });
});
