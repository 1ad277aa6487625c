import * as Phaser from 'phaser';
import { ACTS } from '../../core/methodology/acts';
import { DIMENSIONS, type DimensionId } from '../../core/methodology/dimensions';
import type { Locale } from '../../core/methodology/locale';
import { RULES } from '../../core/methodology/rules';
import type { Evidence, ScoreReport } from '../../core/scoring/report';
import { DIFFICULTY_LABEL, type Difficulty } from '../../core/visit/difficulty';
import type { TranscriptItem } from '../../core/visit/transcript';
import { button, el, icon } from '../ui/dom';
import { radarPoints } from '../ui/radar';
import { GameScene } from './GameScene';

const vectors = (points: readonly { x: number; y: number }[]) => points.map((p) => new Phaser.Math.Vector2(p.x, p.y));

export interface DebriefData {
  readonly scenario: string;
  readonly locale: Locale;
  readonly difficulty?: Difficulty;
  readonly choices: readonly number[];
}

/** The report of a finished visit, rebuilt from its choices: compliance first, then every dimension. */
export class DebriefScene extends GameScene {
  constructor() {
    super('debrief');
  }

  create(data: DebriefData): void {
    this.add.rectangle(640, 360, 1280, 720, 0xf4efe6);
    void this.build(data);
  }

  private async build(data: DebriefData): Promise<void> {
    const entry = this.services.catalog.find((e) => e.id === data.scenario);
    if (!entry) return void this.scene.start('hospital');
    const [engine, story] = await Promise.all([
      this.services.loadEngine(),
      this.services.loadStory(entry, data.locale),
    ]);
    if (!this.sys.isActive()) return;
    const difficulty = data.difficulty ?? 'standard';
    const visit = engine.replayVisit(story, data.choices, difficulty);
    const report = visit.report;
    const transcript = engine.transcriptOf(visit.context);
    this.drawRadar(report);

    const view = this.mountView();
    const total = el('p', { className: `total ${report.passed ? 'pass' : 'fail'}` }, [
      el('span', { testid: 'debrief-total', text: String(report.total) }),
      el('span', { className: 'of', text: '/100' }),
    ]);
    const verdict = el('p', {
      className: 'verdict',
      text: `${report.passed ? this.t('passed') : this.t('notPassed')} · ${this.t('passMark', { n: report.passMark })} · ${this.t('minutes', { n: report.minutes })} · ${DIFFICULTY_LABEL[difficulty][this.locale]}`,
    });
    const again = button(
      this.t('retry'),
      () => this.scene.start('visit', { scenario: entry.id, locale: data.locale, difficulty }),
      {
        className: 'primary',
        testid: 'retry',
      },
    );
    view.root.append(
      el('div', { className: 'panel debrief' }, [
        el('h1', { text: `${this.t('debrief')} — ${report.title}` }),
        el('div', { className: 'summary' }, [total, verdict]),
        this.compliance(report),
        this.dimensions(report),
        this.transcript(transcript, entry.id, data.locale, data.choices, difficulty),
        el('div', { className: 'row' }, [
          again,
          button(this.t('toHospital'), () => this.scene.start('hospital'), { testid: 'to-hospital' }),
        ]),
      ]),
    );
    again.focus();
  }

  private compliance(report: ScoreReport): HTMLElement {
    const items = report.violations.map((v) =>
      el('li', {}, [
        el('strong', { text: `${RULES[v.rule].label[this.locale]} (${v.rule})` }),
        el('p', { text: `${this.t('move', { n: v.move.turn })}: “${v.move.text}”` }),
        el('p', { text: v.feedback[this.locale] }),
        el('p', { className: 'method', text: this.t('methodRef', { section: `3.3 · ${RULES[v.rule].sources}` }) }),
      ]),
    );
    return el(
      'section',
      { className: `compliance ${items.length ? 'broken' : 'clean'}`, testid: 'debrief-compliance' },
      [
        el('h2', {}, [icon('shield'), el('span', { text: this.t('compliance') })]),
        el('p', { text: items.length ? this.t('complianceBroken') : this.t('complianceClean') }),
        items.length ? el('ul', {}, items) : null,
      ],
    );
  }

  private dimensions(report: ScoreReport): HTMLElement {
    const sections = Object.entries(report.dimensions)
      .filter(([id]) => id !== 'compliance')
      .map(([id, dim]) => {
        const dimension = DIMENSIONS[id as DimensionId];
        return el('details', { className: 'dimension', attrs: { open: '' } }, [
          el('summary', {}, [
            el('span', { text: dimension.label[this.locale] }),
            el('span', { className: 'score', text: `${dim?.score ?? 0}` }),
          ]),
          el('p', {
            className: 'muted',
            text: this.t('methodRef', { section: `${dimension.seed} ${dimension.label[this.locale]}` }),
          }),
          el(
            'ul',
            {},
            (dim?.evidence ?? []).map((e) => this.evidence(e)),
          ),
        ]);
      });
    const leftOut = report.leftOut
      .map((d) => DIMENSIONS[d].label[this.locale])
      .join(this.locale === 'zh-CN' ? '、' : ', ');
    return el('section', { className: 'dimensions' }, [
      el('h2', { text: this.t('dimensions') }),
      ...sections,
      el('p', { className: 'muted', text: this.t('leftOut', { list: leftOut }) }),
    ]);
  }

  private evidence(e: Evidence): HTMLElement {
    const sign = e.points > 0 ? `+${e.points}` : String(e.points);
    const what =
      e.kind === 'act'
        ? ACTS[e.act].label[this.locale]
        : e.fact === 'visit_length'
          ? this.t('clock')
          : this.t('compliance');
    return el('li', { className: e.points > 0 ? 'plus' : e.points < 0 ? 'minus' : 'zero' }, [
      el('span', { className: 'points', text: sign }),
      el('strong', { text: what }),
      e.move ? el('p', { className: 'quote', text: `${this.t('move', { n: e.move.turn })}: “${e.move.text}”` }) : null,
      el('p', { text: e.feedback[this.locale] }),
      e.note ? el('p', { className: 'muted', text: e.note[this.locale] }) : null,
      el('p', { className: 'method', text: this.methodOf(e) }),
    ]);
  }

  /** Where in the method a feedback item comes from: the seed's section and dimension, or the rule's sources. */
  private methodOf(e: Evidence): string {
    if (e.kind === 'act') {
      const dimension = DIMENSIONS[ACTS[e.act].dimension];
      return this.t('methodRef', { section: `${dimension.seed} ${dimension.label[this.locale]} · ${e.act}` });
    }
    if (e.fact === 'visit_length')
      return this.t('methodRef', { section: `1.2.3 ${DIMENSIONS.closing.label[this.locale]}` });
    return this.t('methodRef', { section: `3.3 ${DIMENSIONS.compliance.label[this.locale]}` });
  }

  private transcript(
    items: readonly TranscriptItem[],
    scenario: string,
    locale: Locale,
    choices: readonly number[],
    difficulty: Difficulty,
  ): HTMLElement {
    const list = el('ol', { className: 'transcript' });
    for (const item of items) {
      if (item.kind === 'line') {
        list.append(
          el('li', {
            className: `line ${item.speaker === 'rep' ? 'rep' : item.speaker === 'narrator' ? 'narrator' : 'customer'}`,
            text: item.text,
          }),
        );
        continue;
      }
      const acts = item.acts.map((a) => `${ACTS[a].polarity > 0 ? '✓' : '✗'} ${ACTS[a].label[this.locale]}`);
      const rules = item.violations.map((r) => `⚠ ${RULES[r].label[this.locale]}`);
      list.append(
        el('li', { className: 'move' }, [
          el('strong', { text: `${this.t('move', { n: item.turn })}: ${item.text}` }),
          el(
            'ul',
            { className: 'annotations' },
            [...rules, ...acts].map((text) => el('li', { text })),
          ),
          button(
            this.t('replayFrom'),
            () => this.scene.start('visit', { scenario, locale, choices: choices.slice(0, item.turn - 1), difficulty }),
            {
              className: 'link',
              testid: `replay-${item.turn}`,
            },
          ),
        ]),
      );
    }
    return el('details', { className: 'transcript-panel' }, [el('summary', { text: this.t('transcript') }), list]);
  }

  private drawRadar(report: ScoreReport): void {
    const ids = Object.keys(report.dimensions).filter((d) => d !== 'compliance') as DimensionId[];
    if (ids.length < 3) return;
    const cx = 1040;
    const cy = 250;
    const r = 150;
    const g = this.add.graphics();
    for (const ring of [25, 50, 75, 100]) {
      g.lineStyle(1, 0xcfd6dd).strokePoints(
        vectors(
          radarPoints(
            ids.map(() => ring),
            cx,
            cy,
            r,
          ),
        ),
        true,
      );
    }
    for (const p of radarPoints(
      ids.map(() => 100),
      cx,
      cy,
      r,
    ))
      g.lineStyle(1, 0xcfd6dd).lineBetween(cx, cy, p.x, p.y);
    const shape = radarPoints(
      ids.map((d) => report.dimensions[d]?.score ?? 0),
      cx,
      cy,
      r,
    );
    g.fillStyle(report.passed ? 0x2a9d8f : 0xd1495b, 0.35).fillPoints(vectors(shape), true);
    g.lineStyle(3, report.passed ? 0x2a9d8f : 0xd1495b).strokePoints(vectors(shape), true);
    radarPoints(
      ids.map(() => 118),
      cx,
      cy,
      r,
    ).forEach((p, i) => {
      this.add
        .text(p.x, p.y, DIMENSIONS[ids[i]].label[this.locale], {
          fontFamily: 'sans-serif',
          fontSize: '18px',
          color: '#1f2d3d',
          align: 'center',
        })
        .setOrigin(0.5);
    });
  }
}
