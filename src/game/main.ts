import catalog from 'virtual:reprounds/catalog';
import * as Phaser from 'phaser';
import { createHowlerAudio } from './audio/howlerAudio';
import { AssetsScene } from './scenes/AssetsScene';
import { BootScene } from './scenes/BootScene';
import { DebriefScene } from './scenes/DebriefScene';
import { HospitalScene } from './scenes/HospitalScene';
import { TitleScene } from './scenes/TitleScene';
import { VisitScene } from './scenes/VisitScene';
import { localeFrom, type Services, storyLoader } from './services';
import { browserStorage } from './state/browserStorage';
import type { Settings } from './state/slices';
import { createGameStore } from './state/store';
import './ui/styles.css';

const overlay = document.getElementById('ui') as HTMLElement;
const stage = document.getElementById('stage') as HTMLElement;
const storage = browserStorage();
const store = createGameStore(storage);
const audio = createHowlerAudio(import.meta.env.BASE_URL);

const services: Services = {
  store,
  storage,
  audio,
  catalog,
  overlay,
  loadStory: storyLoader,
  loadEngine: () => import('./engine'),
  locale: () => localeFrom(store),
};

const TEXT_SCALE: Record<Settings['textSize'], string> = { normal: '1', large: '1.2', 'x-large': '1.4' };
function applySettings(settings: Settings): void {
  overlay.style.setProperty('--text-scale', TEXT_SCALE[settings.textSize]);
  document.body.classList.toggle('reduce-motion', settings.reducedMotion);
  audio.setLevel(settings.volume, settings.muted);
}
void store.rehydrated.then(() => applySettings(store.getState().settings));
store.subscribe((state, previous) => {
  if (state.settings !== previous.settings) applySettings(state.settings);
});

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: stage,
  width: 1280,
  height: 720,
  backgroundColor: '#f4efe6',
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  scene: [BootScene, AssetsScene, TitleScene, HospitalScene, VisitScene, DebriefScene],
  callbacks: { preBoot: (g) => g.registry.set('services', services) },
});

/** Lays the DOM layer exactly over the canvas, and scales its type with it. */
function placeOverlay(): void {
  const canvas = game.canvas;
  if (!canvas) return;
  const rect = canvas.getBoundingClientRect();
  Object.assign(overlay.style, {
    left: `${rect.left + window.scrollX}px`,
    top: `${rect.top + window.scrollY}px`,
    width: `${rect.width}px`,
    height: `${rect.height}px`,
  });
  overlay.style.setProperty('--u', String(rect.width / 1280));
}
game.scale.on(Phaser.Scale.Events.RESIZE, placeOverlay);
game.events.once(Phaser.Core.Events.READY, placeOverlay);
window.addEventListener('resize', placeOverlay);
