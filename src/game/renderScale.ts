/** The registry key under which scenes find how many device pixels the canvas draws per stage pixel. */
export const RENDER_SCALE = 'reprounds:render-scale';

/**
 * How much larger than the 1280×720 stage the canvas is drawn, so that text stays sharp on a projector
 * or a high-density screen: the stage's size on screen in device pixels, in half steps, from 1 to 2.
 * Above 2 the canvas would cost four times the memory for no difference anyone sees.
 */
export function renderScale(width: number, height: number, devicePixelRatio: number): number {
  const onScreen = Math.min(width / 1280, height / 720) * (devicePixelRatio || 1);
  return Math.min(2, Math.max(1, Math.ceil(onScreen * 2 - 1e-9) / 2));
}
