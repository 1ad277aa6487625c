import type { StoryChoice, StoryHeader, StoryLine } from '../ink/types';
import type { MemoryView } from '../memory/memory';
import { ACTS } from '../methodology/acts';
import type { DimensionId } from '../methodology/dimensions';
import { RULES } from '../methodology/rules';
import { STAGES } from '../methodology/stages';
import { NOT_REPORTED, promiseBrokenEvidence, REPEAT_NOTE, visitLengthEvidence } from './feedback';
import { type JudgedAct, type JudgingContext, judgeMove } from './judge';
import type { Evidence, MoveRef, Violation } from './report';

export interface VisitWindow {
  readonly min: number;
  readonly max: number;
  /** Minutes the customer granted, when they set the window. */
  readonly granted: number | null;
}

/**
 * Scoring as the visit goes: what is known so far (needs, the open objection, promises, adverse events,
 * the clock) and every point earned or lost. The visit machine, the story check and the report all fold
 * moves into a ledger with these functions, so there is one implementation of the rules.
 */
export interface Ledger extends JudgingContext {
  readonly declared: readonly DimensionId[];
  readonly needs: readonly { readonly id: string; readonly text: string }[];
  /** Times each good act has earned on each topic, `act@topic`. */
  readonly repeats: Readonly<Record<string, number>>;
  readonly promised: readonly string[];
  readonly materials: readonly string[];
  readonly adverseEvents: readonly { readonly id: string; readonly reported: boolean }[];
  /** Minutes in the meeting so far: the visit clock. */
  readonly minutes: number;
  readonly window: VisitWindow | null;
  readonly turns: number;
  readonly evidence: readonly Evidence[];
  readonly violations: readonly Violation[];
}

export function openLedger(header: Pick<StoryHeader, 'stage' | 'dimensions'>, memory: MemoryView): Ledger {
  const span = STAGES[header.stage].window;
  return {
    declared: header.dimensions,
    needs: [],
    remembered: memory.needs.map((n) => n.id),
    objection: null,
    openAtStart: memory.openPromises,
    kept: [],
    repeats: {},
    promised: [],
    materials: [],
    adverseEvents: [],
    minutes: 0,
    window: span ? { min: span.min, max: span.max, granted: null } : null,
    turns: 0,
    evidence: [],
    violations: [],
  };
}

export { judgeMove };

/**
 * A ledger with some fields changed. Written out field by field: an object literal that spreads before
 * other keys takes V8's slow path, and this runs several times a move.
 */
function changed(l: Ledger, c: Partial<Ledger>): Ledger {
  return {
    declared: l.declared,
    needs: 'needs' in c ? (c.needs as Ledger['needs']) : l.needs,
    remembered: l.remembered,
    objection: 'objection' in c ? (c.objection as Ledger['objection']) : l.objection,
    openAtStart: l.openAtStart,
    kept: 'kept' in c ? (c.kept as Ledger['kept']) : l.kept,
    repeats: 'repeats' in c ? (c.repeats as Ledger['repeats']) : l.repeats,
    promised: 'promised' in c ? (c.promised as Ledger['promised']) : l.promised,
    materials: 'materials' in c ? (c.materials as Ledger['materials']) : l.materials,
    adverseEvents: 'adverseEvents' in c ? (c.adverseEvents as Ledger['adverseEvents']) : l.adverseEvents,
    minutes: 'minutes' in c ? (c.minutes as Ledger['minutes']) : l.minutes,
    window: 'window' in c ? (c.window as Ledger['window']) : l.window,
    turns: 'turns' in c ? (c.turns as Ledger['turns']) : l.turns,
    evidence: 'evidence' in c ? (c.evidence as Ledger['evidence']) : l.evidence,
    violations: 'violations' in c ? (c.violations as Ledger['violations']) : l.violations,
  };
}

const add = <T>(list: readonly T[], items: readonly T[]) => (items.length ? [...list, ...items] : list);

/**
 * Records a move, judged beforehand with `judgeMove`, and what the story said after it. The lines after a
 * move tell its topic: an open question that brings out a new need is a new move, not a repeat.
 */
export function settleMove(
  ledger: Ledger,
  choice: StoryChoice,
  judged: readonly JudgedAct[],
  after: readonly StoryLine[],
): Ledger {
  const turn = ledger.turns + 1;
  const ref: MoveRef = { turn, text: choice.text, source: choice.source };
  const broke = choice.violations.length > 0;
  const revealed: string[] = [];
  for (const line of after) for (const id of line.needs) if (!ledger.needs.some((n) => n.id === id)) revealed.push(id);
  const repeats = { ...ledger.repeats };
  const evidence: Evidence[] = [];
  for (const j of judged) {
    const act = ACTS[j.act];
    const tagged = j.tagged === j.act ? null : j.tagged;
    if (act.polarity < 0) {
      evidence.push({
        kind: 'act',
        act: j.act,
        tagged,
        dimension: act.dimension,
        points: -act.weight,
        move: ref,
        feedback: act.feedback,
        note: j.note,
      });
      continue;
    }
    // A move that breaks a rule earns nothing and is never praised; a dimension not scored earns nothing.
    if (broke || !ledger.declared.includes(act.dimension)) continue;
    const topic = j.promise
      ? `promise:${j.promise}`
      : (choice.links[0] ??
        (act.dimension === 'objections' && ledger.objection ? `objection:${ledger.objection.id}` : null) ??
        (revealed[0] ? `need:${revealed[0]}` : ''));
    const key = `${j.act}@${topic}`;
    const times = j.factor > 0 ? (repeats[key] ?? 0) : 0;
    if (j.factor > 0) repeats[key] = times + 1;
    const full = act.weight * j.factor;
    const points = Math.round(times === 0 ? full : times === 1 ? full / 2 : 0);
    const note = times > 0 ? REPEAT_NOTE : j.note;
    evidence.push({
      kind: 'act',
      act: j.act,
      tagged,
      dimension: act.dimension,
      points,
      move: ref,
      feedback: act.feedback,
      note,
    });
  }
  const violations: Violation[] = choice.violations.map((rule) => ({
    rule,
    label: RULES[rule].label,
    move: ref,
    feedback: RULES[rule].feedback,
  }));
  for (const v of violations) {
    evidence.push({
      kind: 'fact',
      fact: 'violation',
      dimension: 'compliance',
      points: -100,
      move: ref,
      feedback: v.feedback,
      note: null,
    });
  }
  const acts = judged.filter((j) => j.factor > 0).map((j) => j.act);
  const works = acts.includes('objections.acknowledge') || acts.includes('objections.explore');
  const reports = acts.includes('solutions.ae_escalated');
  const keeps = choice.keeps.filter((id) => ledger.openAtStart.includes(id) && !ledger.kept.includes(id));
  const settled = changed(ledger, {
    turns: turn,
    repeats,
    objection: works && ledger.objection ? { ...ledger.objection, worked: true } : ledger.objection,
    adverseEvents: reports ? ledger.adverseEvents.map((e) => ({ ...e, reported: true })) : ledger.adverseEvents,
    kept: add(ledger.kept, keeps),
    promised: add(
      ledger.promised,
      choice.promises.filter((id) => !ledger.promised.includes(id)),
    ),
    materials: add(
      ledger.materials,
      choice.gives.filter((id) => !ledger.materials.includes(id)),
    ),
    minutes: ledger.minutes + (choice.offClock ? 0 : choice.minutes),
    evidence: add(ledger.evidence, evidence),
    violations: add(ledger.violations, violations),
  });
  return absorbLines(settled, after);
}

/** What the story's lines make known: needs, objections, adverse events heard of, the time granted. */
export function absorbLines(ledger: Ledger, lines: readonly StoryLine[]): Ledger {
  let next = ledger;
  for (const line of lines) {
    // Most lines carry none of these; they cost nothing.
    if (!line.needs.length && !line.adverseEvents.length && !line.objections.length && line.timeGranted === null)
      continue;
    const needs = line.needs
      .filter((id) => !next.needs.some((n) => n.id === id))
      .map((id) => ({ id, text: line.text }));
    const events = line.adverseEvents.filter((id) => !next.adverseEvents.some((e) => e.id === id));
    const objection = line.objections.at(-1);
    const granted = line.timeGranted;
    if (!needs.length && !events.length && !objection && granted === null) continue;
    next = changed(next, {
      needs: add(next.needs, needs),
      adverseEvents: add(
        next.adverseEvents,
        events.map((id) => ({ id, reported: false })),
      ),
      objection: objection ? { id: objection, worked: false } : next.objection,
      window: granted === null ? next.window : grantedWindow(next.window, granted),
    });
  }
  return next;
}

/** A customer who grants less time sets the window; under the method's own lower bound, only running over counts. */
function grantedWindow(span: VisitWindow | null, granted: number): VisitWindow {
  const min = span && span.min < granted ? span.min : 0;
  return { min, max: span ? Math.min(span.max, granted) : granted, granted };
}

/** The facts measured once the visit is over: its length, the promises broken, adverse events never reported. */
export function closeLedger(ledger: Ledger, ended: boolean): Ledger {
  if (!ended) return ledger;
  const evidence: Evidence[] = [];
  if (ledger.window) evidence.push(visitLengthEvidence(ledger.minutes, ledger.window));
  for (const id of ledger.openAtStart.filter((p) => !ledger.kept.includes(p))) evidence.push(promiseBrokenEvidence(id));
  const violations: Violation[] = [];
  const unreported = ledger.adverseEvents.filter((e) => !e.reported);
  if (unreported.length && !ledger.violations.some((v) => v.rule === 'ae_unreported')) {
    violations.push({ rule: 'ae_unreported', label: RULES.ae_unreported.label, move: null, feedback: NOT_REPORTED });
    evidence.push({
      kind: 'fact',
      fact: 'violation',
      dimension: 'compliance',
      points: -100,
      move: null,
      feedback: NOT_REPORTED,
      note: null,
    });
  }
  return changed(ledger, { evidence: add(ledger.evidence, evidence), violations: add(ledger.violations, violations) });
}
