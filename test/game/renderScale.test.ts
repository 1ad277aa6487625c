import { describe, expect, it } from 'vitest';
import { renderScale } from '../../src/game/renderScale';

describe('renderScale', () => {
  it('draws the stage at its own size on a 1280×720 window', () => {
    expect(renderScale(1280, 720, 1)).toBe(1);
  });

  it('draws a 1920×1080 projector pixel for pixel', () => {
    expect(renderScale(1920, 1080, 1)).toBe(1.5);
  });

  it('follows the device pixel ratio and the smaller of the two fits', () => {
    expect(renderScale(1280, 720, 2)).toBe(2);
    expect(renderScale(1920, 720, 1)).toBe(1);
  });

  it('rounds up to the next half step so that the canvas is never blurred by being stretched', () => {
    expect(renderScale(1400, 800, 1)).toBe(1.5);
  });

  it('never draws smaller than the stage, nor more than twice it', () => {
    expect(renderScale(390, 844, 1)).toBe(1);
    expect(renderScale(3840, 2160, 2)).toBe(2);
    expect(renderScale(1280, 720, 0)).toBe(1);
  });
});
