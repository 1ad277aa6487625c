import { describe, expect, it } from 'vitest';
import { radarPoints } from '../../src/game/ui/radar';

describe('the radar chart', () => {
  it('puts the first axis up and goes clockwise, scaled by the score', () => {
    const [top, right, bottom, left] = radarPoints([100, 50, 100, 0], 0, 0, 10);
    expect(top.x).toBeCloseTo(0);
    expect(top.y).toBeCloseTo(-10);
    expect(right.x).toBeCloseTo(5);
    expect(bottom.y).toBeCloseTo(10);
    expect(left.x).toBeCloseTo(0);
  });
  it('keeps scores within 0-100', () => {
    const [p] = radarPoints([150], 0, 0, 10);
    expect(p.y).toBeCloseTo(-10);
  });
});
