import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { bestOf, compileClean } from '../support/stories';
import { openPage, playByKeyboard, readToChoices, shot, useBrowser } from './browser';

const KOL = 'kol-cardiology-first-visit';
const url = () => inject('baseUrl');
const browser = useBrowser();

/** What a phone held upright would make hard to read: text under 14 px, or a screen wider than the phone. */
function unreadable(page: Page) {
  return page.evaluate(() => {
    const small: string[] = [];
    for (const node of document.querySelectorAll<HTMLElement>('#ui *')) {
      const ownText = [...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent?.trim());
      if (!ownText || node.closest('.visually-hidden')) continue;
      const box = node.getBoundingClientRect();
      if (box.width < 2 || box.height < 2) continue;
      const size = Number.parseFloat(getComputedStyle(node).fontSize);
      if (size < 14)
        small.push(
          `${size.toFixed(1)}px ${node.tagName.toLowerCase()}.${node.className}: ${node.textContent?.slice(0, 40)}`,
        );
    }
    const wide = [...document.querySelectorAll<HTMLElement>('#ui .view')].filter(
      (v) => v.scrollWidth > v.clientWidth + 1,
    );
    return { small, tooWide: wide.map((v) => v.className), pageWidth: document.documentElement.scrollWidth };
  });
}

describe('RepRounds at every screen size', () => {
  for (const [locale, browserLocale] of [
    ['en', 'en-GB'],
    ['zh-CN', 'zh-CN'],
  ] as const) {
    it(`lays every screen out for a phone held upright, no text under 14 px (${locale})`, async () => {
      const story = compileClean(`stories/${KOL}/${locale}.ink`);
      const { page, errors } = await openPage(browser(), {
        locale: browserLocale,
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 3,
      });
      const fine = { small: [], tooWide: [], pageWidth: 390 };
      await page.goto(url());
      await page.waitForSelector('[data-testid=start]:focus');
      expect({ screen: 'title', ...(await unreadable(page)) }).toEqual({ screen: 'title', ...fine });
      await page.click('[data-testid=start]');
      await page.click(`[data-testid=visit-${KOL}]`);
      await page.waitForSelector('[data-testid=start-visit]');
      expect({ screen: 'hospital', ...(await unreadable(page)) }).toEqual({ screen: 'hospital', ...fine });
      await page.click('[data-testid=start-visit]');
      await readToChoices(page);
      if (locale === 'en') await shot(page, 'phone-visit');
      expect({ screen: 'visit', ...(await unreadable(page)) }).toEqual({ screen: 'visit', ...fine });
      // The scene stays in sight above the panels, and the first choice can be scrolled to and read.
      const layout = await page.evaluate(() => {
        const canvas = (document.querySelector('#stage canvas') as HTMLElement).getBoundingClientRect();
        const view = (document.querySelector('.view-visit') as HTMLElement).getBoundingClientRect();
        return { canvasWidth: Math.round(canvas.width), canvasTop: canvas.top, viewTop: Math.round(view.top) };
      });
      expect(layout).toEqual({ canvasWidth: 390, canvasTop: 0, viewTop: Math.round((390 * 9) / 16) });
      await page.locator('[data-testid=choices] button').first().scrollIntoViewIfNeeded();
      await expect.poll(() => page.locator('[data-testid=choices] button').first().isVisible()).toBe(true);
      await page.click('[data-testid=resources-open]');
      expect({ screen: 'resources', ...(await unreadable(page)) }).toEqual({ screen: 'resources', ...fine });
      await page.keyboard.press('Escape');
      await playByKeyboard(page, bestOf(story).path);
      expect({ screen: 'debrief', ...(await unreadable(page)) }).toEqual({ screen: 'debrief', ...fine });
      expect(errors).toEqual([]);
    });
  }

  it('keeps the whole title reachable at the largest text size, from its top', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(url());
    await page.click('.settings summary');
    await page.selectOption('.settings select', 'x-large');
    const heading = await page.evaluate(() => {
      const h1 = (document.querySelector('.title h1') as HTMLElement).getBoundingClientRect();
      return {
        fontSize: getComputedStyle(document.querySelector('.title h1') as HTMLElement).fontSize,
        top: h1.top >= 0,
      };
    });
    expect(heading).toEqual({ fontSize: `${Math.round(18 * 1.4 * 2.8 * 100) / 100}px`, top: true });
    await page.locator('.settings label').last().scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('.settings label').last().isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('draws the canvas at the projector’s own resolution, so its text is sharp', async () => {
    const { page, errors } = await openPage(browser(), { viewport: { width: 1920, height: 1080 } });
    await page.goto(url());
    await page.click('[data-testid=start]');
    await page.waitForSelector('[data-testid^=visit-]');
    const canvas = await page.evaluate(() => {
      const c = document.querySelector('#stage canvas') as HTMLCanvasElement;
      return { width: c.width, height: c.height, shown: Math.round(c.getBoundingClientRect().width) };
    });
    expect(canvas).toEqual({ width: 1920, height: 1080, shown: 1920 });
    await shot(page, 'projector-hospital');
    expect(errors).toEqual([]);
  });
});
