/** A room of the floor plan, in 1280×720 picture space; the hospital scene places customers by these ids. */
export interface Room {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export const FLOOR_ROOMS: readonly Room[] = [
  { id: 'cardiology', x: 60, y: 80, w: 360, h: 240 },
  { id: 'arrhythmia', x: 460, y: 80, w: 360, h: 240 },
  { id: 'pharmacy', x: 860, y: 80, w: 360, h: 240 },
  { id: 'neurology', x: 60, y: 420, w: 360, h: 240 },
  { id: 'geriatrics', x: 460, y: 420, w: 360, h: 240 },
  { id: 'emergency', x: 860, y: 420, w: 360, h: 240 },
];
