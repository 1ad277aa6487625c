import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { bestOf, compileClean } from '../support/stories';
import { openPage, playByKeyboard, readToChoices, useBrowser } from './browser';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const KOL = 'kol-cardiology-first-visit';
const story = compileClean(`stories/${KOL}/en.ink`);
const BEST = bestOf(story).path;
const url = () => inject('baseUrl');

interface Found {
  readonly screen: string;
  readonly id: string;
  readonly impact: string;
  readonly nodes: readonly string[];
}

/** axe-core's serious and critical findings on the page as it stands. */
async function audit(page: Page, screen: string): Promise<Found[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run()).violations as { id: string; impact: string; nodes: { target: string[] }[] }[];
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ screen, id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

const browser = useBrowser();

describe('accessibility (axe-core)', () => {
  it('follows the system’s reduce-motion preference as well as the setting', async () => {
    const { page, errors } = await openPage(browser(), { reducedMotion: 'reduce' });
    await page.goto(url());
    await page.waitForSelector('[data-testid=start]');
    expect(await page.evaluate(() => document.body.classList.contains('reduce-motion'))).toBe(true);
    const plain = await openPage(browser());
    await plain.page.goto(url());
    await plain.page.waitForSelector('[data-testid=start]');
    expect(await plain.page.evaluate(() => document.body.classList.contains('reduce-motion'))).toBe(false);
    expect([...errors, ...plain.errors]).toEqual([]);
  });

  it.each(['en-GB', 'zh-CN'])('finds nothing serious on any screen, in %s', async (locale) => {
    const { page, errors } = await openPage(browser(), { locale });
    const found: Found[] = [];
    await page.goto(url());
    await page.waitForSelector('[data-testid=start]:focus');
    found.push(...(await audit(page, 'title')));
    await page.click('[data-testid=start]');
    await page.click(`[data-testid=visit-${KOL}]`);
    await page.waitForSelector('[data-testid=start-visit]');
    found.push(...(await audit(page, 'hospital')));
    await page.click('[data-testid=start-visit]');
    await readToChoices(page);
    found.push(...(await audit(page, 'visit')));
    await playByKeyboard(page, BEST, 2);
    await readToChoices(page);
    found.push(...(await audit(page, 'visit, two moves in')));
    await playByKeyboard(page, BEST.slice(2));
    found.push(...(await audit(page, 'debrief')));
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  });
});
