import * as Phaser from 'phaser';
import { radarPoints } from '../ui/radar';

const vectors = (points: readonly { x: number; y: number }[]) => points.map((p) => new Phaser.Math.Vector2(p.x, p.y));

/** The scored dimensions as a radar: rings at 25-100, the visit's shape green when it passed, red when not. */
export function drawRadar(
  scene: Phaser.Scene,
  axes: readonly { label: string; score: number }[],
  passed: boolean,
): void {
  if (axes.length < 3) return;
  const [cx, cy, r] = [1040, 250, 150];
  const g = scene.add.graphics();
  const ring = (value: number) =>
    radarPoints(
      axes.map(() => value),
      cx,
      cy,
      r,
    );
  for (const value of [25, 50, 75, 100]) g.lineStyle(1, 0xcfd6dd).strokePoints(vectors(ring(value)), true);
  for (const p of ring(100)) g.lineStyle(1, 0xcfd6dd).lineBetween(cx, cy, p.x, p.y);
  const shape = vectors(
    radarPoints(
      axes.map((a) => a.score),
      cx,
      cy,
      r,
    ),
  );
  const colour = passed ? 0x2a9d8f : 0xd1495b;
  g.fillStyle(colour, 0.35).fillPoints(shape, true);
  g.lineStyle(3, colour).strokePoints(shape, true);
  ring(118).forEach((p, i) => {
    scene.add
      .text(p.x, p.y, axes[i].label, { fontFamily: 'sans-serif', fontSize: '18px', color: '#1f2d3d', align: 'center' })
      .setOrigin(0.5);
  });
}
