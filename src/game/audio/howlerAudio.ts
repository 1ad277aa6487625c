import { Howl, Howler } from 'howler';
import { type AudioPort, SOUND_NAMES, type SoundName } from './audio';

/**
 * Sounds through howler, OGG first with MP3 as the fallback. Files that fail to load, or a browser that
 * blocks audio until the player interacts, leave the game silent and otherwise unchanged.
 */
export function createHowlerAudio(baseUrl: string): AudioPort {
  const sources = (name: string) => [`${baseUrl}audio/${name}.ogg`, `${baseUrl}audio/${name}.mp3`];
  const sounds = new Map<SoundName, Howl>();
  for (const name of SOUND_NAMES) sounds.set(name, new Howl({ src: sources(name), preload: true }));
  const ambience = new Howl({ src: sources('ambience'), loop: true, volume: 0.5, preload: true });
  return {
    play: (name) => {
      try {
        sounds.get(name)?.play();
      } catch {
        // Silence is the fallback for any audio failure.
      }
    },
    startAmbience: () => {
      try {
        if (!ambience.playing()) ambience.play();
      } catch {}
    },
    stopAmbience: () => {
      try {
        ambience.stop();
      } catch {}
    },
    setLevel: (volume, muted) => {
      Howler.volume(volume);
      Howler.mute(muted);
    },
  };
}
