import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { bestOf, compileClean } from '../support/stories';
import { openPage, openTab, playByKeyboard, shot, useBrowser } from './browser';

const KOL = 'kol-cardiology-first-visit';
const story = compileClean(`stories/${KOL}/en.ink`);
const BEST = bestOf(story).path;
const url = () => inject('baseUrl');
const saved = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('reprounds') ?? '{}').state);

const browser = useBrowser();

async function startKolVisit(page: Page): Promise<void> {
  await page.click('[data-testid=start]');
  await page.click(`[data-testid=visit-${KOL}]`);
  await page.click('[data-testid=start-visit]');
}

describe('RepRounds in two tabs', () => {
  it('keeps the visits one tab finished when the other, opened before, saves afterwards', async () => {
    const a = await openPage(browser());
    await a.page.goto(url());
    const b = await openTab(a.context);
    await b.page.goto(url());
    await b.page.waitForSelector('[data-testid=start]');
    await startKolVisit(a.page);
    await playByKeyboard(a.page, BEST);
    // Tab B, still at its title since before the visit, changes a setting: a write of its whole game.
    await b.page.click('.settings summary');
    await b.page.check('.settings input[type=checkbox] >> nth=0');
    await b.page.waitForFunction(() => JSON.parse(localStorage.getItem('reprounds') ?? '{}').state?.settings?.muted);
    expect((await saved(b.page)).finished).toHaveLength(1);
    await a.page.goto(url());
    await a.page.click('[data-testid=start]');
    expect(await a.page.textContent(`[data-testid=visit-${KOL}] + .muted`)).toMatch(/Best score: \d+/);
    expect([...a.errors, ...b.errors]).toEqual([]);
  });

  it('gives a visit in progress to one tab: the other says so, takes it over on request, and the first stops', async () => {
    const a = await openPage(browser());
    await a.page.goto(url());
    await startKolVisit(a.page);
    await playByKeyboard(a.page, BEST, 2);
    const log = await a.page.locator('.log p').allTextContents();

    const b = await openTab(a.context);
    await b.page.goto(url());
    await b.page.waitForSelector('[data-testid=visit-elsewhere]');
    expect(await b.page.textContent('[data-testid=start]')).toBe('Go to the hospital');
    expect(await b.page.locator('[data-testid=new-game]').count()).toBe(0);
    await shot(b.page, 'visit-elsewhere');
    // Its hospital starts no visit over the other tab's.
    await b.page.click('[data-testid=start]');
    await b.page.click(`[data-testid=visit-${KOL}]`);
    expect(await b.page.isDisabled('[data-testid=start-visit]')).toBe(true);

    await b.page.click('[data-testid=take-over]');
    await b.page.waitForSelector('[data-testid=continue], [data-testid=choices] button');
    expect(await b.page.locator('.log p').allTextContents()).toEqual(log);
    await a.page.waitForSelector('[data-testid=take-over]');
    expect(await a.page.textContent('.log .notice')).toContain('now being played in another tab');
    expect(await a.page.locator('[data-testid=choices] button').count()).toBe(0);

    await playByKeyboard(b.page, BEST.slice(2), 1);
    const moves = (await saved(b.page)).visit.log.moves;
    expect(moves).toEqual(BEST.slice(0, 3).map((n) => n - 1));
    // Taking it back in the first tab resumes it there, at the move the second tab made.
    await a.page.click('[data-testid=take-over]');
    await a.page.waitForSelector('[data-testid=continue], [data-testid=choices] button');
    await b.page.waitForSelector('[data-testid=take-over]');
    expect((await saved(a.page)).visit.log.moves).toEqual(moves);
    expect([...a.errors, ...b.errors]).toEqual([]);
  });
});
