import type { Browser } from 'playwright-core';

/** What one keyboard visit cost: each key press to its result on screen, long tasks, idle canvas draws. */
export interface KeyFigures {
  /** Event Timing's duration of each keydown: from the key to the next paint, 8 ms steps; under 16 ms shows as 0. */
  readonly keyToPaint: number[];
  /** In-page: from the keydown to the first frame after the page changed. */
  readonly keyToFrame: number[];
  readonly presses: number;
  readonly longTasks: number;
  readonly longTaskMs: number;
  /** WebGL draw calls a second on the debrief left alone, after it settled. */
  readonly idleDrawsPerSecond: number;
}

// Counts the canvas's draw calls, WebGL or WebGL2, and every task of 50 ms or more, from the first script.
const INSTRUMENT = `
window.__draws = 0;
for (const C of [window.WebGLRenderingContext, window.WebGL2RenderingContext]) {
  if (!C) continue;
  for (const name of ['drawElements', 'drawArrays']) {
    const draw = C.prototype[name];
    C.prototype[name] = function (...args) { window.__draws++; return draw.apply(this, args); };
  }
}
window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
  .observe({ type: 'longtask', buffered: true });
window.__keys = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (e.name === 'keydown') window.__keys.push(e.duration);
}).observe({ type: 'event', durationThreshold: 16, buffered: false });
`;

interface Instrumented {
  __draws: number;
  __longTasks: number[];
  __keys: number[];
}

/**
 * Plays one visit with the keyboard only, as a trainee does: Enter on Continue, the number of each choice
 * in `path`. A press's result is the next line in the log, or the debrief.
 */
export async function measureKeys(browser: Browser, url: string, scenario: string, path: readonly number[]) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(INSTRUMENT);
  const page = await context.newPage();
  await page.goto(url);
  await page.click('[data-testid=start]');
  await page.click(`[data-testid=visit-${scenario}]`);
  await page.click('[data-testid=start-visit]');
  await page.waitForSelector('[data-testid=continue], [data-testid=choices] button');
  // Long tasks from here on are the visit's, not the page load's.
  await page.evaluate(() => {
    (window as unknown as Instrumented).__longTasks = [];
  });
  const keyToFrame: number[] = [];
  let taken = 0;
  for (let guard = 0; guard < 400; guard++) {
    await page.waitForSelector(
      '[data-testid=continue]:focus, [data-testid=choices] button, [data-testid=debrief-total]',
    );
    if (await page.$('[data-testid=debrief-total]')) break;
    const key = (await page.$('[data-testid=choices] button')) ? String(path[taken++]) : 'Enter';
    const frame = page.evaluate(
      () =>
        new Promise<number>((done) => {
          let t0 = 0;
          document.addEventListener('keydown', () => (t0 = performance.now()), { capture: true, once: true });
          new MutationObserver((_, observer) => {
            observer.disconnect();
            requestAnimationFrame(() => done(performance.now() - t0));
          }).observe(document.getElementById('ui') as HTMLElement, { childList: true, subtree: true });
        }),
    );
    await page.keyboard.press(key);
    keyToFrame.push(await frame);
  }
  await page.waitForSelector('[data-testid=debrief-total]');
  const visit = await page.evaluate(() => {
    const w = window as unknown as Instrumented;
    return { keys: [...w.__keys], longTasks: [...w.__longTasks] };
  });
  // The debrief left alone: once it settled, nothing on the canvas should be drawn again.
  await page.waitForTimeout(2500);
  const drawsBefore = await page.evaluate(() => (window as unknown as Instrumented).__draws);
  await page.waitForTimeout(3000);
  const drawsAfter = await page.evaluate(() => (window as unknown as Instrumented).__draws);
  await context.close();
  const presses = keyToFrame.length;
  return {
    // Presses Event Timing did not report took under 16 ms.
    keyToPaint: [...visit.keys, ...Array(Math.max(0, presses - visit.keys.length)).fill(0)],
    keyToFrame,
    presses,
    longTasks: visit.longTasks.length,
    longTaskMs: visit.longTasks.reduce((sum, d) => sum + d, 0),
    idleDrawsPerSecond: (drawsAfter - drawsBefore) / 3,
  } satisfies KeyFigures;
}
