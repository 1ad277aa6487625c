import * as Phaser from 'phaser';
import { MOODS, SEGMENT_IDS } from '../../core/methodology/stages';

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
    this.load.svg('office', 'art/office.svg', { width: 1280, height: 720 });
    for (const segment of SEGMENT_IDS) {
      for (const mood of MOODS) {
        this.load.svg(`portrait-${segment}-${mood}`, `art/portrait-${segment}-${mood}.svg`, {
          width: 400,
          height: 480,
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
