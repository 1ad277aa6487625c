import { describe, expect, it } from 'vitest';
import { CORRIDOR, FLOOR_ROOMS } from '../../../src/core/world/floor';

/** Where the hospital's list of visits begins, in picture space (its left edge, 58% of 1280). */
const LIST_LEFT = 1280 * 0.58;

describe('the hospital floor', () => {
  it('keeps every room left of the list of visits, so the list covers no customer', () => {
    for (const room of FLOOR_ROOMS) expect(room.x + room.w, room.id).toBeLessThanOrEqual(LIST_LEFT);
  });

  it('lays no room over another or over the corridor', () => {
    const boxes = [...FLOOR_ROOMS, { id: 'corridor', ...CORRIDOR }];
    for (const a of boxes)
      for (const b of boxes) {
        if (a === b) continue;
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart, `${a.id} and ${b.id}`).toBe(true);
      }
  });
});
