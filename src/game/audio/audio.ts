import type { MoveTone } from '../../core/scoring/moveTone';

/** The game's sounds, by the names of the generated files in assets/audio. */
export const SOUND_NAMES = ['ui-click', 'ui-choose', 'cue-good', 'cue-poor', 'stinger-pass', 'stinger-fail'] as const;
export type SoundName = (typeof SOUND_NAMES)[number];

/** What the game asks of audio; a failed or blocked sound is silence, never an error. */
export interface AudioPort {
  play(name: SoundName): void;
  startAmbience(): void;
  stopAmbience(): void;
  setLevel(volume: number, muted: boolean): void;
}

export const silentAudio: AudioPort = {
  play: () => {},
  startAmbience: () => {},
  stopAmbience: () => {},
  setLevel: () => {},
};

/** The sound of a move: a click, then, with the cues on, a rise for what the method asks or a fall for what it warns against. */
export function moveSound(audio: AudioPort, cues: () => boolean, later: (ms: number, play: () => void) => void) {
  return (tone: MoveTone): void => {
    audio.play('ui-choose');
    if (tone !== 'neutral' && cues()) later(180, () => audio.play(tone === 'good' ? 'cue-good' : 'cue-poor'));
  };
}
