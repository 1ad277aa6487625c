import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SOUNDS } from './sounds';
import { wav } from './synth';

export const AUDIO_DIR = resolve(import.meta.dirname, '../../../assets/audio');

/** Synthesises every sound and encodes it as OGG and MP3 with sox (Debian: sox libsox-fmt-all). */
function main(): number {
  try {
    execFileSync('sox', ['--version'], { stdio: 'ignore' });
  } catch {
    console.error('npm run audio needs sox with OGG and MP3 support: apt-get install -y sox libsox-fmt-all');
    return 1;
  }
  mkdirSync(AUDIO_DIR, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'reprounds-audio-'));
  for (const [name, sound] of Object.entries(SOUNDS)) {
    const source = join(work, `${name}.wav`);
    writeFileSync(source, wav(sound.make(), sound.peak));
    execFileSync('sox', [source, '-C', '3', join(AUDIO_DIR, `${name}.ogg`)]);
    execFileSync('sox', [source, '-C', '96', join(AUDIO_DIR, `${name}.mp3`)]);
  }
  console.log(`wrote ${Object.keys(SOUNDS).length} sounds as OGG and MP3 in assets/audio`);
  return 0;
}

process.exitCode = main();
