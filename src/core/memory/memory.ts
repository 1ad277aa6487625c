import * as v from 'valibot';
import type { StoryHeader } from '../ink/types';

/**
 * What customers remember of the trainee: per customer, the latest visit of each scenario. A visit sees
 * the memory of every other scenario with that customer, never its own earlier plays, so replaying a
 * scenario cannot give away what it is about to reveal.
 */
export const MEMORY_FORMAT = 1;

const Id = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/, 'a short id'));
const VisitMemorySchema = v.object({
  scenario: v.string(),
  /** Order of the visit among all visits remembered, 1 for the first. */
  seq: v.pipe(v.number(), v.integer(), v.minValue(1)),
  needs: v.array(v.object({ id: Id, text: v.string() })),
  promised: v.array(Id),
  kept: v.array(Id),
  materials: v.array(v.string()),
  adverseEvents: v.array(v.object({ id: Id, reported: v.boolean() })),
  ending: v.nullable(v.string()),
  passed: v.boolean(),
  total: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
});
export const MemorySchema = v.object({
  format: v.literal(MEMORY_FORMAT),
  customers: v.record(v.string(), v.array(VisitMemorySchema)),
});

export type VisitMemory = v.InferOutput<typeof VisitMemorySchema>;

/** A memory view as a visit in progress keeps it, so the visit replays from the memory it started with. */
export const MemoryViewSchema = v.object({
  visits: v.pipe(v.number(), v.integer(), v.minValue(0)),
  needs: v.array(v.object({ id: Id, text: v.string() })),
  openPromises: v.array(Id),
  promised: v.array(Id),
  materials: v.array(v.string()),
  unreportedEvents: v.array(Id),
  last: v.nullable(VisitMemorySchema),
});
export type Memory = v.InferOutput<typeof MemorySchema>;

export const EMPTY_MEMORY: Memory = { format: MEMORY_FORMAT, customers: {} };

/** What one visit to a customer can know from the others: the answer to the story's memory questions. */
export interface MemoryView {
  readonly visits: number;
  readonly needs: readonly { readonly id: string; readonly text: string }[];
  /** Promises made and not yet kept. */
  readonly openPromises: readonly string[];
  /** Every promise ever made to the customer, kept or not. */
  readonly promised: readonly string[];
  readonly materials: readonly string[];
  /** Adverse events the customer told of that never reached pharmacovigilance. */
  readonly unreportedEvents: readonly string[];
  readonly last: VisitMemory | null;
}

export const EMPTY_VIEW: MemoryView = {
  visits: 0,
  needs: [],
  openPromises: [],
  promised: [],
  materials: [],
  unreportedEvents: [],
  last: null,
};

/** Why a memory file or stored memory cannot be used, with the place named. */
export class MemoryFormatError extends Error {
  override name = 'MemoryFormatError';
}

export function readMemory(value: unknown): Memory {
  const result = v.safeParse(MemorySchema, value);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = v.getDotPath(issue) ?? '(top)';
  throw new MemoryFormatError(`memory.${path}: ${issue.message}`);
}

const unique = <T>(items: readonly T[]) => [...new Set(items)];

/** The memory a visit to `scenario` starts from: every other scenario's latest visit with the customer. */
export function memoryViewFor(memory: Memory, customer: string | null, scenario: string): MemoryView {
  const visits = (customer ? (memory.customers[customer] ?? []) : [])
    .filter((m) => m.scenario !== scenario)
    .sort((a, b) => a.seq - b.seq);
  if (visits.length === 0) return EMPTY_VIEW;
  const promised = unique(visits.flatMap((m) => m.promised));
  // In visit order: a promise is open from the visit that made it until one keeps it.
  const open = new Set<string>();
  for (const m of visits) {
    for (const id of m.kept) open.delete(id);
    for (const id of m.promised) if (!m.kept.includes(id)) open.add(id);
  }
  const needs = new Map<string, { id: string; text: string }>();
  for (const m of visits) for (const n of m.needs) if (!needs.has(n.id)) needs.set(n.id, n);
  const reported = new Set(visits.flatMap((m) => m.adverseEvents.filter((e) => e.reported).map((e) => e.id)));
  return {
    visits: visits.length,
    needs: [...needs.values()],
    openPromises: [...open],
    promised,
    materials: unique(visits.flatMap((m) => m.materials)),
    unreportedEvents: unique(visits.flatMap((m) => m.adverseEvents.map((e) => e.id)).filter((id) => !reported.has(id))),
    last: visits.at(-1) ?? null,
  };
}

/**
 * A follow-up played with no earlier visit to its customer starts from what its header assumes
 * (`# assumes:`), as if the first visit had gone as the story expects.
 */
export function withAssumptions(view: MemoryView, header: Pick<StoryHeader, 'assumes'>): MemoryView {
  if (view.visits > 0 || header.assumes.length === 0) return view;
  const of = (kind: string) => header.assumes.filter((a) => a.kind === kind).map((a) => a.id);
  return {
    ...EMPTY_VIEW,
    visits: 1,
    needs: of('need').map((id) => ({ id, text: '' })),
    openPromises: of('promise'),
    promised: of('promise'),
    materials: of('material'),
  };
}

export const remembers = (view: MemoryView, id: string): boolean =>
  view.needs.some((n) => n.id === id) || view.promised.includes(id);

/** What a finished visit leaves in the customer's memory. */
export interface VisitOutcome {
  readonly scenario: string;
  readonly needs: readonly { readonly id: string; readonly text: string }[];
  readonly promised: readonly string[];
  readonly kept: readonly string[];
  readonly materials: readonly string[];
  readonly adverseEvents: readonly { readonly id: string; readonly reported: boolean }[];
  readonly ending: string | null;
  readonly passed: boolean;
  readonly total: number;
}

/** The memory after a visit: the customer's record of this scenario replaced by the visit just played. */
export function rememberVisit(memory: Memory, customer: string | null, outcome: VisitOutcome): Memory {
  if (!customer) return memory;
  const seq = 1 + Math.max(0, ...Object.values(memory.customers).flatMap((list) => list.map((m) => m.seq)));
  const record: VisitMemory = {
    scenario: outcome.scenario,
    seq,
    needs: outcome.needs.map(({ id, text }) => ({ id, text })),
    promised: [...outcome.promised],
    kept: [...outcome.kept],
    materials: [...outcome.materials],
    adverseEvents: outcome.adverseEvents.map(({ id, reported }) => ({ id, reported })),
    ending: outcome.ending,
    passed: outcome.passed,
    total: outcome.total,
  };
  const others = (memory.customers[customer] ?? []).filter((m) => m.scenario !== outcome.scenario);
  return { ...memory, customers: { ...memory.customers, [customer]: [...others, record] } };
}

/** What a report of a finished visit leaves in memory. */
export function outcomeOf(
  report: Omit<VisitOutcome, 'kept'> & { promises: readonly { id: string; kept: boolean }[] },
): VisitOutcome {
  const { scenario, needs, promised, materials, adverseEvents, ending, passed, total } = report;
  const kept = report.promises.filter((p) => p.kept).map((p) => p.id);
  return { scenario, needs, promised, kept, materials, adverseEvents, ending, passed, total };
}

/**
 * What the customer card may show before a visit: what earlier visits revealed, without the needs this
 * scenario itself can reveal, so a replay never gives its own answers away.
 */
export function knownBefore(view: MemoryView, scenarioNeeds: readonly string[]) {
  return {
    needs: view.needs.filter((n) => n.text && !scenarioNeeds.includes(n.id)),
    openPromises: view.openPromises,
    last: view.last,
  };
}

/**
 * What two copies of the memory hold together (two tabs that each finished visits): per customer and
 * scenario, the later visit. The same on either side, so two tabs that merge end up with the same memory.
 */
export function mergeMemory(a: Memory, b: Memory): Memory {
  const customers: Record<string, VisitMemory[]> = {};
  for (const name of [...new Set([...Object.keys(a.customers), ...Object.keys(b.customers)])].sort()) {
    const latest = new Map<string, VisitMemory>();
    for (const record of [...(a.customers[name] ?? []), ...(b.customers[name] ?? [])]) {
      const kept = latest.get(record.scenario);
      if (!kept || laterRecord(record, kept)) latest.set(record.scenario, record);
    }
    customers[name] = [...latest.values()].sort((x, y) => x.seq - y.seq || (x.scenario < y.scenario ? -1 : 1));
  }
  return { format: MEMORY_FORMAT, customers };
}

// Two tabs can number a visit alike; the tie is broken on content so that both sides choose the same one.
const laterRecord = (x: VisitMemory, y: VisitMemory) =>
  x.seq !== y.seq ? x.seq > y.seq : JSON.stringify(x) > JSON.stringify(y);
