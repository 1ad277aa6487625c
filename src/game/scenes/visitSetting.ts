import type * as Phaser from 'phaser';
import type { Customer } from '../../core/world/cast';
import type { SettingId } from '../../core/world/setting';
import { portraitKey } from './AssetsScene';

/**
 * Where the customer stands in each setting, in picture space: behind the desk in an office, in the
 * corridor, at the head of the table, by the lectern; on the phone, a contact picture on the laptop.
 * Messaging shows no one: the thread is the scene.
 */
const PLACES: Readonly<Record<SettingId, { x: number; y: number; width: number } | null>> = {
  office: { x: 600, y: 262, width: 300 },
  ward: { x: 640, y: 250, width: 320 },
  meeting: { x: 640, y: 250, width: 300 },
  congress: { x: 660, y: 214, width: 270 },
  desk: { x: 640, y: 212, width: 170 },
  phone: null,
};

/**
 * The setting drawn: its backdrop, the customer in it, and what stands in front of them; the customer's
 * face changes when their expression does, with a small nod unless motion is reduced.
 */
export class VisitSetting {
  private readonly image: Phaser.GameObjects.Image | null;
  private readonly size: { width: number; height: number };

  constructor(
    private readonly scene: Phaser.Scene,
    readonly customer: Customer,
    setting: SettingId,
  ) {
    const backdrop = `setting-${setting}`;
    if (scene.textures.exists(backdrop)) scene.add.image(640, 360, backdrop).setDisplaySize(1280, 720).setDepth(-10);
    const place = PLACES[setting];
    this.size = { width: place?.width ?? 0, height: (place?.width ?? 0) * 1.2 };
    this.image = place ? scene.add.image(place.x, place.y, portraitKey(scene, customer, 'neutral')) : null;
    this.image?.setDisplaySize(this.size.width, this.size.height).setDepth(-5);
    if (scene.textures.exists(`setting-${setting}-front`))
      scene.add.image(640, 360, `setting-${setting}-front`).setDisplaySize(1280, 720).setDepth(-4);
  }

  show(expression: string, motion: boolean): void {
    const key = portraitKey(this.scene, this.customer, expression);
    const image = this.image;
    if (!image || !this.scene.textures.exists(key) || image.texture.key === key) return;
    image.setTexture(key).setDisplaySize(this.size.width, this.size.height);
    if (motion) this.scene.tweens.add({ targets: image, scaleY: image.scaleY * 1.02, yoyo: true, duration: 120 });
  }
}
