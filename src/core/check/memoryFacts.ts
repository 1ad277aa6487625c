import type { StoryChoice } from '../ink/types';
import { type MemoryView, remembers } from '../memory/memory';

/**
 * A fact about the customer's memory that a path can depend on, named as the story asks it
 * (`remembers:<id>`, `promise_open:<id>`, `visits_before`) or as judging reads it (`need:<id>` remembered,
 * `any_need` remembered at all).
 */
export type MemoryFact = string;

/** What a memory answers to a fact. */
export function answerOf(memory: MemoryView, fact: MemoryFact): boolean | number {
  const colon = fact.indexOf(':');
  const kind = colon < 0 ? fact : fact.slice(0, colon);
  const id = fact.slice(colon + 1);
  switch (kind) {
    case 'visits_before':
      return memory.visits;
    case 'any_need':
      return memory.needs.length > 0;
    case 'need':
      return memory.needs.some((n) => n.id === id);
    case 'remembers':
      return remembers(memory, id);
    default:
      return memory.openPromises.includes(id);
  }
}

const NEEDS_A_LINK = new Set(['value.need_linked', 'solutions.tailored']);

/** The facts judging a move reads, given the needs this visit has revealed (judgeMove's use of memory). */
export function factsJudgingReads(
  choice: Pick<StoryChoice, 'acts' | 'links' | 'keeps'>,
  revealed: readonly string[],
): MemoryFact[] {
  const facts: MemoryFact[] = [];
  if (choice.acts.some((a) => NEEDS_A_LINK.has(a)))
    for (const id of choice.links) if (!revealed.includes(id)) facts.push(`need:${id}`);
  if (revealed.length === 0 && choice.acts.includes('closing.summary')) facts.push('any_need');
  for (const id of choice.keeps) facts.push(`promise_open:${id}`);
  return facts;
}

/** Bits beyond this mean "some fact not numbered": a path that reads one is never taken as the same. */
const UNNUMBERED = 1 << 30;

/** Numbers facts as bits, so that what a part of the story reads is a small mask. */
export class FactNumbers {
  private readonly numbers = new Map<MemoryFact, number>();
  readonly facts: MemoryFact[] = [];

  maskOf(facts: readonly MemoryFact[]): number {
    let mask = 0;
    for (const fact of facts) {
      let n = this.numbers.get(fact);
      if (n === undefined) {
        n = this.facts.length;
        this.numbers.set(fact, n);
        this.facts.push(fact);
      }
      mask |= n < 30 ? 1 << n : UNNUMBERED;
    }
    return mask;
  }

  /** The facts (as a mask) on which two memories answer differently. */
  differences(a: MemoryView, b: MemoryView): number {
    let mask = UNNUMBERED;
    this.facts.forEach((fact, n) => {
      if (n < 30 && answerOf(a, fact) !== answerOf(b, fact)) mask |= 1 << n;
    });
    return mask;
  }
}

/**
 * For each decision of a graph, the facts any path on from it reads: its own moves' and those of every
 * decision it leads to, until nothing changes (paths can come back round).
 */
export function factsAhead(own: readonly number[], next: readonly (readonly number[])[]): Int32Array {
  const ahead = Int32Array.from(own);
  for (let changed = true; changed; ) {
    changed = false;
    for (let n = ahead.length - 1; n >= 0; n--) {
      let mask = ahead[n];
      for (const to of next[n]) mask |= ahead[to];
      if (mask !== ahead[n]) {
        ahead[n] = mask;
        changed = true;
      }
    }
  }
  return ahead;
}
