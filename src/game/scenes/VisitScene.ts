import type * as Phaser from 'phaser';
import type { ScenarioEntry } from '../../core/ink/catalog';
import type { Locale } from '../../core/methodology/locale';
import type { VisitActor } from '../../core/visit/createVisit';
import { customerOf, speakerName } from '../../core/world/cast';
import { PRACTICE_SCENARIO } from '../../core/world/practice';
import { moveSound } from '../audio/audio';
import type { FlatKey } from '../i18n/strings';
import { finishedVisitOf } from '../state/finished';
import type { OpenGuide } from '../ui/debriefPanel';
import { download } from '../ui/dom';
import { barWords } from '../ui/visitBar';
import { visitTools } from '../ui/visitMenu';
import { coachTips, VisitPanel } from '../ui/visitPanel';
import { asideActions, brokenStop, endedStop, type Stop, takenOverStop } from '../ui/visitStops';
import { openVisit, type VisitRequest } from '../visitOpening';
import { whenAssetsReady } from './AssetsScene';
import { drawClockDial } from './clockDial';
import { GameScene } from './GameScene';
import { VisitSetting } from './visitSetting';

export type VisitData = VisitRequest;

type Engine = typeof import('../engine');
type Snapshot = ReturnType<VisitActor['getSnapshot']>;

/** The visit's setting: the visit actor plays the visit; this scene draws its state and sends the trainee's input. */
export class VisitScene extends GameScene {
  private actor: VisitActor | null = null;
  private panel: VisitPanel | null = null;
  private portrait: VisitSetting | null = null;
  private dial: Phaser.GameObjects.Graphics | null = null;
  private finished = false;
  private guide: OpenGuide = () => {};

  constructor() {
    super('visit');
  }

  create(data: VisitData): void {
    this.finished = false;
    this.add.rectangle(640, 360, 1280, 720, 0xf4efe6).setDepth(-20);
    this.dial = this.add.graphics();
    const view = this.mountView();
    const label = (id: string) => this.t('labelled', { name: speakerName(id, this.locale) });
    const click = () => this.services.audio.play('ui-click');
    this.panel = new VisitPanel(view, this.t('notes'), label, () => !this.reducedMotion, click);
    const tools = visitTools(view.root, this.say, this.services.store, () => this.locale, {
      relanguage: () => this.scene.restart({ scenario: data.scenario, resume: true }),
      leave: () => this.scene.start('title'),
    });
    const choose = (index: number) => this.actor?.send({ type: 'CHOOSE', index });
    this.panel.onKeys(view, tools.keys(choose));
    this.back = () => tools.escape();
    this.guide = (section) => tools.guide.show(section);
    this.events.once('shutdown', () => this.actor?.stop());
    void this.begin(data);
  }

  private async begin(data: VisitData): Promise<void> {
    const { store, audio } = this.services;
    const ready = new Promise<void>((done) => whenAssetsReady(this, done));
    const opening = await openVisit(this.services, data, this.locale, ready);
    if (!this.sys.isActive()) return;
    if (opening.kind === 'no-visit') return this.toHospital();
    if (opening.kind !== 'ready') {
      const reason = this.t(opening.kind === 'gone' ? 'visitGone' : 'visitChanged', { scenario: data.scenario });
      return this.setAside({ notices: [reason], reason });
    }
    const { engine, entry, input, locale } = opening;
    this.portrait = new VisitSetting(this, customerOf(entry.customer, entry.segment), opening.story.header.setting);
    this.panel?.setScene(opening.story.header);
    if (entry.id === PRACTICE_SCENARIO) this.panel?.coach(coachTips(this.say));
    const cues = () => store.getState().settings.cues;
    this.actor = engine.createVisit(input, {
      cueMove: moveSound(audio, cues, (ms, play) => this.time.delayedCall(ms, play)),
      saveProgress: (log) => store.getState().saveVisit({ scenario: entry.id, locale, log }),
    });
    this.actor.subscribe((snapshot) => this.render(snapshot, engine, entry, locale));
    this.render(this.actor.getSnapshot(), engine, entry, locale);
    const unsubscribe = store.subscribe((state) => {
      if (!this.finished && state.visitOpenElsewhere()) this.lostToAnotherTab(entry.id);
    });
    this.events.once('shutdown', unsubscribe);
  }

  private render(snapshot: Snapshot, engine: Engine, entry: ScenarioEntry, locale: Locale): void {
    const { panel, actor } = this;
    if (!panel || !actor || this.finished) return;
    const { context } = snapshot;
    panel.showUpTo(context);
    this.refresh(snapshot, engine);
    if (snapshot.value === 'speaking') {
      panel.offer(this.t('continueText'), () => actor.send({ type: 'CONTINUE' }), 'continue');
    } else if (snapshot.value === 'deciding') {
      const words = { hint: this.t('chooseHint'), more: this.t('moreChoices') };
      panel.offerChoices(context.passage.choices, words, (index) => actor.send({ type: 'CHOOSE', index }));
    } else if (snapshot.value === 'broken') {
      const soFar = engine.debriefOf(engine.reportNow(context), engine.transcriptOf(context), this.locale);
      this.setAside(brokenStop(this.say, context.end, soFar, this.guide));
    } else if (snapshot.status === 'done') {
      this.finish(snapshot, engine, entry, locale);
    }
  }

  private readonly say = (key: FlatKey, params?: Record<string, string | number>) => this.t(key, params);

  private finish(snapshot: Snapshot, engine: Engine, entry: ScenarioEntry, locale: Locale): void {
    this.finished = true;
    const report = snapshot.output ?? engine.reportNow(snapshot.context);
    const visit = finishedVisitOf(snapshot.context, report, locale, Date.now());
    this.services.store.getState().finishVisit(visit, entry.customer, engine.outcomeOf(report));
    this.services.audio.play(report.passed ? 'stinger-pass' : 'stinger-fail');
    const { notices, actions } = endedStop(this.say, () => this.scene.start('debrief', visit));
    this.panel?.stop(notices, actions);
  }

  /** A visit that cannot go on: kept aside with the reason, offered for download, and no longer resumable. */
  private setAside({ notices, reason }: Omit<Stop, 'actions'>): void {
    this.finished = true;
    const kept = this.services.store.setVisitAside(reason);
    const save = kept ? () => download('reprounds-visit.json', kept) : null;
    const actions = asideActions(this.say, () => this.toHospital(), save);
    this.panel?.stop(notices, actions);
  }

  /** Another tab took the visit over: this one stops playing it, and offers to take it back. */
  private lostToAnotherTab(scenario: string): void {
    this.finished = true;
    this.actor?.stop();
    const takeBack = () => {
      this.services.store.getState().takeOverVisit();
      this.scene.restart({ scenario, resume: true });
    };
    const { notices, actions } = takenOverStop(this.say, takeBack, () => this.toHospital());
    this.panel?.stop(notices, actions);
  }

  /** The face, the phase, the clock, the mood and the notes, as the visit's state has them. */
  private refresh({ context }: Snapshot, engine: Engine): void {
    const mood = engine.expressionOf({ customer: context.customer, mood: context.passage.mood });
    this.portrait?.show(mood, !this.reducedMotion);
    if (!this.panel || !this.dial || !this.portrait) return;
    const { minutes, window: span } = context.ledger;
    const customer = this.portrait.customer.name[this.locale];
    drawClockDial(this.dial, minutes, span);
    this.panel.showBar(barWords(this.say, this.strings, { phase: context.phase, minutes, span, customer, mood }));
    this.panel.setNotes(context, (text) => this.t('fromEarlier', { text }), this.t('notesEmpty'));
  }
}
