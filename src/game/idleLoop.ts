import * as Phaser from 'phaser';

const WAKERS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'resize', 'focus'] as const;

/**
 * Lets Phaser's loop sleep while nothing on the canvas moves, so an idle screen draws nothing: once no
 * tween runs, nothing loads, and nothing happened on the page for `quietMs`. Any input, any change to the
 * DOM layer (every state change shows there), a resize or the page coming back into view wakes it.
 */
export function sleepWhenIdle(game: Phaser.Game, watched: HTMLElement, quietMs = 1000): () => void {
  let last = performance.now();
  const wake = () => {
    last = performance.now();
    if (!game.loop.running) game.loop.wake();
  };
  for (const type of WAKERS) window.addEventListener(type, wake, { capture: true, passive: true });
  document.addEventListener('visibilitychange', wake);
  const observer = new MutationObserver(wake);
  observer.observe(watched, { subtree: true, childList: true, characterData: true, attributes: true });
  const moving = () =>
    game.scene.getScenes(true).some((scene) => scene.tweens.getTweens().length > 0 || scene.load.isLoading());
  const maybeSleep = () => {
    if (performance.now() - last > quietMs && !moving()) game.loop.sleep();
  };
  game.events.on(Phaser.Core.Events.POST_RENDER, maybeSleep);
  return () => {
    for (const type of WAKERS) window.removeEventListener(type, wake, { capture: true });
    document.removeEventListener('visibilitychange', wake);
    observer.disconnect();
    game.events.off(Phaser.Core.Events.POST_RENDER, maybeSleep);
  };
}
