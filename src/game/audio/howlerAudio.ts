import { Howl, Howler } from 'howler';
import { type AudioPort, SOUND_NAMES, type SoundName } from './audio';

/**
 * Sounds through howler, OGG first with MP3 as the fallback. Files that fail to load, or a browser that
 * blocks audio until the player interacts, leave the game silent and otherwise unchanged.
 */
export function createHowlerAudio(baseUrl: string): AudioPort {
  const sources = (name: string) => [`${baseUrl}audio/${name}.ogg`, `${baseUrl}audio/${name}.mp3`];
  // Loaded at the first sound, which comes from a click: browsers play nothing before one anyway, and the
  // title is not kept waiting for files it cannot use yet.
  let sounds: Map<SoundName, Howl> | null = null;
  let ambience: Howl | null = null;
  const load = () => {
    sounds ??= new Map(SOUND_NAMES.map((name) => [name, new Howl({ src: sources(name), preload: true })]));
    ambience ??= new Howl({ src: sources('ambience'), loop: true, volume: 0.5, preload: true });
    return { sounds, ambience };
  };
  return {
    play: (name) => {
      try {
        load().sounds.get(name)?.play();
      } catch {
        // Silence is the fallback for any audio failure.
      }
    },
    startAmbience: () => {
      try {
        const { ambience: loop } = load();
        if (!loop.playing()) loop.play();
      } catch {}
    },
    stopAmbience: () => {
      try {
        ambience?.stop();
      } catch {}
    },
    setLevel: (volume, muted) => {
      Howler.volume(volume);
      Howler.mute(muted);
    },
  };
}
