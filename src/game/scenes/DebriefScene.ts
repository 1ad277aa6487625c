import type { MemoryView } from '../../core/memory/memory';
import type { Locale } from '../../core/methodology/locale';
import { DIFFICULTY_LABEL, type Difficulty } from '../../core/visit/difficulty';
import { PRACTICE_SCENARIO } from '../../core/world/practice';
import type { FlatKey } from '../i18n/strings';
import { complianceSection, dimensionSection, nextTimeSection, transcriptSection } from '../ui/debriefPanel';
import { button, el } from '../ui/dom';
import { type GuideId, guideWords, MethodGuide } from '../ui/methodGuide';
import { GameScene } from './GameScene';
import { drawRadar } from './radarChart';

export interface DebriefData {
  readonly scenario: string;
  readonly locale: Locale;
  readonly difficulty?: Difficulty;
  readonly choices: readonly number[];
  /** What the customer remembered when the visit started. */
  readonly memory?: MemoryView;
}

/** The report of a finished visit, replayed from its moves and rendered from core's debrief view. */
export class DebriefScene extends GameScene {
  protected override back = () => this.toHospital();

  constructor() {
    super('debrief');
  }

  private readonly say = (key: FlatKey, params?: Record<string, string>) => this.t(key, params);

  create(data: DebriefData): void {
    this.add.rectangle(640, 360, 1280, 720, 0xf4efe6);
    void this.build(data);
  }

  private async build(data: DebriefData): Promise<void> {
    const entry = this.services.catalog.find((e) => e.id === data.scenario);
    if (!entry) return this.toHospital();
    const [engine, story] = await Promise.all([
      this.services.loadEngine(),
      this.services.loadStory(entry, data.locale),
    ]);
    if (!this.sys.isActive()) return;
    const difficulty = data.difficulty ?? 'standard';
    const visit = engine.VisitSession.replay(story, data.choices, {
      scenario: entry.id,
      difficulty,
      memory: data.memory,
    });
    const view = engine.debriefOf(visit.report, engine.transcriptOf(visit.context), this.locale);
    drawRadar(
      this,
      view.dimensions.map((d) => ({ label: d.label, score: d.score })),
      view.passed,
    );
    const again = button(
      this.t('retry'),
      () => this.scene.start('visit', { scenario: entry.id, locale: data.locale, difficulty }),
      { className: 'primary', testid: 'retry' },
    );
    const words = {
      compliance: this.t('compliance'),
      transcript: this.t('transcript'),
      replayFrom: this.t('replayFrom'),
    };
    const replayFrom = (turn: number) =>
      this.scene.start('visit', {
        scenario: entry.id,
        locale: data.locale,
        difficulty,
        choices: data.choices.slice(0, turn - 1),
      });
    const root = this.mountView().root;
    const guide = new MethodGuide(
      root,
      () => guideWords(this.say),
      () => this.locale,
    );
    root.addEventListener('keydown', (e) => e.key === 'Escape' && guide.close());
    const openGuide = (section: GuideId) => guide.show(section);
    this.back = () => (guide.isOpen ? guide.close() : this.toHospital());
    const heading = el('h1', { text: `${this.t('debrief')} — ${view.title}`, attrs: { tabindex: '-1' } });
    const panel = el('div', { className: 'panel debrief' }, [
      heading,
      entry.id === PRACTICE_SCENARIO
        ? el('p', { className: 'coach', testid: 'coach-debrief', text: this.t('coachDebrief') })
        : null,
      // The verdict first, in view as the debrief opens: compliance, then the total, then what to change.
      el(
        'div',
        { className: `summary ${view.scoreVoid ? 'void' : view.passed ? 'pass' : 'fail'}`, testid: 'verdict' },
        [
          view.scoreVoid ? el('p', { className: 'void-note', testid: 'score-void', text: view.scoreVoid }) : null,
          el('p', { className: `total ${view.passed ? 'pass' : 'fail'}` }, [
            el('span', { testid: 'debrief-total', text: String(view.total) }),
            el('span', { className: 'of', text: '/100' }),
          ]),
          el('p', { className: 'verdict', text: `${view.verdict} · ${DIFFICULTY_LABEL[difficulty][this.locale]}` }),
          view.failures.length
            ? el(
                'ul',
                { className: 'failures', testid: 'debrief-failures' },
                view.failures.map((f) => el('li', { text: f })),
              )
            : null,
          nextTimeSection(view, this.t('nextTime')),
        ],
      ),
      complianceSection(view, words, openGuide),
      el('section', { className: 'dimensions' }, [
        el('h2', { text: this.t('dimensions') }),
        ...view.dimensions.map((d) => dimensionSection(d, openGuide)),
        ...view.promises.map((p) => el('p', { text: p })),
        el('p', { className: 'muted', text: view.leftOut }),
      ]),
      transcriptSection(view, words, replayFrom),
      el('div', { className: 'row' }, [
        again,
        button(this.t('toHospital'), () => this.toHospital(), { testid: 'to-hospital' }),
      ]),
    ]);
    root.append(panel);
    panel.scrollTop = 0;
    heading.focus({ preventScroll: true });
  }
}
