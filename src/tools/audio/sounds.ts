import { ambience, type Note, tones } from './synth';

const C5 = 523.25;
const E5 = 659.25;
const G5 = 783.99;
const C6 = 1046.5;
const A4 = 440;
const F4 = 349.23;
const D4 = 293.66;

const note = (freq: number, start: number, length: number, gain = 1): Note => ({ freq, start, length, gain });

/** Every sound of the game, by name, with the peak level it is mixed at. */
export const SOUNDS: Readonly<Record<string, { make: () => Float32Array; peak: number }>> = {
  ambience: { make: () => ambience(14), peak: 0.35 },
  'ui-click': { make: () => tones([note(1318.5, 0, 0.05)], 0.08), peak: 0.5 },
  'ui-choose': { make: () => tones([note(880, 0, 0.07), note(1174.7, 0.05, 0.09)], 0.16), peak: 0.5 },
  'cue-good': { make: () => tones([note(E5, 0, 0.14), note(G5, 0.09, 0.22)], 0.34), peak: 0.55 },
  'cue-poor': { make: () => tones([note(A4, 0, 0.16), note(F4, 0.11, 0.26)], 0.4), peak: 0.55 },
  'stinger-pass': {
    make: () => tones([note(C5, 0, 0.3), note(E5, 0.12, 0.3), note(G5, 0.24, 0.34), note(C6, 0.38, 0.9)], 1.4),
    peak: 0.7,
  },
  'stinger-fail': {
    make: () => tones([note(A4, 0, 0.4), note(F4, 0.2, 0.45), note(D4, 0.42, 1.0, 0.9)], 1.5),
    peak: 0.7,
  },
};
