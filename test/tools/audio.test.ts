import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOUNDS } from '../../src/tools/audio/sounds';
import { RATE, wav } from '../../src/tools/audio/synth';

const AUDIO = resolve(import.meta.dirname, '../../assets/audio');

describe('the generated audio', () => {
  it('ships every sound as OGG with an MP3 fallback', () => {
    for (const name of Object.keys(SOUNDS)) {
      const ogg = readFileSync(join(AUDIO, `${name}.ogg`));
      const mp3 = readFileSync(join(AUDIO, `${name}.mp3`));
      expect(ogg.subarray(0, 4).toString('latin1'), name).toBe('OggS');
      const id3 = mp3.subarray(0, 3).toString('latin1') === 'ID3';
      const frameSync = mp3[0] === 0xff && (mp3[1] & 0xe0) === 0xe0;
      expect(id3 || frameSync, name).toBe(true);
    }
  });

  it('synthesises the same samples every time, so the files can be remade', () => {
    for (const [name, sound] of Object.entries(SOUNDS)) {
      expect(Buffer.from(wav(sound.make(), sound.peak)).equals(Buffer.from(wav(sound.make(), sound.peak))), name).toBe(
        true,
      );
    }
  });

  it('makes short cues and a loop long enough not to tire the ear', () => {
    const seconds = (name: string) => SOUNDS[name].make().length / RATE;
    expect(seconds('ambience')).toBeGreaterThan(10);
    for (const cue of ['ui-click', 'ui-choose', 'cue-good', 'cue-poor']) expect(seconds(cue)).toBeLessThan(0.5);
    for (const name of Object.keys(SOUNDS))
      expect(
        SOUNDS[name].make().some((s) => Math.abs(s) > 0.01),
        name,
      ).toBe(true);
  });
});
