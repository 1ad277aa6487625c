import type { CompiledStory } from '../ink/types';
import type { MemoryView } from '../memory/memory';
import type { ActId } from '../methodology/acts';
import { DIMENSION_IDS, type DimensionId } from '../methodology/dimensions';
import { absorbLines, closeLedger, judgeMove, type Ledger, openLedger, settleMove } from '../scoring/ledger';
import type { Evidence } from '../scoring/report';
import { DIMENSION_FLOOR, dimensionScore, PASS_MARK, totalOf } from '../scoring/scoreVisit';
import type { StoryGraph } from './explore';
import { minimiseGraph } from './minimise';

/** A path through a story and how it scores. */
export interface ScoredPath {
  /** 1-based choice numbers from the start. */
  readonly path: readonly number[];
  readonly total: number;
  readonly passed: boolean;
}

export interface ScoreRange {
  readonly best: ScoredPath;
  readonly worst: ScoredPath;
  /** The best path that passes, or null when none does. */
  readonly bestPassing: ScoredPath | null;
  /** True when a path can come back to a decision with nothing changed, so it could go round for ever. */
  readonly loops: boolean;
}

/** The path a trainer would call the best: the best that passes, else the best there is. */
export const bestPath = (range: ScoreRange): ScoredPath => range.bestPassing ?? range.best;

const DIMS = DIMENSION_IDS.filter((d) => d !== 'compliance');
const INDEX = new Map<DimensionId, number>(DIMS.map((d, i) => [d, i]));

/**
 * Points a path still has to come: per dimension earned (capped at 100), then per dimension lost (down to
 * -100), in one small array because the walk makes hundreds of thousands of them.
 */
interface Future {
  readonly points: Int16Array;
  readonly clean: boolean;
  readonly edge: number;
  readonly rest: Future | null;
}

interface Fronts {
  /** The futures no other beats in every dimension: the best total lies among them. */
  readonly high: readonly Future[];
  /** The futures no other falls below in every dimension: the worst total lies among them. */
  readonly low: readonly Future[];
}

const N = DIMS.length;

/**
 * The best and worst totals over every path of a story, exactly: the graph's decisions are walked with the
 * same ledger the game keeps, and at each decision only the futures that could still be best (or worst)
 * are kept, so the walk costs far less than playing every path.
 */
export function scoreRange(story: CompiledStory, searched: StoryGraph, memory: MemoryView): ScoreRange {
  const graph = minimiseGraph(searched);
  const declared = story.header.dimensions;
  const timed =
    openLedger(story.header, memory).window !== null ||
    graph.opening.some((l) => l.timeGranted !== null) ||
    graph.decisions.some((d) => d.edges.some((e) => e.lines.some((l) => l.timeGranted !== null)));
  const ahead = actsAhead(graph);
  const memo = new Map<string, Fronts>();
  const open = new Set<string>();
  let loops = false;

  const objectionsAhead = ahead.map((acts) => [...acts].some((a) => a.startsWith('objections.')));
  // Built by hand: this runs once per decision and ledger, and JSON of whole ledgers cost more than the walk.
  const keyOf = (node: number, ledger: Ledger) => {
    const acts = ahead[node];
    const repeats: string[] = [];
    for (const key in ledger.repeats)
      if (acts.has(key.slice(0, key.indexOf('@')) as ActId)) repeats.push(`${key}=${ledger.repeats[key]}`);
    const objection = objectionsAhead[node] && ledger.objection ? JSON.stringify(ledger.objection) : '';
    const needs = ledger.needs.length > 1 ? ledger.needs.map((n) => n.id).sort() : ledger.needs.map((n) => n.id);
    const window = ledger.window ? `${ledger.window.min}-${ledger.window.max}-${ledger.window.granted}` : '';
    const events = ledger.adverseEvents.map((e) => `${e.id}${e.reported ? '+' : '-'}`);
    return `${node}|${repeats.sort().join(',')}|${objection}|${timed ? ledger.minutes : 0}|${window}|${needs.join(',')}|${ledger.kept.join(',')}|${events.join(',')}`;
  };

  const futuresOf = (node: number, ledger: Ledger): Fronts => {
    const key = keyOf(node, ledger);
    const known = memo.get(key);
    if (known) return known;
    if (open.has(key)) {
      loops = true;
      return { high: [], low: [] };
    }
    open.add(key);
    const high: Future[] = [];
    const low: Future[] = [];
    graph.decisions[node].edges.forEach((edge, index) => {
      if (edge.to === null && edge.endReason === null) return; // the story failed here: reported elsewhere
      const settled = settleMove(ledger, edge.choice, judgeMove(ledger, edge.choice), edge.lines);
      const after = edge.to === null ? closeLedger(settled, true) : settled;
      const own = tally(after.evidence, after.violations.length === 0, index);
      const next = { ...after, evidence: [], violations: [] };
      if (edge.to === null) {
        high.push(own);
        low.push(own);
        return;
      }
      const rest = futuresOf(edge.to, next);
      for (const f of rest.high) high.push(join(own, f));
      for (const f of rest.low) low.push(join(own, f));
    });
    open.delete(key);
    const fronts = { high: prune(high, beatsOrEquals), low: prune(low, fallsBelowOrEquals) };
    memo.set(key, fronts);
    return fronts;
  };

  const first = absorbLines(openLedger(story.header, memory), graph.opening);
  let fronts: Fronts;
  if (graph.start === null) {
    const closed = closeLedger(first, true);
    const only = tally(closed.evidence, closed.violations.length === 0, -1);
    fronts = { high: [only], low: [only] };
  } else {
    const own = tally(first.evidence, true, -1);
    const rest = futuresOf(graph.start, { ...first, evidence: [] });
    fronts = { high: rest.high.map((f) => join(own, f)), low: rest.low.map((f) => join(own, f)) };
  }

  const judge = (f: Future): ScoredPath => {
    const scores = new Map<DimensionId, { score: number; declared: boolean }>();
    DIMS.forEach((d, i) => {
      const isDeclared = declared.includes(d);
      const [earned, lost] = [f.points[i], f.points[N + i]];
      if (!isDeclared && lost >= 0) return;
      scores.set(d, { score: dimensionScore(d, isDeclared, { earned, lost }), declared: isDeclared });
    });
    const total = totalOf(scores);
    const passed = f.clean && total >= PASS_MARK && [...scores.values()].every((s) => s.score >= DIMENSION_FLOOR);
    return { path: pathOf(f, graph), total, passed };
  };
  const highs = fronts.high.map(judge);
  const lows = fronts.low.map(judge);
  const byTotal = (a: ScoredPath, b: ScoredPath) => b.total - a.total;
  const passing = highs.filter((p) => p.passed).sort(byTotal);
  return {
    best: [...highs].sort(byTotal)[0],
    worst: [...lows].sort(byTotal).at(-1) as ScoredPath,
    bestPassing: passing[0] ?? null,
    loops,
  };
}

/** A step's points by dimension, compliance left to the clean flag. */
function tally(evidence: readonly Evidence[], clean: boolean, edge: number): Future {
  const points = new Int16Array(2 * N);
  for (const e of evidence) {
    const i = INDEX.get(e.dimension);
    if (i === undefined) continue;
    // The ledger's points are whole numbers, so small integers hold them exactly.
    if (e.points > 0) points[i] = Math.min(100, points[i] + e.points);
    else points[N + i] = Math.max(-100, points[N + i] + e.points);
  }
  return { points, clean, edge, rest: null };
}

function join(own: Future, rest: Future): Future {
  const points = new Int16Array(2 * N);
  for (let i = 0; i < N; i++) {
    points[i] = Math.min(100, own.points[i] + rest.points[i]);
    points[N + i] = Math.max(-100, own.points[N + i] + rest.points[N + i]);
  }
  return { points, clean: own.clean && rest.clean, edge: own.edge, rest };
}

function beatsOrEquals(a: Future, b: Future): boolean {
  if (!a.clean && b.clean) return false;
  for (let i = 0; i < 2 * N; i++) if (a.points[i] < b.points[i]) return false;
  return true;
}

function fallsBelowOrEquals(a: Future, b: Future): boolean {
  for (let i = 0; i < 2 * N; i++) if (a.points[i] > b.points[i]) return false;
  return true;
}

/** Keeps the futures no other future covers; of equal ones, the first. */
function prune(futures: readonly Future[], covers: (a: Future, b: Future) => boolean): Future[] {
  const kept: Future[] = [];
  for (const f of futures) {
    if (kept.some((k) => covers(k, f))) continue;
    for (let i = kept.length - 1; i >= 0; i--) if (covers(f, kept[i])) kept.splice(i, 1);
    kept.push(f);
  }
  return kept;
}

function pathOf(future: Future, graph: StoryGraph): number[] {
  const path: number[] = [];
  let node = graph.start;
  let f: Future | null = future.edge === -1 ? future.rest : future;
  while (f && node !== null) {
    const edge = graph.decisions[node].edges[f.edge];
    path.push(edge.choice.index + 1);
    node = edge.to;
    f = f.rest;
  }
  return path;
}

/** For each decision, every act a move from there on can carry: repeats of any other act no longer matter. */
function actsAhead(graph: StoryGraph): Set<ActId>[] {
  const ahead = graph.decisions.map((d) => {
    const acts = new Set<ActId>(d.edges.flatMap((e) => e.choice.acts));
    if (d.edges.some((e) => e.choice.keeps.length)) acts.add('relationship.promise_kept');
    return acts;
  });
  // Until nothing changes: a decision's acts include those of every decision it leads to.
  for (let changed = true; changed; ) {
    changed = false;
    for (let n = graph.decisions.length - 1; n >= 0; n--) {
      for (const edge of graph.decisions[n].edges) {
        if (edge.to === null) continue;
        for (const act of ahead[edge.to]) {
          if (!ahead[n].has(act)) {
            ahead[n].add(act);
            changed = true;
          }
        }
      }
    }
  }
  return ahead;
}
