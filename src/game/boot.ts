import * as Phaser from 'phaser';
import { sleepWhenIdle } from './idleLoop';
import { RENDER_SCALE, renderScale } from './renderScale';
import { AssetsScene } from './scenes/AssetsScene';
import { BootScene } from './scenes/BootScene';
import { DebriefScene } from './scenes/DebriefScene';
import { HospitalScene } from './scenes/HospitalScene';
import { TitleScene } from './scenes/TitleScene';
import { VisitScene } from './scenes/VisitScene';
import type { Services } from './services';

/**
 * Creates the Phaser game in `parent`, fitted as the DOM layer is. Scenes lay out on a 1280×720 stage; the
 * canvas is drawn larger where the screen has the pixels for it, and each camera zooms to match. Idle, it
 * draws nothing.
 */
export function startGame(parent: HTMLElement, services: Services): Phaser.Game {
  const scale = renderScale(window.innerWidth, window.innerHeight, window.devicePixelRatio);
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    width: 1280 * scale,
    height: 720 * scale,
    backgroundColor: '#1f2d3d',
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    scene: [BootScene, AssetsScene, TitleScene, HospitalScene, VisitScene, DebriefScene],
    callbacks: {
      preBoot: (game) => {
        game.registry.set('services', services);
        game.registry.set(RENDER_SCALE, scale);
      },
    },
  });
  sleepWhenIdle(game, services.overlay);
  return game;
}
