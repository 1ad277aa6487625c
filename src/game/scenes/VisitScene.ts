import type * as Phaser from 'phaser';
import type { ScenarioEntry } from '../../core/ink/catalog';
import type { Locale } from '../../core/methodology/locale';
import type { VisitActor } from '../../core/visit/createVisit';
import type { Difficulty } from '../../core/visit/difficulty';
import type { VisitInput } from '../../core/visit/visitMachine';
import { customerOf, speakerName } from '../../core/world/cast';
import { finishedVisitOf } from '../state/finished';
import { download } from '../ui/dom';
import { VisitPanel } from '../ui/visitPanel';
import { whenAssetsReady } from './AssetsScene';
import { drawClockDial } from './clockDial';
import { CustomerPortrait } from './customerPortrait';
import { GameScene } from './GameScene';

export interface VisitData {
  readonly scenario: string;
  /** Resume the visit in progress from the store. */
  readonly resume?: boolean;
  /** Play these 0-based choices first, to stand again at a later decision. */
  readonly choices?: readonly number[];
  readonly locale?: Locale;
  readonly difficulty?: Difficulty;
}

type Engine = typeof import('../engine');
type Snapshot = ReturnType<VisitActor['getSnapshot']>;

/** The office: the visit actor plays the visit; this scene draws its state and sends the trainee's input. */
export class VisitScene extends GameScene {
  private actor: VisitActor | null = null;
  private panel: VisitPanel | null = null;
  private portrait: CustomerPortrait | null = null;
  private dial: Phaser.GameObjects.Graphics | null = null;
  private finished = false;

  constructor() {
    super('visit');
  }

  create(data: VisitData): void {
    this.finished = false;
    this.add.rectangle(640, 360, 1280, 720, 0xf4efe6).setDepth(-20);
    whenAssetsReady(this, () => this.backdrop('office', 0xf4efe6));
    this.dial = this.add.graphics();
    const view = this.mountView();
    this.panel = new VisitPanel(
      view,
      this.t('notes'),
      (id) => speakerName(id, this.locale),
      () => !this.reducedMotion,
      () => this.services.audio.play('ui-click'),
    );
    this.panel.onNumberKey(view, (index) => this.actor?.send({ type: 'CHOOSE', index }));
    this.events.once('shutdown', () => this.actor?.stop());
    void this.begin(data);
  }

  private async begin(data: VisitData): Promise<void> {
    const { store, audio, catalog } = this.services;
    const entry = catalog.find((e) => e.id === data.scenario);
    const saved = data.resume ? store.getState().visit : null;
    if (!entry) return saved ? this.setAside(this.t('visitGone', { scenario: data.scenario })) : this.toHospital();
    const locale = saved?.locale ?? data.locale ?? this.locale;
    const [engine, story] = await Promise.all([
      this.services.loadEngine(),
      this.services.loadStory(entry, locale),
      new Promise<void>((ready) => whenAssetsReady(this, ready)),
    ]);
    if (!this.sys.isActive()) return;
    let input: VisitInput;
    try {
      const memory = engine.memoryViewFor(store.getState().memory, entry.customer, entry.id);
      const fresh = { scenario: entry.id, difficulty: data.difficulty, memory, moves: data.choices };
      input = engine.visitInputFor(story, saved?.log ?? null, fresh);
    } catch (error) {
      if (!(error instanceof engine.VisitRestoreError)) throw error;
      return this.setAside(this.t('visitChanged'));
    }
    this.portrait = new CustomerPortrait(this, customerOf(entry.customer, entry.segment));
    this.actor = engine.createVisit(input, {
      cueMove: (tone) => {
        audio.play('ui-choose');
        if (tone !== 'neutral' && store.getState().settings.cues)
          this.time.delayedCall(180, () => audio.play(tone === 'good' ? 'cue-good' : 'cue-poor'));
      },
      saveProgress: (log) => store.getState().saveVisit({ scenario: entry.id, locale, log }),
    });
    this.actor.subscribe((snapshot) => this.render(snapshot, engine, entry, locale));
    this.render(this.actor.getSnapshot(), engine, entry, locale);
  }

  private render(snapshot: Snapshot, engine: Engine, entry: ScenarioEntry, locale: Locale): void {
    const { panel, actor } = this;
    if (!panel || !actor) return;
    const { context } = snapshot;
    panel.showUpTo(context);
    this.refresh(snapshot, engine);
    if (snapshot.value === 'speaking') {
      panel.offer(this.t('continueText'), () => actor.send({ type: 'CONTINUE' }), 'continue');
    } else if (snapshot.value === 'deciding') {
      panel.offerChoices(context.passage.choices, this.t('chooseHint'), (index) =>
        actor.send({ type: 'CHOOSE', index }),
      );
    } else if (snapshot.value === 'broken' && !this.finished) {
      this.setAside(this.t('visitBroken', { reason: context.end.failure ?? '' }));
    } else if (snapshot.status === 'done' && !this.finished) {
      this.finish(snapshot, engine, entry, locale);
    }
  }

  private finish(snapshot: Snapshot, engine: Engine, entry: ScenarioEntry, locale: Locale): void {
    this.finished = true;
    const report = snapshot.output ?? engine.reportNow(snapshot.context);
    const visit = finishedVisitOf(snapshot.context, report, locale, Date.now());
    this.services.store.getState().finishVisit(visit, entry.customer, engine.outcomeOf(report));
    this.services.audio.play(report.passed ? 'stinger-pass' : 'stinger-fail');
    this.panel?.notice(this.t('visitEnded'));
    this.panel?.offer(this.t('toDebrief'), () => this.scene.start('debrief', visit), 'continue');
  }

  /** A visit that cannot go on: kept aside with the reason, offered for download, and no longer resumable. */
  private setAside(reason: string): void {
    this.finished = true;
    const kept = this.services.store.setVisitAside(reason);
    this.panel?.notice(reason);
    this.panel?.offer(this.t('toHospital'), () => this.toHospital(), 'continue');
    if (kept) this.panel?.extra(this.t('visitExport'), () => download('reprounds-visit.json', kept), 'visit-export');
  }

  /** The face, the phase, the clock and the notes, as the visit's state has them. */
  private refresh({ context }: Snapshot, engine: Engine): void {
    this.portrait?.show(
      engine.expressionOf({ customer: context.customer, mood: context.passage.mood }),
      !this.reducedMotion,
    );
    const { minutes, window: span } = context.ledger;
    const aim = span ? ` · ${this.t(span.min > 0 ? 'window' : 'windowMax', { min: span.min, max: span.max })}` : '';
    if (!this.panel || !this.dial) return;
    this.panel.phase.textContent = this.strings.phases[context.phase] ?? context.phase;
    this.panel.clock.textContent = `${this.t('clock')}: ${this.t('minutes', { n: minutes })}${aim}`;
    drawClockDial(this.dial, minutes, span);
    this.panel.setNotes(context, (text) => this.t('fromEarlier', { text }), this.t('notesEmpty'));
  }
}
