import { GameScene } from './GameScene';

/** Loads the title's picture, with progress shown on the canvas and in the title's progress bar. */
export class BootScene extends GameScene {
  constructor() {
    super('boot');
  }

  preload(): void {
    const fill = this.add.rectangle(0, 716, 4, 8, 0x2a9d8f).setOrigin(0, 0.5);
    this.load.on('progress', (value: number) => {
      fill.width = 1280 * value;
      this.services.reportProgress(value);
    });
    // A picture that fails to load is drawn as a plain shape; the game goes on.
    this.load.on('loaderror', () => {});
    this.load.svg('floor', 'art/floor.svg', { width: 1280 * this.renderScale, height: 720 * this.renderScale });
  }

  create(): void {
    this.scene.launch('assets');
    this.scene.start('title');
  }
}
