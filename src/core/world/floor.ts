/** A room of the floor plan, in 1280×720 picture space; the hospital scene places customers by these ids. */
export interface Room {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Two wings either side of a corridor, in the left part of the picture: the list of visits stands on the right. */
export const FLOOR_ROOMS: readonly Room[] = [
  { id: 'cardiology', x: 20, y: 20, w: 330, h: 214 },
  { id: 'arrhythmia', x: 400, y: 20, w: 330, h: 214 },
  { id: 'pharmacy', x: 20, y: 253, w: 330, h: 214 },
  { id: 'neurology', x: 400, y: 253, w: 330, h: 214 },
  { id: 'geriatrics', x: 20, y: 486, w: 330, h: 214 },
  { id: 'emergency', x: 400, y: 486, w: 330, h: 214 },
];
/** The corridor between the wings. */
export const CORRIDOR = { x: 350, y: 10, w: 50, h: 700 } as const;
