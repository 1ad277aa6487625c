import * as Phaser from 'phaser';
import type { Locale } from '../../core/methodology/locale';
import { STRINGS, type Strings, t } from '../i18n/strings';
import { RENDER_SCALE } from '../renderScale';
import type { Services } from '../services';
import { TEXT_SCALE } from '../state/slices';
import { BACK_EVENT, systemReducesMotion, View } from '../ui/dom';

/** What all scenes share: the services, the language, and one DOM view that lives as long as the scene. */
export abstract class GameScene extends Phaser.Scene {
  protected view: View | null = null;

  /** Every scene lays out on the 1280×720 stage, whatever size the canvas is drawn at. */
  init(): void {
    this.cameras.main.setZoom(this.renderScale).centerOn(640, 360);
  }

  /** Device pixels per stage pixel: pictures load and text renders at this density to stay sharp. */
  get renderScale(): number {
    return (this.registry.get(RENDER_SCALE) as number | undefined) ?? 1;
  }

  /** How much larger than normal the trainee set the text: it reaches the canvas's words too. */
  get textScale(): number {
    return TEXT_SCALE[this.services.store.getState().settings.textSize];
  }

  /** A canvas font size at the trainee's text size, from `size` in stage pixels at normal size. */
  fontSize(size: number): string {
    return `${Math.round(size * this.textScale)}px`;
  }

  get services(): Services {
    return this.registry.get('services') as Services;
  }

  get locale(): Locale {
    return this.services.locale();
  }

  get strings(): Strings {
    return STRINGS[this.locale];
  }

  t(key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]): string {
    return t(this.locale, key, params);
  }

  get reducedMotion(): boolean {
    return this.services.store.getState().settings.reducedMotion || systemReducesMotion();
  }

  /** Back to the hospital floor, where every visit starts and ends. */
  protected toHospital(): void {
    this.scene.start('hospital');
  }

  /** What the browser's Back does on this screen; the game never leaves the page for it. */
  protected back: () => void = () => {};

  /** A fresh DOM view for this scene, removed when the scene shuts down. */
  protected mountView(): View {
    this.view?.remove();
    const screens: Record<string, string> = this.strings.screens;
    const view = new View(this.services.overlay, this.scene.key, screens[this.scene.key] ?? this.scene.key);
    this.view = view;
    view.listen(BACK_EVENT, () => this.back());
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      view.remove();
      if (this.view === view) this.view = null;
    });
    return view;
  }

  /** The room picture, or a plain colour when the file did not load. */
  protected backdrop(key: string, color: number): void {
    const back = this.textures.exists(key)
      ? this.add.image(640, 360, key).setDisplaySize(1280, 720)
      : this.add.rectangle(640, 360, 1280, 720, color);
    back.setDepth(-10);
  }
}
