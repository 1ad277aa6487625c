import { customerStateOf, react, startingCustomer } from '../customer/reactions';
import { InkAdapter, StoryError } from '../ink/adapter';
import type { CompiledStory, SourcePos, StoryChoice, StoryLine } from '../ink/types';
import { EMPTY_VIEW, type MemoryView, withAssumptions } from '../memory/memory';
import { judgeMove } from '../scoring/judge';
import { DIFFICULTY_LEVEL, type Difficulty } from '../visit/difficulty';
import { beginStory, type CustomerVariables, type Told, tellMove } from '../visit/tellStory';
import { customerOf } from '../world/cast';
import type { Diagnostic } from './diagnostics';
import {
  BLANK_CUSTOMER,
  CUSTOMER_VARIABLES,
  type InkState,
  type Outcome,
  type Read,
  type SharedExploration,
  shareExploration,
} from './inkMoves';
import { answerOf, factsAhead, factsJudgingReads } from './memoryFacts';
import { stateKey } from './stateKey';

/** Choices a trainee can take with a number key, 1 to 9. */
export const KEYED_CHOICES = 9;
export { type SharedExploration, shareExploration };

export interface Ending {
  readonly id: string | null;
  /** 1-based choice numbers of the first path found to it. */
  readonly path: readonly number[];
  readonly minutes: number;
  readonly endReason: string;
}

/** A move of the story graph: the choice, what the story said after it, and the decision it leads to. */
export interface GraphEdge {
  readonly choice: StoryChoice;
  readonly lines: readonly StoryLine[];
  /** The decision the move leads to; null when the visit ends after it (or the story failed). */
  readonly to: number | null;
  readonly endReason: string | null;
}

/**
 * Every decision of a story once, as the game plays it: decisions reached in the same story state, with the
 * same customer and the same facts known, are one. Scoring walks this graph without running ink again.
 */
export interface StoryGraph {
  readonly opening: readonly StoryLine[];
  /** The first decision; null when the story ends before offering one. */
  readonly start: number | null;
  readonly decisions: readonly { readonly edges: readonly GraphEdge[] }[];
}

export interface Exploration {
  readonly states: number;
  /** False when the state bound stopped the search before every path was played. */
  readonly complete: boolean;
  readonly endings: readonly Ending[];
  readonly diagnostics: readonly Diagnostic[];
  readonly graph: StoryGraph;
  /** What another memory's search needs to stop where its paths go on as this one's did; null without a graph. */
  readonly join: Join | null;
}

/**
 * The decisions one search reached, with the memory facts every path on from each reads. A search from
 * another memory that reaches the same decision, where the two memories agree on all those facts, would
 * play exactly what this one played from there: it need not go on.
 */
export interface Join {
  readonly memory: MemoryView;
  readonly cachedFor: string;
  readonly clock: boolean;
  readonly graph: StoryGraph;
  readonly nodes: ReadonlyMap<string, number>;
  /** Per decision: its ink state and situation, the facts each of its moves reads, and all facts ahead. */
  readonly inks: readonly string[];
  readonly situations: readonly Situation[];
  readonly edgeFacts: readonly (readonly number[])[];
  readonly factsAhead: Int32Array;
}

export interface ExploreOptions {
  readonly maxStates?: number;
  readonly difficulty?: Difficulty;
  /** What the customer remembers; the story's own assumptions when not given. */
  readonly memory?: MemoryView;
  /** False when only what it reaches and reports is wanted, not the graph scoring walks (saves memory). */
  readonly graph?: boolean;
  /** A complete search of the same story and difficulty from another memory, to stop where this one joins it. */
  readonly joinWith?: Exploration;
  /** Shared by explorations of one story, so each plays a move of ink only once (see `shareExploration`). */
  readonly shared?: SharedExploration;
}

/** What decides how a path goes on besides ink's state: the customer, the clock, and what is known. */
interface Situation {
  readonly customer: CustomerVariables;
  readonly minutes: number;
  readonly needs: readonly string[];
  readonly kept: readonly string[];
  /** `needs` and `kept` as part of a key, made once when they change rather than at every move. */
  readonly known: string;
}

/** A decision still to take: the story state where it is offered, and which choice. */
interface Frontier {
  /** The key of the ink state the decision is offered in. */
  readonly ink: string;
  readonly node: number;
  readonly choice: StoryChoice;
  readonly situation: Situation;
  /** The way here, last choice first: shared between the paths it branches into. */
  readonly trail: Trail | null;
  /** The choice sets offered on the way here, to see a path come back to one. */
  readonly offered: ReadonlySet<string>;
}

/** The container of a choice point: the choice set it belongs to. */
const choiceSet = (id: string) => id.slice(0, id.lastIndexOf('.'));

/**
 * Plays every reachable path of a story by the game's own rules (the customer's reactions, the clock, a
 * customer who leaves), merging paths that reach the same situation, and reports dead ends, unreachable
 * knots, choices with no act and the endings.
 */
export function exploreStory(story: CompiledStory, options: ExploreOptions = {}): Exploration {
  const shared = options.shared ?? shareExploration(story);
  const { counts, relevant } = shared;
  // What the search keys states on grows until it stops changing: counts that matter only on re-entry join
  // once a path comes back to their container (the same choice set offered twice, or a container entered
  // twice), and the clock joins once the story reads it. Each time something joins, the search starts over.
  for (;;) {
    const before = relevant.size;
    const clock = shared.clock;
    const signature = [...relevant].sort().join(',');
    if (shared.cachedFor !== signature) {
      shared.states.clear();
      shared.moves.clear();
      shared.cachedFor = signature;
    }
    const search: Search = {
      story,
      shared,
      maxStates: options.maxStates ?? 250_000,
      difficulty: options.difficulty ?? 'standard',
      memory: options.memory ?? withAssumptions(EMPTY_VIEW, story.header),
      relevant: counts ? relevant : null,
      clock,
      graph: options.graph ?? true,
      join: options.joinWith?.join ?? null,
      onReentry: (reentered) => {
        for (const path of counts?.onReentry ?? [])
          if (path === reentered || path.startsWith(`${reentered}.`)) relevant.add(path);
      },
      onClockRead: () => {
        shared.clock = true;
      },
      stale: () => relevant.size !== before || shared.clock !== clock,
    };
    const result = exploreOnce(search);
    if (result && !search.stale()) return result;
  }
}

interface Search {
  readonly story: CompiledStory;
  readonly shared: SharedExploration;
  readonly maxStates: number;
  readonly difficulty: Difficulty;
  readonly memory: MemoryView;
  readonly relevant: ReadonlySet<string> | null;
  /** Whether the clock is part of a state: only once the story is seen to read it. */
  readonly clock: boolean;
  readonly graph: boolean;
  readonly join: Join | null;
  onReentry(container: string): void;
  onClockRead(): void;
  /** True once something joined what states are keyed on: the search is void and starts over. */
  stale(): boolean;
}

/** One search with what states are keyed on fixed; null when it found that to grow, and gave up. */
function exploreOnce(search: Search): Exploration | null {
  const { story, shared, maxStates, difficulty, memory, relevant, clock, graph, onReentry, onClockRead } = search;
  // Another memory's search can be joined only where states are keyed alike.
  const join =
    !graph && search.join?.cachedFor === shared.cachedFor && search.join.clock === clock ? search.join : null;
  let differs = 0;
  let differsFor = -1;
  /** The facts this memory and the joined search's answer differently, as a mask. */
  const differences = () => {
    if (join && differsFor !== shared.facts.facts.length) {
      differs = shared.facts.differences(memory, join.memory);
      differsFor = shared.facts.facts.length;
    }
    return differs;
  };
  /** The joined search's decisions this one has gone through. */
  const walked = new Set<number>();
  /** Per decision (with a graph): its ink state and situation, and the memory facts each of its moves reads. */
  const inks: string[] = [];
  const situations: Situation[] = [];
  const edgeFacts: number[][] = [];
  let minutes = 0;
  let customer = BLANK_CUSTOMER;
  let reads: Read[] | null = null;
  const record = (what: string, value: number | string | boolean) => {
    if (reads && !reads.some(([w]) => w === what)) reads.push([what, value]);
    return value;
  };
  const answered = new Map<string, number | boolean>();
  /** What this memory answers to a fact, asked of it once. */
  const answer = (what: string): number | boolean => {
    let known = answered.get(what);
    if (known === undefined) {
      known = answerOf(memory, what);
      answered.set(what, known);
    }
    return known;
  };
  const adapter = new InkAdapter(story, {
    visitMinutes: () => {
      onClockRead();
      return record('visit_minutes', minutes) as number;
    },
    remembers: (id) => record(`remembers:${id}`, answer(`remembers:${id}`)) as boolean,
    promiseOpen: (id) => record(`promise_open:${id}`, answer(`promise_open:${id}`)) as boolean,
    visitsBefore: () => record('visits_before', answer('visits_before')) as number,
  });
  const classes = shared.classesAt(DIFFICULTY_LEVEL[difficulty]);
  /** A customer variable as the story tells it apart: by its exact value, or the side of each comparison. */
  const seen = (name: string, c: CustomerVariables): number | string => {
    const value = name === 'customer_state' ? c.state : c[name as 'rapport' | 'patience'];
    const tell = classes.get(name);
    return tell ? tell(value) : value;
  };
  adapter.watchReads(CUSTOMER_VARIABLES, (name) => {
    record(name, seen(name, customer));
  });
  /** What a read would give now, to see whether a move played before read the same. */
  const valueNow = (what: string, situation: Situation): number | string | boolean => {
    if (what === 'rapport' || what === 'patience' || what === 'customer_state') return seen(what, situation.customer);
    if (what === 'visit_minutes') return situation.minutes;
    return answer(what);
  };

  const { header } = story;
  const traits = customerOf(header.customer, header.segment).traits;
  const diagnostics: Diagnostic[] = [];
  const endings = new Map<string, Ending>();
  const reached = new Set<string>();
  /** Moves whose knots this search has counted as reached. */
  const absorbed = new Set<Outcome>();
  const actless = new Map<string, SourcePos | null>();
  const crowded = new Map<string, { at: SourcePos | null; count: number }>();
  const ids = new Map<string, number>();
  const decisions: { edges: GraphEdge[] }[] = [];
  const knotNames = Object.keys(story.knots);
  const at = (pos: SourcePos | null) => pos ?? { file: story.file, line: null };
  const knotsEntered = () => knotNames.filter((name) => adapter.visitCount(name) > 0);
  const remembered = memory.needs.map((n) => n.id);
  const stack: Frontier[] = [];
  /** The ink state the adapter stands at, when it stands at a decision just reached. */
  let current: string | null = null;

  /** Saves the decision the adapter stands at, once per ink state, and gives its key. */
  const saveDecision = (): string => {
    adapter.writeNumber('rapport', BLANK_CUSTOMER.rapport);
    adapter.writeNumber('patience', BLANK_CUSTOMER.patience);
    adapter.writeString('customer_state', BLANK_CUSTOMER.state);
    const saved = adapter.saveState();
    const reentered: string[] = [];
    const key = stateKey(saved, 0, relevant, (c) => reentered.push(c));
    if (!shared.states.has(key)) shared.states.set(key, { saved, reentered });
    current = key;
    return key;
  };

  /** Records what a passage leads to: an ending, or a decision (new, or met before in the same situation). */
  const arrive = (told: Told, ink: string | null, situation: Situation, from: Frontier | null): number | null => {
    const trail: Trail | null = from ? { choice: from.choice.index + 1, before: from.trail } : null;
    if (told.choices.length === 0 || ink === null) {
      const ending = told.lines.findLast((l) => l.ending)?.ending ?? null;
      const key = ending ?? `(untagged ${describePath(pathOf(trail))})`;
      if (!endings.has(key))
        endings.set(key, { id: ending, path: pathOf(trail), minutes: situation.minutes, endReason: endReason(told) });
      return null;
    }
    for (const container of shared.states.get(ink)?.reentered ?? []) onReentry(container);
    const { customer: c } = situation;
    const key = `${ink}|${clock ? situation.minutes : ''}|${c.rapport}|${c.patience}|${situation.known}`;
    const known = ids.get(key);
    if (known !== undefined) return known;
    const sets = new Set(told.choices.map((c) => choiceSet(c.id)));
    for (const set of sets) if (from?.offered.has(set)) onReentry(set);
    const offered = new Set([...(from?.offered ?? []), ...sets]);
    const there = join?.nodes.get(key);
    if (there !== undefined) {
      walk(there, trail, offered);
      return null;
    }
    const node = decisions.length;
    ids.set(key, node);
    decisions.push({ edges: [] });
    if (graph) {
      inks.push(ink);
      situations.push(situation);
      edgeFacts.push([]);
    }
    if (told.choices.length > KEYED_CHOICES) {
      const first = told.choices[0].source;
      crowded.set(`${first?.file}:${first?.line}`, { at: first, count: told.choices.length });
    }
    for (const choice of told.choices) {
      if (choice.acts.length === 0 && choice.violations.length === 0) {
        actless.set(`${choice.source?.file}:${choice.source?.line}`, choice.source);
      }
      stack.push({ ink, node, choice, situation, trail, offered });
    }
    return node;
  };

  /**
   * Goes on through the joined search's graph from a decision it shares, without playing: what this memory
   * plays there is what that search played, up to a move that reads a fact the two memories answer
   * differently. Only those moves are played, from the situation the joined search had there.
   */
  const walk = (start: number, trail: Trail | null, offered: ReadonlySet<string>) => {
    if (!join || walked.has(start)) return;
    walked.add(start);
    const todo = [{ node: start, trail, offered }];
    while (todo.length > 0) {
      const at = todo.pop() as (typeof todo)[number];
      const differ = differences();
      if ((join.factsAhead[at.node] & differ) === 0) continue;
      join.graph.decisions[at.node].edges.forEach((edge, i) => {
        if ((join.edgeFacts[at.node][i] & differ) !== 0) {
          const situation = join.situations[at.node];
          stack.push({
            ink: join.inks[at.node],
            node: -1,
            choice: edge.choice,
            situation,
            trail: at.trail,
            offered: at.offered,
          });
          return;
        }
        if (edge.to === null || walked.has(edge.to)) return;
        walked.add(edge.to);
        const sets = new Set(join.graph.decisions[edge.to].edges.map((e) => choiceSet(e.choice.id)));
        for (const set of sets) if (at.offered.has(set)) onReentry(set);
        todo.push({
          node: edge.to,
          trail: { choice: edge.choice.index + 1, before: at.trail },
          offered: new Set([...at.offered, ...sets]),
        });
      });
    }
  };

  const fail = (error: unknown, from: Frontier | null) => {
    // The place goes in the diagnostic's own fields: the file, and the line when the adapter knew it.
    const message = error instanceof StoryError ? error.message.replace(/^[^:]*:(\d+:)?\s*/, '') : String(error);
    const deadEnd = message.includes('ran out of content');
    const where = error instanceof StoryError && error.at ? error.at : (from?.choice.source ?? null);
    diagnostics.push({
      ...at(where),
      severity: 'error',
      message: `${describePath(from ? pathOf({ choice: from.choice.index + 1, before: from.trail }) : [])}: ${deadEnd ? 'dead end: the story runs out of content without -> END' : message}`,
    });
  };

  /** Plays a move of ink from a decision, recording what it read from outside the story. */
  const play = (from: Frontier, next: Situation): Outcome => {
    // The adapter still stands at the decision it just saved when its last choice is played first.
    if (from.ink !== current) adapter.loadState((shared.states.get(from.ink) as InkState).saved);
    current = null;
    minutes = next.minutes;
    customer = next.customer;
    reads = [];
    try {
      const told = tellMove(adapter, from.choice.index, next.customer, header.leavesTo);
      reads = reads as Read[];
      const done = reads;
      reads = null;
      const to = told.choices.length ? saveDecision() : null;
      const facts = shared.facts.maskOf(done.map(([what]) => what).filter(isMemoryFact));
      return {
        facts,
        reads: done,
        told: { ...told, lines: whatScoringReads(told.lines) },
        error: null,
        to,
        reached: knotsEntered(),
      };
    } catch (error) {
      const done = reads as Read[];
      reads = null;
      const facts = shared.facts.maskOf(done.map(([what]) => what).filter(isMemoryFact));
      return { reads: done, told: null, error, to: null, reached: knotsEntered(), facts };
    }
  };

  const start = startingCustomer(traits, difficulty);
  const first: Situation = {
    customer: { ...start, state: customerStateOf(start) },
    minutes: 0,
    needs: [],
    kept: [],
    known: '|',
  };
  let opening: readonly StoryLine[] = [];
  let startNode: number | null = null;
  try {
    customer = first.customer;
    const told = beginStory(adapter, difficulty, first.customer);
    for (const name of knotsEntered()) reached.add(name);
    opening = told.lines;
    const ink = told.choices.length ? saveDecision() : null;
    startNode = arrive(told, ink, knowing(first, told.lines), null);
  } catch (error) {
    for (const name of knotsEntered()) reached.add(name);
    fail(error, null);
  }

  while (stack.length > 0 && decisions.length < maxStates) {
    if (search.stale()) return null;
    const from = stack.pop() as Frontier;
    const { choice, situation } = from;
    const judged = judgeMove(
      {
        needs: situation.needs.map((id) => ({ id })),
        remembered,
        objection: null,
        openAtStart: memory.openPromises,
        kept: situation.kept,
      },
      choice,
    );
    const moved = react(
      situation.customer,
      {
        acts: judged.filter((j) => j.factor > 0).map((j) => j.act),
        violations: choice.violations,
        rapport: choice.adjust.rapport,
        patience: choice.adjust.patience,
        minutes: choice.offClock ? 0 : choice.minutes,
      },
      traits,
      difficulty,
    );
    const keeps = choice.keeps.filter((id) => memory.openPromises.includes(id) && !situation.kept.includes(id));
    const kept = keeps.length ? [...situation.kept, ...keeps].sort() : situation.kept;
    const next: Situation = {
      customer: { ...moved, state: customerStateOf(moved) },
      minutes: situation.minutes + (choice.offClock ? 0 : choice.minutes),
      needs: situation.needs,
      kept,
      known: kept === situation.kept ? situation.known : `${situation.needs.join(',')}|${kept.join(',')}`,
    };
    const leaving = next.customer.state === 'leaving' && header.leavesTo !== null;
    const moveKey = `${from.ink}|${choice.index}|${leaving ? 'leaving' : ''}`;
    const played = shared.moves.get(moveKey);
    let outcome = played?.find((o) => o.reads.every(([what, value]) => valueNow(what, next) === value));
    if (!outcome) {
      outcome = play(from, next);
      if (played) played.push(outcome);
      else shared.moves.set(moveKey, [outcome]);
    }
    if (graph)
      edgeFacts[from.node].push(outcome.facts | shared.facts.maskOf(factsJudgingReads(choice, situation.needs)));
    if (!absorbed.has(outcome)) {
      absorbed.add(outcome);
      for (const name of outcome.reached) reached.add(name);
    }
    if (!outcome.told) {
      fail(outcome.error, from);
      if (graph) decisions[from.node].edges.push({ choice, lines: [], to: null, endReason: null });
      continue;
    }
    const told = outcome.told;
    const to = arrive(told, outcome.to, knowing(next, told.lines), from);
    if (graph)
      decisions[from.node].edges.push({
        choice,
        lines: told.lines,
        to,
        endReason: to === null ? endReason(told) : null,
      });
  }

  for (const pos of actless.values()) {
    diagnostics.push({
      ...at(pos),
      severity: 'warning',
      message: 'choice has no # act: or # violation: tag, so it scores nothing',
    });
  }
  for (const { at: pos, count } of crowded.values()) {
    diagnostics.push({
      ...at(pos),
      severity: 'warning',
      message: `a decision offers ${count} choices, but the number keys reach only ${KEYED_CHOICES}: split it or trim it`,
    });
  }
  const complete = stack.length === 0;
  if (complete) {
    for (const name of knotNames.filter((n) => !reached.has(n))) {
      diagnostics.push({ ...story.knots[name], severity: 'error', message: `knot '${name}' is never reached` });
    }
  }
  for (const e of [...endings.values()].filter((e) => e.id === null)) {
    diagnostics.push({
      ...at(null),
      severity: 'warning',
      message: `an ending has no # ending: tag (${describePath(e.path)})`,
    });
  }
  const nextOf = decisions.map((d) => d.edges.flatMap((e) => (e.to === null ? [] : [e.to])));
  const own = edgeFacts.map((masks) => masks.reduce((a, m) => a | m, 0));
  const graphOf = { opening, start: startNode, decisions };
  return {
    states: decisions.length,
    join:
      graph && complete
        ? {
            memory,
            cachedFor: shared.cachedFor,
            clock,
            graph: graphOf,
            nodes: ids,
            inks,
            situations,
            edgeFacts,
            factsAhead: factsAhead(own, nextOf),
          }
        : null,
    complete,
    endings: [...endings.values()],
    diagnostics,
    graph: graphOf,
  };
}

/** Reads of memory, as against the customer's variables and the clock. */
const isMemoryFact = (what: string) => what.includes(':') || what === 'visits_before';

/** Lines as scoring reads them: their tags without their words, which a graph of many paths cannot afford. */
function whatScoringReads(lines: readonly StoryLine[]): StoryLine[] {
  return lines
    .filter(
      (l) => l.needs.length || l.objections.length || l.adverseEvents.length || l.timeGranted !== null || l.ending,
    )
    .map((l) => ({ ...l, text: '' }));
}

const endReason = (told: Told) => told.endVisit ?? 'story_ended';

/** The situation once these lines are said: the needs they reveal join those known, in a stable order. */
function knowing(situation: Situation, lines: readonly StoryLine[]): Situation {
  const known = situation.needs;
  let added: string[] | null = null;
  for (const line of lines)
    for (const id of line.needs) {
      if (known.includes(id) || added?.includes(id)) continue;
      added = added ? [...added, id] : [id];
    }
  if (!added) return situation;
  const needs = [...known, ...added].sort();
  return { ...situation, needs, known: `${needs.join(',')}|${situation.kept.join(',')}` };
}

/** A path as a chain of choices from its end, so that branching paths share what they have in common. */
interface Trail {
  /** 1-based. */
  readonly choice: number;
  readonly before: Trail | null;
}

function pathOf(trail: Trail | null): number[] {
  const path: number[] = [];
  for (let t = trail; t; t = t.before) path.push(t.choice);
  return path.reverse();
}

export const describePath = (path: readonly number[]) =>
  path.length ? `after choices ${path.join(',')}` : 'at the start';
