import type { StoryHeader } from '../ink/types';
import { ACTS } from '../methodology/acts';
import { DIMENSION_IDS, type DimensionId } from '../methodology/dimensions';
import type { Localized } from '../methodology/locale';
import { RULES } from '../methodology/rules';
import { STAGES } from '../methodology/stages';
import type { Move } from '../visit/visitMachine';
import type { DimensionScore, Evidence, MoveRef, ScoreReport, Violation } from './report';

export const PASS_MARK = 70;
/** Points lost in the window's dimension per simulated minute outside it, and at most. */
export const WINDOW_POINTS_PER_MINUTE = 5;
export const WINDOW_MAX_PENALTY = 40;

export interface VisitFacts {
  readonly scenario: string;
  readonly header: StoryHeader;
  readonly moves: readonly Move[];
  readonly minutes: number;
  readonly ended: boolean;
  readonly endReason: string | null;
  readonly ending: string | null;
}

const VIOLATION_NOTE: Localized = {
  en: 'This move broke a compliance rule, so nothing else it did earns points.',
  'zh-CN': '这一步违反了合规要求，其中的其他做法一律不得分。',
};

const REPEAT_NOTE: Localized = {
  en: 'A repeat of a move you already made earns half its points the second time and none after that.',
  'zh-CN': '同样的动作第二次只得一半分，之后不再得分。',
};

/** Scores a visit against the method. Pure: the same moves always give the same report. */
export function scoreVisit(facts: VisitFacts): ScoreReport {
  const exercised = facts.header.dimensions;
  const evidence = new Map<DimensionId, Evidence[]>(exercised.map((d) => [d, []]));
  const timesMade = new Map<string, number>();
  const violations: Violation[] = [];

  for (const move of facts.moves) {
    const ref: MoveRef = { turn: move.turn, text: move.choice.text, source: move.choice.source };
    for (const actId of move.choice.acts) {
      const act = ACTS[actId];
      const list = evidence.get(act.dimension);
      if (!list) continue;
      const made = timesMade.get(actId) ?? 0;
      timesMade.set(actId, made + 1);
      const broke = move.choice.violations.length > 0;
      let points = made === 0 ? act.weight : made === 1 ? act.weight / 2 : 0;
      if (act.polarity < 0) points = -act.weight;
      else if (broke) points = 0;
      const note = act.polarity < 0 ? null : broke ? VIOLATION_NOTE : made > 0 ? REPEAT_NOTE : null;
      list.push({ kind: 'act', act: actId, points, move: ref, feedback: act.feedback, note });
    }
    for (const ruleId of move.choice.violations) {
      const rule = RULES[ruleId];
      violations.push({ rule: ruleId, label: rule.label, move: ref, feedback: rule.feedback });
      evidence.get('compliance')?.push({
        kind: 'fact',
        fact: 'violation',
        points: -100,
        move: ref,
        feedback: rule.feedback,
        note: null,
      });
    }
  }

  const span = STAGES[facts.header.stage].window;
  if (span && facts.ended) evidence.get(span.scoredIn)?.push(visitLengthEvidence(facts.minutes, span));

  const dimensions: Partial<Record<DimensionId, DimensionScore>> = {};
  for (const [dimension, items] of evidence) {
    // Good points fill the dimension up to 100 first, so a poor move always costs: it cannot hide in a surplus.
    const base = dimension === 'compliance' ? 100 : 0;
    const earned = Math.min(
      100,
      items.reduce((total, e) => total + Math.max(0, e.points), base),
    );
    const lost = items.reduce((total, e) => total + Math.min(0, e.points), 0);
    dimensions[dimension] = { score: Math.max(0, Math.round(earned + lost)), evidence: items };
  }
  const averaged = exercised.filter((d) => d !== 'compliance');
  const counted = averaged.length ? averaged : exercised;
  const total = Math.round(counted.reduce((sum, d) => sum + (dimensions[d]?.score ?? 0), 0) / counted.length);

  return {
    scenario: facts.scenario,
    title: facts.header.title,
    stage: facts.header.stage,
    ended: facts.ended,
    endReason: facts.endReason,
    ending: facts.ending,
    minutes: facts.minutes,
    passed: violations.length === 0 && total >= PASS_MARK,
    passMark: PASS_MARK,
    total,
    dimensions,
    leftOut: DIMENSION_IDS.filter((d) => !exercised.includes(d)),
    violations,
  };
}

function visitLengthEvidence(minutes: number, span: { min: number; max: number }): Evidence {
  const outside = minutes < span.min ? span.min - minutes : minutes > span.max ? minutes - span.max : 0;
  const points = outside === 0 ? 0 : -Math.min(WINDOW_MAX_PENALTY, outside * WINDOW_POINTS_PER_MINUTE);
  const range = `${span.min}-${span.max}`;
  let feedback: Localized;
  if (minutes > span.max) {
    feedback = {
      en: `The visit lasted ${minutes} minutes, ${outside} over the ${range} minutes the method sets for a first visit. Keep it short: summarise, agree the next step and leave while the customer still wants more.`,
      'zh-CN': `本次拜访用了${minutes}分钟，超出首次拜访${range}分钟的要求${outside}分钟。首次拜访宜短：及时总结、约好下一步，在客户意犹未尽时告辞。`,
    };
  } else if (minutes < span.min) {
    feedback = {
      en: `The visit lasted ${minutes} minutes, ${outside} short of the ${range} minutes the method sets for a first visit: too little time to learn the customer's needs and agree a next step.`,
      'zh-CN': `本次拜访只用了${minutes}分钟，比首次拜访${range}分钟的要求少了${outside}分钟，不足以了解客户需求并约定下一步。`,
    };
  } else {
    feedback = {
      en: `The visit lasted ${minutes} minutes, within the ${range} minutes the method sets for a first visit.`,
      'zh-CN': `本次拜访用时${minutes}分钟，符合首次拜访${range}分钟的要求。`,
    };
  }
  return { kind: 'fact', fact: 'visit_length', points, move: null, feedback, note: null };
}
