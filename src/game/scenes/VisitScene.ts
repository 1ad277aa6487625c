import type * as Phaser from 'phaser';
import type { ScenarioEntry } from '../../core/ink/catalog';
import type { StoryLine } from '../../core/ink/types';
import type { Locale } from '../../core/methodology/locale';
import { STAGES } from '../../core/methodology/stages';
import { moveTone } from '../../core/scoring/moveTone';
import type { Difficulty } from '../../core/visit/difficulty';
import type { VisitSession } from '../../core/visit/visitSession';
import { customerOf, speakerName } from '../../core/world/cast';
import { button, el, icon } from '../ui/dom';
import { portraitKey, whenAssetsReady } from './AssetsScene';
import { GameScene } from './GameScene';

export interface VisitData {
  readonly scenario: string;
  /** Resume the visit in progress from the store. */
  readonly resume?: boolean;
  /** Replay these 0-based choices first, to play on from an earlier decision. */
  readonly choices?: readonly number[];
  readonly locale?: Locale;
  readonly difficulty?: Difficulty;
}

/** The office: portrait, clock and notes drawn; the dialogue in the DOM. Every rule lives in the session. */
export class VisitScene extends GameScene {
  private visit: VisitSession | null = null;
  private entry: ScenarioEntry | null = null;
  private storyLocale: Locale = 'en';
  private difficulty: Difficulty = 'standard';
  private choices: number[] = [];
  private pending: StoryLine[] = [];
  private shown = 0;
  private portrait: Phaser.GameObjects.Image | null = null;
  private clock: Phaser.GameObjects.Graphics | null = null;
  private ui: {
    log: HTMLElement;
    actions: HTMLElement;
    notes: HTMLElement;
    clock: HTMLElement;
    phase: HTMLElement;
  } | null = null;

  constructor() {
    super('visit');
  }

  create(data: VisitData): void {
    this.add.rectangle(640, 360, 1280, 720, 0xf4efe6).setDepth(-20);
    whenAssetsReady(this, () => this.backdrop('office', 0xf4efe6));
    this.clock = this.add.graphics();
    const view = this.mountView();
    const log = el('div', { className: 'log', attrs: { 'aria-live': 'polite', role: 'log' } });
    const actions = el('div', { className: 'actions' });
    const notes = el('ul', { className: 'notes' });
    const clock = el('p', { className: 'clock-text' });
    const phase = el('p', { className: 'phase' });
    this.ui = { log, actions, notes, clock, phase };
    view.root.append(
      el('header', { className: 'visit-bar' }, [phase, icon('clock'), clock]),
      el('aside', { className: 'panel notes-panel' }, [
        el('h2', {}, [icon('notes'), el('span', { text: this.t('notes') })]),
        notes,
      ]),
      el('div', { className: 'dialogue' }, [log, actions]),
    );
    view.listen('keydown', (event) => this.onKey(event));
    void this.begin(data);
  }

  private async begin(data: VisitData): Promise<void> {
    const { services } = this;
    const entry = services.catalog.find((e) => e.id === data.scenario);
    if (!entry) return void this.scene.start('hospital');
    this.entry = entry;
    const saved = services.store.getState().visit;
    this.storyLocale = data.resume && saved ? saved.locale : (data.locale ?? this.locale);
    this.difficulty = data.resume && saved ? saved.difficulty : (data.difficulty ?? 'standard');
    const assets = new Promise<void>((ready) => whenAssetsReady(this, ready));
    const [engine, story] = await Promise.all([
      services.loadEngine(),
      services.loadStory(entry, this.storyLocale),
      assets,
    ]);
    if (!this.sys.isActive()) return;
    if (data.resume && saved) {
      try {
        this.visit = engine.VisitSession.restore(story, saved.save);
        this.choices = [...saved.choices];
        this.shown = saved.shown;
      } catch (error) {
        if (!(error instanceof engine.VisitRestoreError)) throw error;
        services.store.getState().clearVisit();
        this.ui?.log.append(el('p', { className: 'notice', text: this.t('visitChanged') }));
        this.ui?.actions.replaceChildren(
          button(this.t('toHospital'), () => this.scene.start('hospital'), { testid: 'continue' }),
        );
        return;
      }
      this.replayTranscript(this.visit.context.transcript.length - this.visit.lines.filter((l) => l.text).length);
    } else {
      this.choices = [...(data.choices ?? [])];
      this.visit = engine.replayVisit(story, this.choices, this.difficulty);
      if (this.choices.length)
        this.replayTranscript(this.visit.context.transcript.length - this.visit.lines.filter((l) => l.text).length);
      // Replaying from an earlier decision puts the player straight back at it, with its lines shown.
      this.shown = this.choices.length ? this.visit.lines.filter((l) => l.text).length : 0;
    }
    const customer = customerOf(entry.customer, entry.segment);
    this.portrait = this.add.image(640, 232, portraitKey(this, customer, 'neutral')).setDisplaySize(260, 312);
    this.pending = this.visit.lines.filter((l) => l.text);
    for (const line of this.pending.slice(0, this.shown)) this.showLine(line);
    this.refresh(engine.expressionOf);
    // A resumed visit stands at the line the player last read, with Continue if more lines follow.
    if (this.shown > 0 && this.shown < this.pending.length) this.offerContinue(() => this.next());
    else this.next();
  }

  /** Shows the earlier part of the transcript at once, for a resumed or replayed visit. */
  private replayTranscript(upTo: number): void {
    if (!this.visit || !this.ui) return;
    for (const entry of this.visit.context.transcript.slice(0, Math.max(0, upTo))) {
      if (entry.kind === 'line') this.showLine({ speaker: entry.speaker, text: entry.text } as StoryLine);
      else this.showMove(this.visit.context.moves[entry.turn - 1].choice.text);
    }
  }

  /** Shows the next line, then offers Continue while lines remain, then the choices or the end. */
  private next(): void {
    const { visit } = this;
    if (!visit) return;
    if (this.shown < this.pending.length) {
      this.showLine(this.pending[this.shown]);
      this.shown++;
      this.save();
      if (this.shown < this.pending.length) {
        this.offerContinue(() => this.next());
        return;
      }
    }
    if (visit.ended) {
      this.finish();
      return;
    }
    this.save();
    this.offerChoices();
  }

  private offerContinue(then: () => void): void {
    const next = button(
      this.t('continueText'),
      () => {
        this.services.audio.play('ui-click');
        then();
      },
      { className: 'primary', testid: 'continue' },
    );
    this.ui?.actions.replaceChildren(next);
    next.focus();
  }

  private offerChoices(): void {
    const { visit, ui } = this;
    if (!visit || !ui) return;
    const list = el('ol', { className: 'choices', testid: 'choices' });
    visit.choices.forEach((choice, i) => {
      list.append(
        el('li', {}, [
          button(`${i + 1}. ${choice.text}`, () => this.choose(i), { attrs: { 'data-choice': String(i + 1) } }),
        ]),
      );
    });
    ui.actions.replaceChildren(el('p', { className: 'hint', text: this.t('chooseHint') }), list);
    (list.querySelector('button') as HTMLButtonElement | null)?.focus();
  }

  private choose(index: number): void {
    const { visit } = this;
    if (!visit || visit.ended || !visit.choices[index]) return;
    const choice = visit.choices[index];
    const { audio, store } = this.services;
    audio.play('ui-choose');
    if (store.getState().settings.cues) {
      const tone = moveTone(choice);
      if (tone !== 'neutral') this.time.delayedCall(180, () => audio.play(tone === 'good' ? 'cue-good' : 'cue-poor'));
    }
    this.showMove(choice.text);
    visit.choose(index);
    this.choices.push(index);
    this.pending = visit.lines.filter((l) => l.text);
    this.shown = 0;
    void this.services.loadEngine().then((engine) => this.refresh(engine.expressionOf));
    this.next();
  }

  private finish(): void {
    const { visit, entry, ui } = this;
    if (!visit || !entry || !ui) return;
    const { store, audio } = this.services;
    const report = visit.report;
    store.getState().recordFinishedVisit({
      scenario: entry.id,
      locale: this.storyLocale,
      difficulty: this.difficulty,
      storyVersion: visit.story.hash,
      choices: this.choices,
      total: report.total,
      passed: report.passed,
      finishedAt: Date.now(),
    });
    store.getState().clearVisit();
    audio.play(report.passed ? 'stinger-pass' : 'stinger-fail');
    ui.log.append(el('p', { className: 'notice', text: this.t('visitEnded') }));
    this.offerContinue(() =>
      this.scene.start('debrief', {
        scenario: entry.id,
        locale: this.storyLocale,
        difficulty: this.difficulty,
        choices: this.choices,
      }),
    );
    const next = ui.actions.querySelector('button');
    if (next) next.textContent = this.t('toDebrief');
  }

  private save(): void {
    const { visit, entry } = this;
    if (!visit || !entry || visit.ended) return;
    this.services.store.getState().saveVisit({
      scenario: entry.id,
      locale: this.storyLocale,
      difficulty: this.difficulty,
      choices: this.choices,
      save: visit.save(),
      shown: this.shown,
    });
  }

  private showLine(line: Pick<StoryLine, 'speaker' | 'text'>): void {
    const who = line.speaker === 'rep' ? 'rep' : line.speaker === 'narrator' ? 'narrator' : 'customer';
    const name = who === 'customer' ? speakerName(line.speaker, this.locale) : '';
    this.ui?.log.append(
      el('p', { className: `line ${who}` }, [
        name ? el('strong', { text: `${name}: ` }) : null,
        document.createTextNode(line.text),
      ]),
    );
    this.ui?.log.lastElementChild?.scrollIntoView({ block: 'end', behavior: this.reducedMotion ? 'auto' : 'smooth' });
  }

  private showMove(text: string): void {
    this.ui?.log.append(el('p', { className: 'line move', text: `› ${text}` }));
  }

  private refresh(expressionOf: (c: VisitSession['context']['customer']) => string): void {
    const { visit, entry, ui } = this;
    if (!visit || !entry || !ui) return;
    const { context } = visit;
    const key = portraitKey(this, customerOf(entry.customer, entry.segment), expressionOf(context.customer));
    if (this.portrait && this.textures.exists(key) && this.portrait.texture.key !== key) {
      this.portrait.setTexture(key).setDisplaySize(260, 312);
      if (!this.reducedMotion)
        this.tweens.add({ targets: this.portrait, scaleY: this.portrait.scaleY * 1.02, yoyo: true, duration: 120 });
    }
    ui.phase.textContent = this.strings.phases[context.phase] ?? context.phase;
    const span = STAGES[context.stage].window;
    ui.clock.textContent = `${this.t('clock')}: ${this.t('minutes', { n: context.minutes })}${span ? ` · ${this.t('window', span)}` : ''}`;
    this.drawClock(context.minutes, span);
    ui.notes.replaceChildren(
      ...(context.needs.length
        ? context.needs.map((n) => el('li', { text: n.text }))
        : [el('li', { className: 'muted', text: this.t('notesEmpty') })]),
    );
  }

  /** A dial of 45 minutes, the method's window in green, the clock's hand in amber or red outside it. */
  private drawClock(minutes: number, span: { min: number; max: number } | undefined): void {
    const g = this.clock;
    if (!g) return;
    const x = 1150;
    const y = 110;
    const r = 62;
    const angle = (m: number) => -Math.PI / 2 + (2 * Math.PI * Math.min(m, 45)) / 45;
    g.clear();
    g.fillStyle(0xffffff, 0.95).fillCircle(x, y, r + 10);
    g.lineStyle(10, 0xcfd6dd).strokeCircle(x, y, r);
    if (span) {
      g.lineStyle(10, 0x3c9d5d).beginPath().arc(x, y, r, angle(span.min), angle(span.max)).strokePath();
    }
    const inside = !span || (minutes >= span.min && minutes <= span.max);
    const over = span && minutes > span.max;
    g.lineStyle(6, over ? 0xd1495b : inside ? 0x24476b : 0xf0a400);
    g.beginPath()
      .moveTo(x, y)
      .lineTo(x + (r - 12) * Math.cos(angle(minutes)), y + (r - 12) * Math.sin(angle(minutes)))
      .strokePath();
    g.fillStyle(0x1f2d3d).fillCircle(x, y, 6);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.target instanceof HTMLInputElement || event.altKey || event.ctrlKey || event.metaKey) return;
    if (/^[1-9]$/.test(event.key) && this.ui?.actions.querySelector('[data-testid=choices]')) {
      event.preventDefault();
      this.choose(Number(event.key) - 1);
    }
  }
}
