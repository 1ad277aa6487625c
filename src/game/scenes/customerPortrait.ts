import type * as Phaser from 'phaser';
import type { Customer } from '../../core/world/cast';
import { portraitKey } from './AssetsScene';

const SIZE = { width: 260, height: 312 } as const;

/** The customer's face in the office, changed when their expression does, with a small nod unless motion is reduced. */
export class CustomerPortrait {
  private readonly image: Phaser.GameObjects.Image;

  constructor(
    private readonly scene: Phaser.Scene,
    readonly customer: Customer,
  ) {
    this.image = scene.add.image(640, 232, portraitKey(scene, customer, 'neutral'));
    this.image.setDisplaySize(SIZE.width, SIZE.height);
  }

  show(expression: string, motion: boolean): void {
    const key = portraitKey(this.scene, this.customer, expression);
    if (!this.scene.textures.exists(key) || this.image.texture.key === key) return;
    this.image.setTexture(key).setDisplaySize(SIZE.width, SIZE.height);
    if (motion)
      this.scene.tweens.add({ targets: this.image, scaleY: this.image.scaleY * 1.02, yoyo: true, duration: 120 });
  }
}
