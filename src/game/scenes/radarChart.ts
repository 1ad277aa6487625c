import * as Phaser from 'phaser';
import { radarPoints } from '../ui/radar';
import type { GameScene } from './GameScene';

const vectors = (points: readonly { x: number; y: number }[]) => points.map((p) => new Phaser.Math.Vector2(p.x, p.y));

/** The scored dimensions as a radar: rings at 25-100, the visit's shape green when it passed, red when not. */
export function drawRadar(scene: GameScene, axes: readonly { label: string; score: number }[], passed: boolean): void {
  const colour = passed ? 0x2a9d8f : 0xd1495b;
  // At the trainee's text size, and at the canvas's density to stay sharp.
  const style = {
    fontFamily: 'sans-serif',
    fontSize: scene.fontSize(16),
    color: '#1f2d3d',
    resolution: scene.renderScale,
  };
  if (axes.length < 3) {
    // One or two dimensions make no shape: a bar each, with its score.
    axes.forEach((a, i) => {
      const y = 150 + i * 80;
      scene.add.text(840, y, `${a.label} · ${a.score}`, { ...style, wordWrap: { width: 380 } });
      scene.add.rectangle(840, y + 34, 380, 18, 0xdde3ea).setOrigin(0, 0.5);
      scene.add.rectangle(840, y + 34, 3.8 * a.score, 18, colour).setOrigin(0, 0.5);
    });
    return;
  }
  // The radar takes the stage right of the debrief panel (x 800-1280), and shrinks as the text grows so
  // that a label's longest word still fits between the shape and the edge.
  const labelWidth = 100 * scene.textScale;
  const [cx, cy] = [1040, 250];
  const r = Math.min(130, (480 - 2 * labelWidth - 10) / 2.24);
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
  g.fillStyle(colour, 0.35).fillPoints(shape, true);
  g.lineStyle(3, colour).strokePoints(shape, true);
  // Each label with its score, set away from the shape and wrapped, so labels neither overlap nor leave the screen.
  ring(112).forEach((p, i) => {
    const side = p.x < cx - 8 ? 1 : p.x > cx + 8 ? 0 : 0.5;
    const align = side === 1 ? 'right' : side === 0 ? 'left' : 'center';
    scene.add
      .text(p.x, p.y, `${axes[i].label}\n${axes[i].score}`, { ...style, align, wordWrap: { width: labelWidth } })
      .setOrigin(side, p.y < cy - 8 ? 1 : p.y > cy + 8 ? 0 : 0.5);
  });
}
