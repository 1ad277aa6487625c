import { ACTS } from '../methodology/acts';
import { DIMENSIONS, type DimensionId } from '../methodology/dimensions';
import type { Locale } from '../methodology/locale';
import { RULES } from '../methodology/rules';
import type { TranscriptItem } from '../visit/transcript';
import { speakerName } from '../world/cast';
import { formatSource } from './formatSource';
import type { Evidence, Failure, ScoreReport } from './report';

const WORDS = {
  en: {
    passed: 'Passed',
    notPassed: 'Not passed',
    unfinished: 'Not finished: no verdict yet',
    passMark: (n: number) => `pass mark ${n}`,
    minutes: (n: number) => `${n} min`,
    window: (min: number, max: number) => (min > 0 ? `aim ${min}-${max} min` : `at most ${max} min`),
    notEnded: 'The visit has not ended, so it has no verdict yet.',
    violation: (rules: string) => `A compliance rule was broken (${rules}): the visit cannot pass.`,
    total: (total: number, mark: number) => `The total, ${total}, is under the pass mark of ${mark}.`,
    dimension: (label: string, score: number, floor: number) =>
      `${label} scored ${score}, under the floor of ${floor} every scored part of the method must reach.`,
    clean: 'No compliance rule was broken.',
    broken: 'A compliance rule was broken: this visit cannot pass, whatever else scored well.',
    measured: 'Measured at the end of the visit',
    move: (n: number) => `Move ${n}`,
    visitLength: 'Visit length',
    promiseBroken: 'A promise not kept',
    violationFact: 'Compliance',
    pulledIn: 'Not a part of the method this visit sets out to score: it is scored because a move fell short in it.',
    leftOut: (list: string) => `Not scored in this visit: ${list}`,
    method: (section: string) => `Method ${section}`,
    kept: 'kept',
    notKept: 'not kept',
    promises: 'Promises from earlier visits',
    promised: 'Promises made in this visit',
    you: 'You',
    countsAs: (act: string) => `Counted as: ${act}`,
    doesNotCount: 'A compliance rule was broken, so the score does not count.',
    list: ', ',
  },
  'zh-CN': {
    passed: '通过',
    notPassed: '未通过',
    unfinished: '拜访未结束，暂无结论',
    passMark: (n: number) => `及格线${n}分`,
    minutes: (n: number) => `${n}分钟`,
    window: (min: number, max: number) => (min > 0 ? `目标${min}-${max}分钟` : `不超过${max}分钟`),
    notEnded: '拜访尚未结束，暂无结论。',
    violation: (rules: string) => `违反了合规要求（${rules}）：本次拜访不能通过。`,
    total: (total: number, mark: number) => `总分${total}分，低于及格线${mark}分。`,
    dimension: (label: string, score: number, floor: number) =>
      `“${label}”得分${score}，低于每个评分维度都须达到的${floor}分。`,
    clean: '没有违反任何合规要求。',
    broken: '违反了合规要求：无论其他方面表现如何，本次拜访都不能通过。',
    measured: '拜访结束时的测量结果',
    move: (n: number) => `第${n}步`,
    visitLength: '拜访时长',
    promiseBroken: '未兑现的承诺',
    violationFact: '合规',
    pulledIn: '本次拜访原本不评这一项：因为有一步在这方面失分，所以计入评分。',
    leftOut: (list: string) => `本次拜访不评分的维度：${list}`,
    method: (section: string) => `方法 ${section}`,
    kept: '已兑现',
    notKept: '未兑现',
    promises: '之前拜访中的承诺',
    promised: '本次拜访作出的承诺',
    you: '你',
    countsAs: (act: string) => `计为：${act}`,
    doesNotCount: '违反了合规要求，本次得分不计。',
    list: '、',
  },
} as const;

export interface EvidenceView {
  readonly points: number;
  /** `+40`, `-30`, `0`. */
  readonly sign: string;
  readonly tone: 'plus' | 'minus' | 'zero';
  readonly what: string;
  /** Which move it comes from, quoted; null for a fact measured at the end. */
  readonly quote: string | null;
  readonly source: string;
  readonly feedback: string;
  readonly notes: readonly string[];
  readonly method: string;
}

export interface DimensionView {
  readonly id: DimensionId;
  readonly label: string;
  readonly score: number;
  readonly declared: boolean;
  readonly note: string | null;
  readonly method: string;
  readonly evidence: readonly EvidenceView[];
}

export interface TranscriptLineView {
  readonly kind: 'line';
  readonly who: 'rep' | 'narrator' | 'customer';
  readonly speaker: string;
  readonly text: string;
}

export interface TranscriptMoveView {
  readonly kind: 'move';
  readonly turn: number;
  readonly label: string;
  readonly text: string;
  /** What the method made of the move: violations first, then its acts, each marked. */
  readonly annotations: readonly string[];
}

/** One thing to do differently next time: a move that cost the most, and what the method asks instead. */
export interface NextTimeView {
  readonly what: string;
  readonly quote: string;
  readonly feedback: string;
}

/** Everything the debrief shows, in one language: the screen and the terminal render the same. */
export interface DebriefView {
  readonly title: string;
  readonly passed: boolean;
  readonly total: number;
  readonly verdict: string;
  /** Each condition of passing the visit did not meet, in words. */
  readonly failures: readonly string[];
  /** Set when a rule was broken: the total is shown, but it does not count. */
  readonly scoreVoid: string | null;
  /** The three moves to do differently, broken rules first, then what cost the most points. */
  readonly nextTime: readonly NextTimeView[];
  readonly compliance: {
    readonly clean: boolean;
    readonly summary: string;
    readonly violations: readonly {
      readonly rule: string;
      readonly quote: string;
      readonly source: string;
      readonly feedback: string;
      readonly method: string;
    }[];
  };
  readonly dimensions: readonly DimensionView[];
  readonly leftOut: string;
  readonly promises: readonly string[];
  readonly transcript: readonly (TranscriptLineView | TranscriptMoveView)[];
}

function failureText(f: Failure, locale: Locale): string {
  const w = WORDS[locale];
  switch (f.condition) {
    case 'not_ended':
      return w.notEnded;
    case 'violation':
      return w.violation(f.rules.map((r) => RULES[r].label[locale]).join(w.list));
    case 'total':
      return w.total(f.total, f.mark);
    case 'dimension':
      return w.dimension(DIMENSIONS[f.dimension].label[locale], f.score, f.floor);
  }
}

/** Words for a story's own id (a promise, a material) where the story gives no text: `falls_data` → "falls data". */
const readable = (id: string) => id.replaceAll('_', ' ');

// The ledger already gives whole points, and nothing to a move that broke a rule.
function evidenceView(e: Evidence, locale: Locale): EvidenceView {
  const w = WORDS[locale];
  const { points } = e;
  const what =
    e.kind === 'act'
      ? ACTS[e.act].label[locale]
      : e.fact === 'visit_length'
        ? w.visitLength
        : e.fact === 'promise_broken'
          ? w.promiseBroken
          : w.violationFact;
  const dimension = DIMENSIONS[e.dimension];
  const notes = [
    ...(e.kind === 'act' && e.tagged ? [w.countsAs(ACTS[e.act].label[locale])] : []),
    ...(e.note ? [e.note[locale]] : []),
  ];
  return {
    points,
    sign: points > 0 ? `+${points}` : String(points),
    tone: points > 0 ? 'plus' : points < 0 ? 'minus' : 'zero',
    what,
    quote: e.move ? quoteOf(e.move, locale) : w.measured,
    source: e.move ? formatSource(e.move.source) : '',
    feedback: e.feedback[locale],
    notes,
    method: w.method(`${dimension.seed} ${dimension.label[locale]}`),
  };
}

const colon = (locale: Locale) => (locale === 'zh-CN' ? '：' : ': ');

const quoteOf = (move: { turn: number; text: string }, locale: Locale) =>
  `${WORDS[locale].move(move.turn)}${colon(locale)}“${move.text}”`;

/** Broken rules first, then the moves that cost the most points, one entry per move, three at most. */
function nextTimeOf(report: ScoreReport, locale: Locale): NextTimeView[] {
  const items: (NextTimeView & { turn: number | null })[] = report.violations.map((v) => ({
    turn: v.move?.turn ?? null,
    what: RULES[v.rule].label[locale],
    quote: v.move ? quoteOf(v.move, locale) : WORDS[locale].measured,
    feedback: v.feedback[locale],
  }));
  const costs = Object.values(report.dimensions)
    .flatMap((d) => d?.evidence ?? [])
    .filter((e) => e.points < 0 && e.kind === 'act')
    .sort((a, b) => a.points - b.points || (a.move?.turn ?? 0) - (b.move?.turn ?? 0));
  for (const e of costs) {
    if (e.kind !== 'act' || items.some((i) => i.turn === e.move.turn)) continue;
    items.push({
      turn: e.move.turn,
      what: ACTS[e.act].label[locale],
      quote: quoteOf(e.move, locale),
      feedback: e.feedback[locale],
    });
  }
  return items.slice(0, 3).map(({ what, quote, feedback }) => ({ what, quote, feedback }));
}

/** The debrief of a visit as plain data in one language: one pure function behind the screen and the CLI. */
export function debriefOf(report: ScoreReport, transcript: readonly TranscriptItem[], locale: Locale): DebriefView {
  const w = WORDS[locale];
  const window = report.window ? ` · ${w.window(report.window.min, report.window.max)}` : '';
  const dimensions = Object.entries(report.dimensions)
    .filter(([id]) => id !== 'compliance')
    .map(([id, dim]): DimensionView => {
      const dimension = DIMENSIONS[id as DimensionId];
      return {
        id: id as DimensionId,
        label: dimension.label[locale],
        score: dim?.score ?? 0,
        declared: dim?.declared ?? true,
        note: dim?.declared === false ? w.pulledIn : null,
        method: w.method(`${dimension.seed} ${dimension.label[locale]}`),
        evidence: (dim?.evidence ?? []).map((e) => evidenceView(e, locale)),
      };
    });
  const promises = [
    ...report.promises.map(
      (p) =>
        `${w.promises}${colon(locale)}${readable(p.id)}${locale === 'zh-CN' ? `（${p.kept ? w.kept : w.notKept}）` : ` (${p.kept ? w.kept : w.notKept})`}`,
    ),
    ...(report.promised.length ? [`${w.promised}${colon(locale)}${report.promised.map(readable).join(w.list)}`] : []),
  ];
  return {
    title: report.title,
    passed: report.passed,
    total: report.total,
    verdict: `${report.passed ? w.passed : report.ended ? w.notPassed : w.unfinished} · ${w.passMark(report.passMark)} · ${w.minutes(report.minutes)}${window}`,
    failures: report.failures.map((f) => failureText(f, locale)),
    scoreVoid: report.violations.length ? w.doesNotCount : null,
    nextTime: nextTimeOf(report, locale),
    compliance: {
      clean: report.violations.length === 0,
      summary: report.violations.length ? w.broken : w.clean,
      violations: report.violations.map((v) => ({
        rule: RULES[v.rule].label[locale],
        quote: v.move ? quoteOf(v.move, locale) : w.measured,
        source: v.move ? formatSource(v.move.source) : '',
        feedback: v.feedback[locale],
        method: w.method(`3.3 · ${RULES[v.rule].sources}`),
      })),
    },
    dimensions,
    leftOut: w.leftOut(report.leftOut.map((d) => DIMENSIONS[d].label[locale]).join(w.list)),
    promises,
    transcript: transcript.map((item) => {
      if (item.kind === 'line') {
        const who = item.speaker === 'rep' ? 'rep' : item.speaker === 'narrator' ? 'narrator' : 'customer';
        const speaker = who === 'rep' ? w.you : who === 'customer' ? speakerName(item.speaker, locale) : '';
        return { kind: 'line', who, speaker, text: item.text };
      }
      const rules = item.violations.map((r) => `⚠ ${RULES[r].label[locale]}`);
      // A move that broke a rule is never praised: only its poor acts are shown beside the violation.
      const acts = item.judged
        .filter((j) => ACTS[j.act].polarity < 0 || (item.violations.length === 0 && j.factor > 0))
        .map((j) => `${ACTS[j.act].polarity > 0 ? '✓' : '✗'} ${ACTS[j.act].label[locale]}`);
      return {
        kind: 'move',
        turn: item.turn,
        label: w.move(item.turn),
        text: item.text,
        annotations: [...rules, ...acts],
      };
    }),
  };
}
