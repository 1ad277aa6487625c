import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium } from '../../src/tools/browser';

const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');

const open: BrowserContext[] = [];

/** For a test file: Chromium launched once, each test's pages closed after it, the browser closed at the end. */
export function useBrowser(): () => Browser {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(closePages);
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not launched yet');
    return browser;
  };
}

/** Closes the pages a test opened: a game left running would slow every test after it. */
export async function closePages(): Promise<void> {
  await Promise.all(open.splice(0).map((c) => c.close()));
}

/** A page that records every console error and uncaught exception, for the test to assert there were none. */
export async function openPage(
  browser: Browser,
  options: {
    locale?: string;
    init?: string;
    reducedMotion?: 'reduce';
    viewport?: { width: number; height: number };
    deviceScaleFactor?: number;
  } = {},
) {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 720 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    locale: options.locale ?? 'en-GB',
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  open.push(context);
  if (options.init) await context.addInitScript(options.init);
  return { ...(await openTab(context)), context };
}

/** Another tab of the same browser profile: it shares the first one's storage, and records its own errors. */
export async function openTab(context: BrowserContext) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`http ${r.status()}: ${r.url()}`);
  });
  return { page, errors };
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: resolve(SHOTS, `${name}.png`) });
}

/** Plays on by keyboard: Enter on Continue, the number key of each choice in turn, to the debrief. */
export async function playByKeyboard(page: Page, path: readonly number[], stopAfter = path.length): Promise<void> {
  let taken = 0;
  for (let guard = 0; guard < 400; guard++) {
    const state = await page.waitForFunction(
      () => {
        if (document.querySelector('[data-testid=debrief-total]')) return 'debrief';
        if (document.querySelector('[data-testid=choices] button')) return 'choices';
        if (document.querySelector('[data-testid=continue]')) return 'continue';
        return null;
      },
      undefined,
      { timeout: 15_000 },
    );
    const what = await state.jsonValue();
    if (what === 'debrief') return;
    if (what === 'choices') {
      if (taken >= stopAfter) return;
      const before = await page.locator('.log p').count();
      await page.keyboard.press(String(path[taken]));
      taken++;
      await page.waitForFunction((n) => document.querySelectorAll('.log p').length > n, before);
    } else {
      if (taken >= stopAfter && stopAfter < path.length) return;
      const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid);
      if (focused !== 'continue') throw new Error(`Continue is not focused (focus is on ${focused})`);
      const before = await page.locator('.log p').count();
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        (n) => document.querySelectorAll('.log p').length > n || document.querySelector('[data-testid=debrief-total]'),
        before,
      );
    }
  }
  throw new Error('the visit did not reach the debrief');
}

/** Reads on with Enter to the next decision (or the end), without choosing. */
export async function readToChoices(page: Page): Promise<void> {
  for (let guard = 0; guard < 200; guard++) {
    const at = await page.waitForSelector(
      '[data-testid=continue]:focus, [data-testid=choices] button, [data-testid=debrief-total]',
    );
    if ((await at.getAttribute('data-testid')) !== 'continue') return;
    await page.keyboard.press('Enter');
    await page.waitForFunction((el) => !el.isConnected || document.activeElement !== el, at);
  }
  throw new Error('no decision came');
}

/** Clicks what offers a download and returns the text of the file it makes, as the page hands it over. */
export async function downloadedText(page: Page, selector: string): Promise<string> {
  return page.evaluate(async (target) => {
    const seen: Promise<string>[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob) => {
      seen.push((blob as Blob).text());
      return create(blob as Blob);
    };
    (document.querySelector(target) as HTMLElement).click();
    URL.createObjectURL = create;
    return seen.length ? await seen[0] : '';
  }, selector);
}

/** An init script that puts `text` in the game's save once, before the first load of the tab (not on reloads). */
export const seedSave = (text: string) =>
  `if (!sessionStorage.getItem('seeded')) { localStorage.setItem('reprounds', ${JSON.stringify(text)}); sessionStorage.setItem('seeded', '1'); }`;
