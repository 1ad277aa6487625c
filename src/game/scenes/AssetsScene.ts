import * as Phaser from 'phaser';
import { MOODS, SEGMENT_IDS } from '../../core/methodology/stages';
import { CAST } from '../../core/world/cast';
import { SETTING_IDS, type SettingId } from '../../core/world/setting';
import { RENDER_SCALE } from '../renderScale';

/** The settings drawn with something in front of the customer (a desk, a table, a lectern). */
const HAS_FRONT: readonly SettingId[] = ['office', 'meeting', 'congress'];

export const ASSETS_READY = 'reprounds:assets-ready';

/** Loads the rooms and portraits in the background while the title is up; scenes wait on `whenAssetsReady`. */
export class AssetsScene extends Phaser.Scene {
  constructor() {
    super('assets');
  }

  preload(): void {
    // A picture that fails to load is drawn as a plain shape; the game goes on.
    this.load.on('loaderror', () => {});
    const services = this.registry.get('services') as { reportProgress(f: number | null): void };
    this.load.on('progress', (value: number) => services.reportProgress(value < 1 ? value : null));
    // Drawn at the canvas's density, so that the pictures stay sharp on a large or dense screen.
    const k = (this.registry.get(RENDER_SCALE) as number | undefined) ?? 1;
    const stage = { width: 1280 * k, height: 720 * k };
    for (const setting of SETTING_IDS) {
      this.load.svg(`setting-${setting}`, `art/setting-${setting}.svg`, stage);
      if (HAS_FRONT.includes(setting))
        this.load.svg(`setting-${setting}-front`, `art/setting-${setting}-front.svg`, stage);
    }
    for (const who of [...SEGMENT_IDS, ...Object.keys(CAST)]) {
      for (const mood of MOODS) {
        this.load.svg(`portrait-${who}-${mood}`, `art/portrait-${who}-${mood}.svg`, {
          width: 400 * k,
          height: 480 * k,
        });
      }
    }
  }

  create(): void {
    this.registry.set(ASSETS_READY, true);
    this.game.events.emit(ASSETS_READY);
  }
}

/** Runs `then` once the background pictures are in, at once if they already are. */
export function whenAssetsReady(scene: Phaser.Scene, then: () => void): void {
  if (scene.registry.get(ASSETS_READY)) then();
  else scene.game.events.once(ASSETS_READY, () => scene.sys.isActive() && then());
}

/** The texture of a customer's face: their own portrait where there is one, else their segment's. */
export function portraitKey(scene: Phaser.Scene, customer: { id: string; segment: string }, mood: string): string {
  const own = `portrait-${customer.id}-${mood}`;
  return scene.textures.exists(own) ? own : `portrait-${customer.segment}-${mood}`;
}
