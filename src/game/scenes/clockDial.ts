import type * as Phaser from 'phaser';

/** A dial of 45 minutes: the visit's window in green, the hand in amber before it and red past it. */
export function drawClockDial(
  g: Phaser.GameObjects.Graphics,
  minutes: number,
  span: { min: number; max: number } | null,
): void {
  const x = 1150;
  const y = 110;
  const r = 62;
  const angle = (m: number) => -Math.PI / 2 + (2 * Math.PI * Math.min(m, 45)) / 45;
  g.clear();
  g.fillStyle(0xffffff, 0.95).fillCircle(x, y, r + 10);
  g.lineStyle(10, 0xcfd6dd).strokeCircle(x, y, r);
  if (span) g.lineStyle(10, 0x3c9d5d).beginPath().arc(x, y, r, angle(span.min), angle(span.max)).strokePath();
  const inside = !span || (minutes >= span.min && minutes <= span.max);
  const over = span && minutes > span.max;
  g.lineStyle(6, over ? 0xd1495b : inside ? 0x24476b : 0xf0a400);
  g.beginPath()
    .moveTo(x, y)
    .lineTo(x + (r - 12) * Math.cos(angle(minutes)), y + (r - 12) * Math.sin(angle(minutes)))
    .strokePath();
  g.fillStyle(0x1f2d3d).fillCircle(x, y, 6);
}
