export interface Room {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** The floor plan's rooms, in 1280×720 picture space; the hospital scene places customers by these ids. */
export const FLOOR_ROOMS: readonly Room[] = [
  { id: 'cardiology', x: 60, y: 80, w: 360, h: 240 },
  { id: 'arrhythmia', x: 460, y: 80, w: 360, h: 240 },
  { id: 'pharmacy', x: 860, y: 80, w: 360, h: 240 },
  { id: 'wards', x: 60, y: 420, w: 560, h: 240 },
  { id: 'meeting', x: 660, y: 420, w: 560, h: 240 },
];
