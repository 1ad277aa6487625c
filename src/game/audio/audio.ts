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
