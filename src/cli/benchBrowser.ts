import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { exploreStory } from '../core/check/explore';
import { bestPath, scoreRange } from '../core/check/scoreRange';
import { EMPTY_VIEW } from '../core/memory/memory';
import { launchChromium, serveBuild } from '../tools/browser';
import { compileInkFile } from '../tools/compileInk';
import { measureKeys } from './benchKeys';

/**
 * Measures the production build in headless Chromium: JavaScript loaded before the title is usable,
 * time to a usable title, choice click to the next line painted, key press to its result, long tasks and
 * idle canvas draws in a keyboard visit, and heap growth over 30 visits.
 */
const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(root, 'test-results/bench-dist');
const VISITS = Number(process.env.BENCH_VISITS ?? 30);
const kol = compileInkFile('stories/kol-cardiology-first-visit/en.ink').story;
if (!kol) throw new Error('the KOL visit does not compile: run npm run stories:check');
/** The best path through the KOL visit, as the story check finds it. */
const BEST = bestPath(scoreRange(kol, exploreStory(kol).graph, EMPTY_VIEW)).path;
const BUDGET = { jsKb: 450, titleMs: 1500, choiceP95Ms: 16, keyMedianMs: 50, keyP95Ms: 100, heapMb: 10 };

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');

const { url, server } = await serveBuild(outDir);
const browser = await launchChromium();

try {
  // 1-2. A cold load: JavaScript before the title is usable, and when it is.
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('reprounds:title-interactive').length > 0);
  const titleMs = await page.evaluate(() => performance.getEntriesByName('reprounds:title-interactive')[0].startTime);
  // Every script the page had received by the time the title was usable, at its gzip size.
  const loaded = await page.evaluate(
    (until) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.js') && (e as PerformanceResourceTiming).responseEnd <= until)
        .map((e) => e.name),
    titleMs,
  );
  const sizes = await Promise.all(
    loaded.map(async (u) => gzipSync(Buffer.from(await (await fetch(u)).arrayBuffer()), { level: 9 }).length),
  );
  const jsKb = sizes.reduce((sum, n) => sum + n, 0) / 1024;

  // 3. Choice click to the next line painted: Event Timing's duration runs from the input to the next paint.
  await page.evaluate(() => {
    const w = window as unknown as { __eventDurations: number[] };
    w.__eventDurations = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[]) {
        if (e.name === 'click' && (e.target as Element | null)?.closest?.('[data-testid=choices]'))
          w.__eventDurations.push(e.duration);
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
  });
  await page.click('[data-testid=start]');
  await page.click('[data-testid=visit-kol-cardiology-first-visit]');
  await page.click('[data-testid=start-visit]');
  let clicks = 0;
  const frameTimes: number[] = [];
  for (let visit = 0; visit < 2; visit++) {
    let taken = 0;
    for (;;) {
      await page.waitForSelector('[data-testid=continue], [data-testid=choices] button, [data-testid=debrief-total]');
      if (await page.$('[data-testid=debrief-total]')) break;
      const choices = await page.$$('[data-testid=choices] button');
      if (choices.length) {
        // In-page: from the click to the first animation frame after the new line is in the document.
        const frame = page.evaluate(
          () =>
            new Promise<number>((done) => {
              let t0 = 0;
              document.addEventListener('click', () => (t0 = performance.now()), { capture: true, once: true });
              const log = document.querySelector('.log') as HTMLElement;
              new MutationObserver((_, observer) => {
                observer.disconnect();
                requestAnimationFrame(() => done(performance.now() - t0));
              }).observe(log, { childList: true });
            }),
        );
        await choices[BEST[taken] - 1].click();
        frameTimes.push(await frame);
        taken++;
        clicks++;
      } else await page.click('[data-testid=continue]');
    }
    if (visit === 0) await page.click('[data-testid=retry]');
  }
  await page.waitForTimeout(300);
  const slow = await page.evaluate(() => (window as unknown as { __eventDurations: number[] }).__eventDurations);
  const choiceP95 =
    slow.length / clicks <= 0.05 ? null : percentile([...slow, ...Array(clicks - slow.length).fill(0)], 0.95);
  await page.close();

  // 4. A visit by keyboard alone: each press to its result, the long tasks, and the idle debrief's canvas.
  const keys = await measureKeys(browser, url, 'kol-cardiology-first-visit', BEST);

  // 5. Heap growth over consecutive visits in one page, after forced garbage collection.
  const heapPage = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const cdp = await heapPage.context().newCDPSession(heapPage);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 1024 / 1024;
  };
  await heapPage.goto(url);
  await heapPage.click('[data-testid=start]');
  await heapPage.click('[data-testid=visit-kol-cardiology-first-visit]');
  await heapPage.click('[data-testid=start-visit]');
  const playOne = () =>
    heapPage.evaluate(async (path) => {
      // No named helpers in here: the bundler would wrap them in a function the page does not have.
      let taken = 0;
      for (let guard = 0; guard < 500; guard++) {
        await new Promise((r) => setTimeout(r, 0));
        if (document.querySelector('[data-testid=debrief-total]')) return;
        const choice = document.querySelectorAll<HTMLButtonElement>('[data-testid=choices] button')[path[taken] - 1];
        if (choice) {
          choice.click();
          taken++;
          continue;
        }
        document.querySelector<HTMLButtonElement>('[data-testid=continue]')?.click();
      }
      throw new Error('a visit did not reach its debrief');
    }, BEST);
  await playOne();
  const heapStart = await heap();
  const visitStarted = Date.now();
  for (let i = 1; i < VISITS; i++) {
    await heapPage.click('[data-testid=retry]');
    await heapPage.waitForSelector('[data-testid=continue], [data-testid=choices] button');
    await playOne();
  }
  const heapEnd = await heap();
  const perVisit = (Date.now() - visitStarted) / (VISITS - 1);

  console.log(`RepRounds in headless Chromium (${url})`);
  console.log(
    `JavaScript before the title is usable: ${jsKb.toFixed(1)} KB gzip in ${loaded.length} files (budget ${BUDGET.jsKb} KB): ${verdict(jsKb <= BUDGET.jsKb)}`,
  );
  console.log(
    `title usable after: ${titleMs.toFixed(0)} ms (budget ${BUDGET.titleMs} ms): ${verdict(titleMs <= BUDGET.titleMs)}`,
  );
  console.log(
    `choice click to next paint, ${clicks} clicks: Event Timing saw ${slow.length} at 16 ms or more; p95 ${choiceP95 === null ? 'under 16 ms' : `${choiceP95} ms`} (budget ${BUDGET.choiceP95Ms} ms): ${verdict(choiceP95 === null || choiceP95 <= BUDGET.choiceP95Ms)}`,
  );
  console.log(
    `  in-page, click to the first frame after the new line: median ${percentile(frameTimes, 0.5).toFixed(1)} ms, p95 ${percentile(frameTimes, 0.95).toFixed(1)} ms`,
  );
  const keyMedian = percentile(keys.keyToPaint, 0.5);
  const keyP95 = percentile(keys.keyToPaint, 0.95);
  console.log(
    `key press to next paint, ${keys.presses} presses in one visit (Event Timing; under 16 ms counts as 0): median ${keyMedian} ms (budget ${BUDGET.keyMedianMs} ms), p95 ${keyP95} ms (budget ${BUDGET.keyP95Ms} ms), worst ${Math.max(...keys.keyToPaint)} ms: ${verdict(keyMedian <= BUDGET.keyMedianMs && keyP95 <= BUDGET.keyP95Ms)}`,
  );
  console.log(
    `  in-page, key to the first frame after the change: median ${percentile(keys.keyToFrame, 0.5).toFixed(1)} ms, p95 ${percentile(keys.keyToFrame, 0.95).toFixed(1)} ms`,
  );
  console.log(
    `  long tasks in that visit: ${keys.longTasks} (${keys.longTaskMs.toFixed(0)} ms in all); idle debrief: ${keys.idleDrawsPerSecond.toFixed(1)} canvas draw calls a second: ${verdict(keys.idleDrawsPerSecond === 0)}`,
  );
  console.log(
    `heap after 1 visit ${heapStart.toFixed(1)} MB, after ${VISITS} visits ${heapEnd.toFixed(1)} MB: growth ${(heapEnd - heapStart).toFixed(1)} MB (budget ${BUDGET.heapMb} MB): ${verdict(heapEnd - heapStart <= BUDGET.heapMb)}`,
  );
  console.log(`  ${(perVisit / 1000).toFixed(1)} s a visit when played without pauses`);
} finally {
  await browser.close();
  await server.close();
}
