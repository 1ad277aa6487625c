import { el } from '../ui/dom';
import { GameScene } from './GameScene';

/** Loads what the title needs with a progress bar, waits for the saved game, then opens the title. */
export class BootScene extends GameScene {
  constructor() {
    super('boot');
  }

  preload(): void {
    const view = this.mountView();
    const label = el('p', { className: 'loading', text: this.t('loading') });
    const bar = el('div', {
      className: 'progress',
      attrs: { role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': '0' },
    });
    view.root.append(el('div', { className: 'boot' }, [label, bar]));

    const frame = this.add.rectangle(640, 400, 520, 18).setStrokeStyle(2, 0x24476b);
    const fill = this.add.rectangle(382, 400, 4, 14, 0x2a9d8f).setOrigin(0, 0.5);
    this.load.on('progress', (value: number) => {
      fill.width = 4 + 512 * value;
      bar.setAttribute('aria-valuenow', String(Math.round(value * 100)));
    });
    // A picture that fails to load is drawn as a plain shape; the game goes on.
    this.load.on('loaderror', () => {});
    void frame;

    // Only what the title shows; the rest loads behind the title (AssetsScene).
    this.load.svg('floor', 'art/floor.svg', { width: 1280, height: 720 });
  }

  create(): void {
    this.scene.launch('assets');
    void this.services.store.rehydrated.then(() => this.scene.start('title'));
  }
}
