import * as Phaser from 'phaser';
import { sleepWhenIdle } from './idleLoop';
import { AssetsScene } from './scenes/AssetsScene';
import { BootScene } from './scenes/BootScene';
import { DebriefScene } from './scenes/DebriefScene';
import { HospitalScene } from './scenes/HospitalScene';
import { TitleScene } from './scenes/TitleScene';
import { VisitScene } from './scenes/VisitScene';
import type { Services } from './services';

/** Creates the Phaser game in `parent`, its canvas fitted to 1280×720 as the DOM layer is; idle, it draws nothing. */
export function startGame(parent: HTMLElement, services: Services): Phaser.Game {
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    width: 1280,
    height: 720,
    backgroundColor: '#1f2d3d',
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    scene: [BootScene, AssetsScene, TitleScene, HospitalScene, VisitScene, DebriefScene],
    callbacks: { preBoot: (game) => game.registry.set('services', services) },
  });
  sleepWhenIdle(game, services.overlay);
  return game;
}
