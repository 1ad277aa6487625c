/** A small deterministic synthesiser: every sound of the game from sine tones and seeded noise. */
export const RATE = 44_100;

export interface Note {
  readonly freq: number;
  readonly start: number;
  readonly length: number;
  readonly gain: number;
}

/** Seeded noise, so the generated files are the same on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Soft bell-like tones: a sine with its octave, a short attack and an exponential decay. */
export function tones(notes: readonly Note[], seconds: number): Float32Array {
  const out = new Float32Array(Math.round(seconds * RATE));
  for (const n of notes) {
    const from = Math.round(n.start * RATE);
    const len = Math.round(n.length * RATE);
    for (let i = 0; i < len && from + i < out.length; i++) {
      const t = i / RATE;
      const env = Math.min(1, t / 0.006) * Math.exp((-5 * t) / n.length);
      const wave = Math.sin(2 * Math.PI * n.freq * t) + 0.25 * Math.sin(4 * Math.PI * n.freq * t);
      out[from + i] += n.gain * env * wave;
    }
  }
  return out;
}

/** A quiet room: low filtered noise with a slow swell, and a far hum; its ends are blended so it loops. */
export function ambience(seconds: number, seed = 7): Float32Array {
  const random = mulberry32(seed);
  const n = Math.round(seconds * RATE);
  const out = new Float32Array(n);
  let low = 0;
  let lower = 0;
  for (let i = 0; i < n; i++) {
    const t = i / RATE;
    low += 0.02 * (random() * 2 - 1 - low);
    lower += 0.05 * (low - lower);
    const swell = 0.75 + 0.25 * Math.sin((2 * Math.PI * t) / seconds);
    out[i] = 1.6 * lower * swell + 0.012 * Math.sin(2 * Math.PI * 100 * t);
  }
  const fade = Math.round(0.8 * RATE);
  for (let i = 0; i < fade; i++) {
    const w = i / fade;
    out[i] = out[i] * w + out[n - fade + i] * (1 - w);
  }
  return out.subarray(0, n - fade);
}

/** 16-bit mono PCM WAV, peak-normalised to `peak`. */
export function wav(samples: Float32Array, peak = 0.8): Uint8Array {
  const max = samples.reduce((m, s) => Math.max(m, Math.abs(s)), 1e-9);
  const data = new DataView(new ArrayBuffer(44 + samples.length * 2));
  const text = (at: number, s: string) => {
    for (let i = 0; i < s.length; i++) data.setUint8(at + i, s.charCodeAt(i));
  };
  text(0, 'RIFF');
  data.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  data.setUint32(16, 16, true);
  data.setUint16(20, 1, true);
  data.setUint16(22, 1, true);
  data.setUint32(24, RATE, true);
  data.setUint32(28, RATE * 2, true);
  data.setUint16(32, 2, true);
  data.setUint16(34, 16, true);
  text(36, 'data');
  data.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++)
    data.setInt16(44 + i * 2, Math.round((samples[i] / max) * peak * 32767), true);
  return new Uint8Array(data.buffer);
}
