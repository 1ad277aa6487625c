import { DIMENSION_IDS, type DimensionId } from '../methodology/dimensions';
import type { StageId } from '../methodology/stages';
import type { Ledger } from './ledger';
import type { DimensionScore, Evidence, Failure, ScoreReport } from './report';

export const PASS_MARK = 70;
/** No scored dimension may be below this for a visit to pass. */
export const DIMENSION_FLOOR = 40;

/** Points in one dimension: good points earned (before the cap of 100), and points lost (zero or less). */
export interface Tally {
  readonly earned: number;
  readonly lost: number;
}

/**
 * A dimension's score. A declared dimension is what its good moves earn, up to 100, less what its poor
 * moves cost; one the scenario does not declare appears only when a poor move falls in it, and starts full.
 * Compliance starts full too: it is a gate.
 */
export function dimensionScore(dimension: DimensionId, declared: boolean, tally: Tally): number {
  const base = dimension === 'compliance' || !declared ? 100 : Math.min(100, tally.earned);
  return Math.max(0, Math.min(100, Math.round(base + tally.lost)));
}

function mean(list: readonly { score: number }[]): number {
  return list.reduce((sum, s) => sum + s.score, 0) / list.length;
}

/**
 * The total: the mean of the scored dimensions other than compliance. A dimension brought in by a poor move
 * counts only when it lowers the mean, so a poor move can never raise a score.
 */
export function totalOf(scores: ReadonlyMap<DimensionId, { score: number; declared: boolean }>): number {
  const all = [...scores].filter(([d]) => d !== 'compliance').map(([, s]) => s);
  const declared = all.filter((s) => s.declared);
  if (declared.length === 0) return all.length ? Math.round(mean(all)) : 100;
  return Math.round(Math.min(mean(declared), mean(all)));
}

export function failuresOf(
  ended: boolean,
  violations: readonly { rule: string }[],
  total: number,
  scores: ReadonlyMap<DimensionId, { score: number }>,
): Failure[] {
  const failures: Failure[] = [];
  if (!ended) failures.push({ condition: 'not_ended' });
  if (violations.length)
    failures.push({ condition: 'violation', rules: [...new Set(violations.map((v) => v.rule))] as never });
  if (total < PASS_MARK) failures.push({ condition: 'total', total, mark: PASS_MARK });
  for (const [dimension, { score }] of scores) {
    if (dimension !== 'compliance' && score < DIMENSION_FLOOR)
      failures.push({ condition: 'dimension', dimension, score, floor: DIMENSION_FLOOR });
  }
  return failures;
}

export interface VisitFacts {
  readonly scenario: string;
  readonly title: string;
  readonly stage: StageId;
  readonly ended: boolean;
  readonly endReason: string | null;
  readonly ending: string | null;
}

/** The report of a visit from its ledger. Pure: the same moves always give the same report. */
export function reportOf(ledger: Ledger, facts: VisitFacts): ScoreReport {
  // One pass over the evidence: each dimension's items and its tally.
  const byDimension = new Map<DimensionId, { evidence: Evidence[]; earned: number; lost: number }>();
  for (const d of ledger.declared) byDimension.set(d, { evidence: [], earned: 0, lost: 0 });
  for (const e of ledger.evidence) {
    let entry = byDimension.get(e.dimension);
    if (!entry) {
      if (e.points >= 0) continue;
      entry = { evidence: [], earned: 0, lost: 0 };
      byDimension.set(e.dimension, entry);
    }
    entry.evidence.push(e);
    if (e.points > 0) entry.earned += e.points;
    else entry.lost += e.points;
  }
  const dimensions: Partial<Record<DimensionId, DimensionScore>> = {};
  const scores = new Map<DimensionId, { score: number; declared: boolean }>();
  for (const d of DIMENSION_IDS) {
    const entry = byDimension.get(d);
    if (!entry) continue;
    const declared = ledger.declared.includes(d);
    const score = dimensionScore(d, declared, entry);
    dimensions[d] = { score, evidence: entry.evidence, declared };
    scores.set(d, { score, declared });
  }
  const total = totalOf(scores);
  const failures = failuresOf(facts.ended, ledger.violations, total, scores);
  const window = ledger.window ? { min: ledger.window.min, max: ledger.window.max } : null;
  // Listed one by one: an object literal that spreads before many keys is slow in V8, and this runs every move.
  return {
    scenario: facts.scenario,
    title: facts.title,
    stage: facts.stage,
    ended: facts.ended,
    endReason: facts.endReason,
    ending: facts.ending,
    minutes: ledger.minutes,
    window,
    passed: failures.length === 0,
    failures,
    passMark: PASS_MARK,
    floor: DIMENSION_FLOOR,
    total,
    dimensions,
    leftOut: DIMENSION_IDS.filter((d) => !scores.has(d)),
    violations: ledger.violations,
    needs: ledger.needs,
    promises: ledger.openAtStart.map((id) => ({ id, kept: ledger.kept.includes(id) })),
    promised: ledger.promised,
    materials: ledger.materials,
    adverseEvents: ledger.adverseEvents,
  };
}
