import { readdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { EMPTY_VIEW } from '../../src/core/memory/memory';
import { VisitSession } from '../../src/core/visit/visitSession';
import { bestOf, compileClean } from '../support/stories';
import { downloadedText, openPage, playByKeyboard, readToChoices, seedSave, shot, useBrowser } from './browser';

const KOL = 'kol-cardiology-first-visit';
const story = compileClean(`stories/${KOL}/en.ink`);
/** The best path through the KOL visit (1-based), as the story check finds it. */
const best = bestOf(story);
const BEST = best.path;
const bestTotal = best.total;

const url = () => inject('baseUrl');

const browser = useBrowser();

describe('RepRounds in Chromium', () => {
  it('plays the KOL visit from the title to the debrief by keyboard, with the engine’s score', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(url());
    await page.waitForSelector('[data-testid=start]:focus');
    await shot(page, 'title');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid^=visit-]:focus');
    // Every scenario is listed, under a heading per stage.
    const scenarios = readdirSync('stories', { withFileTypes: true }).filter((e) => e.isDirectory()).length;
    expect(await page.locator('[data-testid^=visit-]').count()).toBe(scenarios);
    expect(await page.locator('.visit-groups h3').allTextContents()).toEqual(expect.arrayContaining(['First visit']));
    // The list holds every scenario; move the focus to the KOL visit and open it with the keyboard.
    await page.focus(`[data-testid=visit-${KOL}]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=start-visit]:focus');
    // The brief: the goal and the time of a first visit; and one visit marked as the one to play next.
    expect(await page.textContent('[data-testid=goal]')).toContain('agree a next step');
    expect(await page.locator('[data-testid=suggested]').count()).toBe(1);
    await shot(page, 'hospital');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=continue], [data-testid=choices]');
    await shot(page, 'visit');
    await playByKeyboard(page, BEST);
    await shot(page, 'debrief');
    // It opens at the top, the verdict in view and focus on the heading, not on a button at the end.
    const opening = await page.evaluate(() => {
      const verdict = (document.querySelector('[data-testid=verdict]') as HTMLElement).getBoundingClientRect();
      return {
        scrolled: (document.querySelector('.debrief') as HTMLElement).scrollTop,
        verdictInView: verdict.top >= 0 && verdict.top < window.innerHeight / 2,
        focus: document.activeElement?.tagName,
      };
    });
    expect(opening).toEqual({ scrolled: 0, verdictInView: true, focus: 'H1' });
    // Each dimension names its part of the method, and the name opens the in-app guide at that part.
    await page.click('details.dimension summary');
    const link = page.locator('details.dimension[open] [data-testid^=method-link-]');
    const part = (await link.getAttribute('data-testid'))?.replace('method-link-', '');
    await link.click();
    await page.waitForSelector(`[data-testid=method-guide] [data-testid=guide-${part}]:focus`);
    expect(await page.textContent(`[data-testid=guide-${part}]`)).toMatch(/\w{4,}/);
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=method-guide]', { state: 'detached' });

    const expected = VisitSession.replay(
      story,
      BEST.map((n) => n - 1),
      { scenario: KOL },
    ).report;
    expect(await page.textContent('[data-testid=debrief-total]')).toBe(String(expected.total));
    expect(await page.textContent('[data-testid=debrief-compliance]')).toContain('No compliance rule was broken');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('reprounds') ?? '{}'));
    expect(saved.state.finished).toHaveLength(1);
    expect(saved.state.visit).toBeNull();

    // Replay from the fifth decision: the first four moves are played again, the fifth is offered.
    await page.click('.transcript-panel summary');
    await page.click('[data-testid=replay-5]');
    await page.waitForSelector('[data-testid=choices] button');
    expect(await page.locator('.log .move').count()).toBe(4);

    // Prof. Zhou remembers the visit: her follow-up's card says how it went, not the first visit's own card.
    await page.goto(url());
    // The replay left a visit in progress: a new game drops it and keeps what customers remember.
    await page.click('[data-testid=new-game]');
    // Asked first: keeping the visit changes nothing; confirming drops it.
    await page.click('[data-testid=new-game-cancel]');
    expect(await page.textContent('[data-testid=start]')).toBe('Continue');
    await page.click('[data-testid=new-game]');
    await page.click('[data-testid=new-game-confirmed]');
    await page.waitForSelector('[data-testid=visit-followup-zhou-safety]');
    expect(await page.textContent(`[data-testid=visit-${KOL}] + .muted`)).toMatch(
      new RegExp(`Best score: ${expected.total} · last time ${expected.total}, passed$`),
    );
    await page.click('[data-testid=visit-followup-zhou-safety]');
    expect(await page.textContent('.card')).toContain('Last visit: First visit to a KOL');
    await page.click(`[data-testid=visit-${KOL}]`);
    expect(await page.textContent('.card')).not.toContain('Last visit');
    expect(errors).toEqual([]);
  });

  it('reads on with Enter and never commits a move with it; number keys choose; your lines say “You”', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(url());
    await page.click('[data-testid=start]');
    await page.click(`[data-testid=visit-${KOL}]`);
    await page.click('[data-testid=start-visit]');
    await readToChoices(page);
    // The Enter that brought the choices, and any after it, choose nothing.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
    expect(await page.locator('.log .move').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('actions'))).toBe(true);
    await page.keyboard.press(String(BEST[0]));
    await page.waitForSelector('.log .move');
    expect(await page.textContent('.log .move strong')).toBe('You: ');
    expect(errors).toEqual([]);
  });

  it('pauses a visit with Esc, the Menu button or the browser’s Back, and leaving keeps it for Continue', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(url());
    await page.click('[data-testid=start]');
    await page.waitForSelector(`[data-testid=visit-${KOL}]`);
    expect(await page.title()).toBe('Hospital floor · RepRounds');
    await page.click(`[data-testid=visit-${KOL}]`);
    await page.click('[data-testid=start-visit]');
    await readToChoices(page);
    expect(await page.title()).toBe('Visit · RepRounds');
    expect(await page.textContent('[data-testid=mood]')).toMatch(
      /^Prof\. Zhou .*looks (neutral|sceptical|pleased|annoyed)$/,
    );
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid=menu-resume]:focus');
    // No move while the menu is open.
    await page.keyboard.press('1');
    expect(await page.locator('.log .move').count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-testid=visit-menu]').count()).toBe(0);
    // The resources: the claims sheet and the glossary, put away with Esc.
    await page.click('[data-testid=resources-open]');
    expect(await page.textContent('[data-testid=resources]')).toContain('Prevention of stroke and systemic embolism');
    expect(await page.textContent('[data-testid=resources]')).toContain('Prescription data');
    await page.keyboard.press('1');
    expect(await page.locator('.log .move').count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-testid=resources]').count()).toBe(0);
    const address = page.url();
    await page.goBack();
    await page.waitForSelector('[data-testid=visit-menu]');
    expect(page.url()).toBe(address);
    await page.click('[data-testid=menu-leave]');
    await page.waitForSelector('[data-testid=start]');
    expect(await page.textContent('[data-testid=start]')).toBe('Continue');
    expect(errors).toEqual([]);
  });

  it('switches the dialogue too when the language changes mid-visit, at the same decision', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(url());
    await page.click('[data-testid=start]');
    await page.click(`[data-testid=visit-${KOL}]`);
    await page.click('[data-testid=start-visit]');
    await playByKeyboard(page, BEST, 2);
    await readToChoices(page);
    await page.keyboard.press('Escape');
    await page.click('[data-testid=visit-menu] [data-testid=lang-zh-CN]');
    await page.waitForSelector('[data-testid=choices] button');
    const zh = /[\u4e00-\u9fff]/;
    expect(await page.locator('.log .move').count()).toBe(2);
    expect(await page.textContent('[data-testid=choices]')).toMatch(zh);
    expect(await page.textContent('.log .move')).toMatch(zh);
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('reprounds') ?? '{}').state.visit);
    expect(saved).toMatchObject({ locale: 'zh-CN', log: { moves: BEST.slice(0, 2).map((n) => n - 1) } });
    // And back, by the title: leave, pick English, Continue.
    await page.keyboard.press('Escape');
    await page.click('[data-testid=menu-leave]');
    await page.click('[data-testid=lang-en]');
    await page.click('[data-testid=start]');
    await page.waitForSelector('[data-testid=choices] button');
    expect(await page.textContent('[data-testid=choices]')).not.toMatch(zh);
    expect(await page.locator('.log .move').count()).toBe(2);
    expect(errors).toEqual([]);
  });

  it('shows every choice at 1280x720, or says that more are below', async () => {
    const phone = 'appt-phone-liang';
    const call = compileClean(`stories/${phone}/en.ink`);
    const path = bestOf(call).path;
    const { page, errors } = await openPage(browser());
    await page.goto(url());
    await page.click('[data-testid=start]');
    await page.click(`[data-testid=visit-${phone}]`);
    await page.click('[data-testid=start-visit]');
    const seen: { decision: number; hidden: number; told: boolean }[] = [];
    for (let taken = 0; taken < path.length; taken++) {
      await readToChoices(page);
      seen.push(
        await page.evaluate((decision) => {
          const panel = document.querySelector('.actions') as HTMLElement;
          const box = panel.getBoundingClientRect();
          const hidden = [...panel.querySelectorAll('[data-testid=choices] button')].filter((b) => {
            const r = b.getBoundingClientRect();
            return r.top < box.top || r.bottom > box.bottom;
          }).length;
          const more = panel.querySelector('[data-testid=more-choices]') as HTMLElement;
          return { decision, hidden, told: getComputedStyle(more).display !== 'none' };
        }, taken + 1),
      );
      if (taken === 1) await shot(page, 'choices-fit');
      await page.keyboard.press(String(path[taken]));
      await page.waitForFunction((n) => document.querySelectorAll('.log .move').length > n, taken);
    }
    expect(seen.filter((d) => d.hidden > 0 && !d.told)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('draws nothing on the canvas while nothing moves, and draws again on input', async () => {
    // Counts the canvas's draw calls, WebGL or WebGL2.
    const count = `for (const C of [window.WebGLRenderingContext, window.WebGL2RenderingContext]) {
      if (!C) continue;
      for (const name of ['drawElements', 'drawArrays']) {
        const draw = C.prototype[name];
        C.prototype[name] = function (...args) { window.__draws = (window.__draws ?? 0) + 1; return draw.apply(this, args); };
      }
    }`;
    const { page, errors } = await openPage(browser(), { init: count });
    await page.goto(url());
    await page.click('[data-testid=start]');
    await page.click(`[data-testid=visit-${KOL}]`);
    await page.click('[data-testid=start-visit]');
    await readToChoices(page);
    const draws = () => page.evaluate(() => (window as unknown as { __draws?: number }).__draws ?? 0);
    await page.waitForTimeout(2500);
    const idle = await draws();
    await page.waitForTimeout(1500);
    expect(await draws()).toBe(idle);
    await page.keyboard.press(String(BEST[0]));
    await page.waitForSelector('.log .move');
    await page.waitForTimeout(300);
    expect(await draws()).toBeGreaterThan(idle);
    expect(errors).toEqual([]);
  });

  it('resumes after a reload at the first line since the last move, with the same choices to come', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(url());
    await page.click('[data-testid=start]');
    await page.click(`[data-testid=visit-${KOL}]`);
    await page.click('[data-testid=start-visit]');
    await playByKeyboard(page, BEST, 3);
    const before = await page.locator('.log p').allTextContents();
    const offered = await page.locator('[data-testid=continue], [data-testid=choices] button').allTextContents();
    await page.reload();
    await page.waitForSelector('[data-testid=start]');
    expect(await page.textContent('[data-testid=start]')).toBe('Continue');
    await page.click('[data-testid=start]');
    await page.waitForSelector('[data-testid=continue], [data-testid=choices] button');
    // Saved once per move: the visit stands at the first line since the last move, as it did before.
    expect(await page.locator('.log p').allTextContents()).toEqual(before);
    expect(await page.locator('[data-testid=continue], [data-testid=choices] button').allTextContents()).toEqual(
      offered,
    );
    await playByKeyboard(page, BEST.slice(3));
    expect(await page.textContent('[data-testid=debrief-total]')).toBe(String(bestTotal));
    expect(errors).toEqual([]);
  });

  it('sets a corrupted save aside, says so in plain words, and starts fresh', async () => {
    const damaged = '{"state": {"settings": {"volume": "loud"';
    const { page, errors } = await openPage(browser(), {
      init: seedSave(damaged),
    });
    await page.goto(url());
    await page.waitForSelector('[data-testid=save-problem]');
    await shot(page, 'save-problem');
    expect(await page.textContent('[data-testid=save-problem]')).toContain('could not be read');
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('reprounds:damaged:'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual([damaged]);
    await page.click('[data-testid=save-problem-dismiss]');
    await page.waitForSelector('[data-testid=start]');
    expect(await page.textContent('[data-testid=start]')).toBe('New game');
    expect(errors).toEqual([]);
  });

  it('wraps a long line with no break inside its panel: dialogue, notes and the customer card', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(url());
    await page.click('[data-testid=start]');
    await page.click(`[data-testid=visit-${KOL}]`);
    const cardSpills = await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'W'.repeat(5000);
      const box = document.querySelector('.card') as HTMLElement;
      box.append(p);
      return box.scrollWidth > box.clientWidth;
    });
    expect(cardSpills).toBe(false);
    await page.click('[data-testid=start-visit]');
    await page.waitForSelector('.log p');
    const panels = await page.evaluate(() =>
      ['.log', '.notes'].map((selector) => {
        const box = document.querySelector(selector) as HTMLElement;
        const p = document.createElement(box.tagName === 'UL' ? 'li' : 'p');
        p.textContent = 'W'.repeat(5000);
        box.append(p);
        return { selector, spills: box.scrollWidth > box.clientWidth };
      }),
    );
    expect(panels).toEqual([
      { selector: '.log', spills: false },
      { selector: '.notes', spills: false },
    ]);
    expect(errors).toEqual([]);
  });

  it('plays a whole visit to its debrief when storage is full, saying once that progress is not saved', async () => {
    // Fill the origin's storage to within 500 characters of its quota, once.
    const fill = `if (!sessionStorage.getItem('filled')) {
      sessionStorage.setItem('filled', '1');
      let size = 1 << 23;
      let filler = '';
      while (size >= 500) {
        try { localStorage.setItem('filler', filler + 'x'.repeat(size)); filler += 'x'.repeat(size); }
        catch { size = Math.floor(size / 2); }
      }
    }`;
    const { page, errors } = await openPage(browser(), { init: fill });
    await page.goto(url());
    await page.click('[data-testid=start]');
    await page.click(`[data-testid=visit-${KOL}]`);
    await page.click('[data-testid=start-visit]');
    await page.waitForSelector('[data-testid=storage-problem]');
    expect(await page.textContent('[data-testid=storage-problem]')).toContain(
      'storage this browser gives RepRounds is full',
    );
    const exported = await downloadedText(page, '[data-testid=storage-problem-export]');
    expect(JSON.parse(exported).state.visit.scenario).toBe(KOL);
    await page.click('[data-testid=storage-problem-dismiss]');
    await playByKeyboard(page, BEST);
    expect(await page.textContent('[data-testid=debrief-total]')).toBe(String(bestTotal));
    // Told once: later failed writes raise no second notice.
    expect(await page.locator('[data-testid=storage-problem]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('sets aside a visit in progress whose scenario is gone: says why, offers it for download, and Continue goes', async () => {
    const visit = {
      scenario: 'retired-scenario',
      locale: 'en',
      log: {
        format: 2,
        scenario: 'retired-scenario',
        storyVersion: 'abc',
        difficulty: 'standard',
        memoryFormat: 1,
        memory: EMPTY_VIEW,
        moves: [0, 1],
      },
    };
    const save = JSON.stringify({ state: { visit }, version: 2 });
    const { page, errors } = await openPage(browser(), {
      init: seedSave(save),
    });
    await page.goto(url());
    expect(await page.textContent('[data-testid=start]')).toBe('Continue');
    await page.click('[data-testid=start]');
    await page.waitForSelector('[data-testid=visit-export]');
    expect(await page.textContent('.log .notice')).toContain('(retired-scenario) is no longer in the library');
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('reprounds:visit-aside:'))
        .map((k) => JSON.parse(localStorage.getItem(k) ?? '')),
    );
    // Kept as it was saved, with the claim of the tab that tried to resume it.
    const owner = { tab: expect.any(String), at: expect.any(Number) };
    expect(kept).toEqual([{ reason: expect.stringContaining('no longer in the library'), visit: { ...visit, owner } }]);
    await page.click('[data-testid=continue]');
    await page.waitForSelector(`[data-testid=visit-${KOL}]`);
    await page.goto(url());
    expect(await page.textContent('[data-testid=start]')).toBe('New game');
    // The title lists it, to download as it was kept, or to delete after asking once more.
    await page.click('[data-testid=kept] summary');
    await shot(page, 'title-kept');
    expect(await page.locator('[data-testid=kept-item]').count()).toBe(1);
    expect(await page.textContent('[data-testid=kept-item]')).toContain('no longer in the library');
    const downloaded = await downloadedText(page, '[data-testid=kept-download]');
    expect(JSON.parse(downloaded)).toEqual(kept[0]);
    await page.click('[data-testid=kept-item] button >> nth=1');
    expect(await page.locator('[data-testid=kept-item]').count()).toBe(1);
    await page.click('[data-testid=kept-item] button >> nth=1');
    expect(await page.locator('[data-testid=kept]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('tells the true reason when a saved visit’s moves do not fit its story, and keeps it aside', async () => {
    const log = {
      format: 2,
      scenario: KOL,
      storyVersion: story.hash,
      difficulty: 'standard',
      memoryFormat: 1,
      memory: EMPTY_VIEW,
      moves: [BEST[0] - 1, 9],
    };
    const save = JSON.stringify({ state: { visit: { scenario: KOL, locale: 'en', log } }, version: 2 });
    const { page, errors } = await openPage(browser(), {
      init: seedSave(save),
    });
    await page.goto(url());
    await page.click('[data-testid=start]');
    await page.waitForSelector('[data-testid=report-so-far]');
    expect(await page.textContent('.log .notice')).toContain('The saved moves of this visit do not fit its scenario');
    expect(await page.textContent('[data-testid=trainer-detail]')).toContain('move 2 of the saved visit (choice 10)');
    await page.click('[data-testid=continue]');
    await page.goto(url());
    expect(await page.textContent('[data-testid=start]')).toBe('New game');
    expect(await page.locator('[data-testid=kept-item]').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('stops a visit whose story fails mid-visit: says where, shows the report so far, keeps the moves made', async () => {
    const broken = compileClean('test/fixtures/ink/fault-mid-visit.ink');
    const { page, errors } = await openPage(browser());
    // The KOL visit's story, as the game loads it, is swapped for one that fails at its second move.
    await page.route(/\/assets\/en-[^/]*\.js$/, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (!body.includes(`stories/${KOL}/en.ink`)) return route.fulfill({ response, body });
      return route.fulfill({ response, body: `export default ${JSON.stringify(broken)};` });
    });
    await page.goto(url());
    await page.click('[data-testid=start]');
    await page.click(`[data-testid=visit-${KOL}]`);
    await page.click('[data-testid=start-visit]');
    await playByKeyboard(page, [1, 1], 1);
    await readToChoices(page);
    await page.keyboard.press('1');
    await page.waitForSelector('[data-testid=report-so-far]');
    await shot(page, 'visit-broken');
    expect(await page.textContent('.log .notice')).toContain('This scenario has an error');
    expect(await page.textContent('[data-testid=trainer-detail]')).toMatch(/fault-mid-visit\.ink:\d+: .*RANDOM/);
    expect(Number(await page.textContent('[data-testid=report-so-far-total]'))).toBeGreaterThanOrEqual(0);
    expect(await page.locator('[data-testid=report-so-far] .dimension').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=choices] button').count()).toBe(0);
    // Kept aside with the one move the story took; the move it failed on was never logged.
    const kept = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('reprounds:visit-aside:'))
        .map((k) => JSON.parse(localStorage.getItem(k) ?? '')),
    );
    expect(kept).toHaveLength(1);
    expect(kept[0].visit.log.moves).toEqual([0]);
    expect(kept[0].reason).toContain('fault-mid-visit.ink');
    await page.click('[data-testid=continue]');
    await page.waitForSelector(`[data-testid=visit-${KOL}]`);
    await page.goto(url());
    expect(await page.textContent('[data-testid=start]')).toBe('New game');
    expect(errors).toEqual([]);
  });

  it('says at once that nothing will be kept when the browser blocks storage, and still plays', async () => {
    const block = `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });`;
    const { page, errors } = await openPage(browser(), { init: block });
    await page.goto(url());
    await page.waitForSelector('[data-testid=storage-problem]');
    expect(await page.textContent('[data-testid=storage-problem]')).toContain('does not let RepRounds store anything');
    await page.click('[data-testid=storage-problem-dismiss]');
    await page.click('[data-testid=start]');
    await page.click(`[data-testid=visit-${KOL}]`);
    await page.click('[data-testid=start-visit]');
    await page.waitForSelector('[data-testid=continue], [data-testid=choices]');
    expect(errors).toEqual([]);
  });

  it('switches to Chinese and plays the scenario in Chinese', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(url());
    await page.click('[data-testid=lang-zh-CN]');
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    expect(await page.textContent('[data-testid=start]')).toBe('开始培训');
    await page.click('[data-testid=start]');
    await page.waitForSelector(`[data-testid=visit-${KOL}]`);
    expect(await page.textContent(`[data-testid=visit-${KOL}]`)).toMatch(/周明华/);
    await page.click(`[data-testid=visit-${KOL}]`);
    await page.click('[data-testid=start-visit]');
    await page.waitForSelector('.log p');
    expect(await page.textContent('.log p')).toMatch(/[\u4e00-\u9fff]/);
    await shot(page, 'visit-zh-CN');
    expect(errors).toEqual([]);
  });

  it('starts in Chinese for a browser set to Chinese', async () => {
    const { page, errors } = await openPage(browser(), { locale: 'zh-CN' });
    await page.goto(url());
    await page.waitForSelector('[data-testid=start]');
    expect(await page.textContent('[data-testid=start]')).toBe('开始培训');
    expect(errors).toEqual([]);
  });
});
