import * as Phaser from 'phaser';
import { GameScene } from './GameScene';

/** Draws the floor behind the title's DOM and takes the player on when they start. */
export class TitleScene extends GameScene {
  constructor() {
    super('title');
  }

  create(): void {
    this.backdrop('floor', 0xd9cfc0);
    this.add.rectangle(640, 360, 1280, 720, 0x1f2d3d, 0.55);
    const { title } = this.services;
    title.view.show();
    title.sceneReady(this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      title.view.hide();
      title.sceneReady(null);
    });
  }

  /** Leaves the title: resume the visit in progress, or go to the hospital (dropping it for a new game). */
  leave(fresh: boolean): void {
    const { store, audio } = this.services;
    if (fresh) store.getState().clearVisit();
    audio.play('ui-click');
    audio.startAmbience();
    const { visit, visitOpenElsewhere, takeOverVisit } = store.getState();
    if (visit && !visitOpenElsewhere()) {
      takeOverVisit();
      this.scene.start('visit', { scenario: visit.scenario, resume: true });
    } else this.scene.start('hospital');
  }
}
