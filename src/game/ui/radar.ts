/** Corners of a radar chart: one axis per score (0-100), the first pointing up, clockwise. */
export function radarPoints(
  scores: readonly number[],
  cx: number,
  cy: number,
  radius: number,
): { x: number; y: number }[] {
  return scores.map((score, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / scores.length;
    const r = (radius * Math.max(0, Math.min(100, score))) / 100;
    return { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) };
  });
}
