import catalog from 'virtual:reprounds/catalog';
import { createHowlerAudio } from './audio/howlerAudio';
import { localeFrom, type Services, storyLoader, type TitleHost } from './services';
import { browserStorage, tabName } from './state/browserStorage';
import { type Settings, TEXT_SCALE } from './state/slices';
import { createGameStore } from './state/store';
import { BACK_EVENT, systemReducesMotion } from './ui/dom';
import { mountStorageNotice } from './ui/storageNotice';
import { TitleView } from './ui/titleView';
import './ui/styles.css';

// The title is plain DOM and comes up at once; the game engine loads behind it.
const overlay = document.getElementById('ui') as HTMLElement;
const stage = document.getElementById('stage') as HTMLElement;
const { storage, blocked } = browserStorage();
const store = createGameStore(storage, undefined, tabName());
// A tab that closes lets go of its visit, so the next one opened can Continue it at once.
window.addEventListener('pagehide', () => store.getState().releaseVisit());
const audio = createHowlerAudio(import.meta.env.BASE_URL);
const locale = () => localeFrom(store);
mountStorageNotice(overlay, store, locale);

let titleScene: { leave(fresh: boolean): void } | null = null;
let waiting: boolean | null = null;
/** Start pressed before the engine is ready waits for it; the title scene then leaves at once. */
function leaveTitle(fresh: boolean): void {
  if (titleScene) titleScene.leave(fresh);
  else {
    waiting = fresh;
    overlay.classList.add('busy');
  }
}
const view = new TitleView(
  overlay,
  { store, storage, audio, locale },
  {
    start: () => leaveTitle(false),
    newGame: () => leaveTitle(true),
    takeOver: () => {
      store.getState().takeOverVisit();
      leaveTitle(false);
    },
  },
);
const title: TitleHost = {
  view,
  sceneReady: (scene) => {
    titleScene = scene;
    if (scene && waiting !== null) {
      overlay.classList.remove('busy');
      const fresh = waiting;
      waiting = null;
      scene.leave(fresh);
    }
  },
};

const services: Services = {
  store,
  storage,
  audio,
  catalog,
  overlay,
  loadStory: storyLoader,
  loadEngine: () => import('./engine'),
  locale,
  title,
  reportProgress: (fraction) => view.setProgress(fraction),
};

function applySettings(settings: Settings): void {
  overlay.style.setProperty('--text-scale', String(TEXT_SCALE[settings.textSize]));
  document.body.classList.toggle('reduce-motion', settings.reducedMotion || systemReducesMotion());
  audio.setLevel(settings.volume, settings.muted);
}
store.subscribe((state, previous) => {
  if (state.settings !== previous.settings) applySettings(state.settings);
});

/** A phone held upright: the scene is a strip at the top and the panels run below it, in the page's flow. */
const upright = window.matchMedia('(max-aspect-ratio: 4/5)');

/** Lays the DOM layer over the 16:9 stage exactly as the canvas is fitted, and scales its type with it. */
function placeOverlay(): void {
  overlay.classList.toggle('portrait', upright.matches);
  if (upright.matches) {
    // A strip 16:9 of the width would make 5 px text: the panels take the whole screen at a phone's size.
    Object.assign(overlay.style, { left: '0px', top: '0px', width: '100vw', height: '100dvh' });
    overlay.style.setProperty('--u', String(16 / 18));
    return;
  }
  const scale = Math.min(window.innerWidth / 1280, window.innerHeight / 720);
  const width = 1280 * scale;
  const height = 720 * scale;
  Object.assign(overlay.style, {
    left: `${(window.innerWidth - width) / 2}px`,
    top: `${(window.innerHeight - height) / 2}px`,
    width: `${width}px`,
    height: `${height}px`,
  });
  overlay.style.setProperty('--u', String(scale));
}
window.addEventListener('resize', placeOverlay);
placeOverlay();

// The browser's Back stays in the game: each screen decides what it means (the visit opens its menu).
// The guard entry is laid on the first key or click too, since browsers skip entries made without one.
const guardBack = () => history.pushState({ reprounds: 'back-guard' }, '');
guardBack();
for (const type of ['pointerdown', 'keydown'] as const) window.addEventListener(type, guardBack, { once: true });
window.addEventListener('popstate', () => {
  guardBack();
  document.dispatchEvent(new Event(BACK_EVENT));
});

void store.rehydrated.then(() => {
  if (blocked) store.setState({ storageProblem: { reason: 'blocked' } });
  applySettings(store.getState().settings);
  view.show();
  void import('./boot').then(({ startGame }) => startGame(stage, services));
});
