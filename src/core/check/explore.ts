import { InkAdapter, StoryError } from '../ink/adapter';
import type { CompiledStory, Passage, SourcePos } from '../ink/types';
import { DIFFICULTY_LEVEL, type Difficulty } from '../visit/difficulty';
import type { Diagnostic } from './diagnostics';
import { stateKey } from './stateKey';

export interface Ending {
  readonly id: string | null;
  /** 1-based choice numbers of the first path found to it. */
  readonly path: readonly number[];
  readonly minutes: number;
  readonly endReason: string;
}

export interface Exploration {
  readonly states: number;
  /** False when the state bound stopped the search before every path was played. */
  readonly complete: boolean;
  readonly endings: readonly Ending[];
  readonly diagnostics: readonly Diagnostic[];
}

/** A decision still to take: the story state where it is offered, and which choice. */
interface Frontier {
  readonly decision: string;
  readonly choice: number;
  /** The visit clock once the choice is taken. */
  readonly minutes: number;
  readonly path: readonly number[];
  /** The choice sets offered on the way here, to see a path come back to one. */
  readonly offered: ReadonlySet<string>;
  /** Where the choice is written, to place problems found after it. */
  readonly after: SourcePos | null;
}

/** The container of a choice point: the choice set it belongs to. */
const choiceSet = (id: string) => id.slice(0, id.lastIndexOf('.'));

/**
 * Plays every reachable path of a story through the same adapter the game uses, merging paths that reach
 * the same story state, and reports dead ends, unreachable knots, choices with no act and the endings.
 */
export function exploreStory(
  story: CompiledStory,
  { maxStates = 250_000, difficulty = 'standard' }: { maxStates?: number; difficulty?: Difficulty } = {},
): Exploration {
  const counts = new InkAdapter(story).countsThatMatter();
  const relevant = new Set(counts?.reads ?? []);
  // What the search keys states on grows until it stops changing: counts that matter only on re-entry join
  // once a path comes back to their container (the same choice set offered twice, or a container entered
  // twice), and the clock joins once the story reads it. Each time something joins, the search starts over.
  let clock = false;
  for (;;) {
    const before = relevant.size;
    const search: Search = {
      story,
      maxStates,
      difficulty,
      relevant: counts ? relevant : null,
      clock,
      onReentry: (reentered) => {
        for (const path of counts?.onReentry ?? [])
          if (path === reentered || path.startsWith(`${reentered}.`)) relevant.add(path);
      },
      onClockRead: () => {
        clock = true;
      },
    };
    const result = exploreOnce(search);
    if (relevant.size === before && clock === search.clock) return result;
  }
}

interface Search {
  readonly story: CompiledStory;
  readonly maxStates: number;
  readonly difficulty: Difficulty;
  readonly relevant: ReadonlySet<string> | null;
  /** Whether the clock is part of a state: only once the story is seen to read it. */
  readonly clock: boolean;
  onReentry(container: string): void;
  onClockRead(): void;
}

function exploreOnce({ story, maxStates, difficulty, relevant, clock, onReentry, onClockRead }: Search): Exploration {
  let minutes = 0;
  const adapter = new InkAdapter(story, {
    visitMinutes: () => {
      onClockRead();
      return minutes;
    },
  });
  adapter.writeNumber('difficulty', DIFFICULTY_LEVEL[difficulty]);
  const diagnostics: Diagnostic[] = [];
  const endings = new Map<string, Ending>();
  const reached = new Set<string>();
  const actless = new Map<string, SourcePos | null>();
  const seen = new Set<string>();
  const knotNames = Object.keys(story.knots);
  const at = (pos: SourcePos | null) => pos ?? { file: story.file, line: null };

  const markReached = () => {
    for (const name of knotNames) if (!reached.has(name) && adapter.visitCount(name) > 0) reached.add(name);
  };
  const stack: Frontier[] = [];
  let current: string | null = null;
  const play = (from: Frontier | null): void => {
    const path = from?.path ?? [];
    let passage: Passage;
    try {
      if (from) {
        // The adapter still stands at the decision it just saved when its last choice is played first.
        if (from.decision !== current) adapter.loadState(from.decision);
        current = null;
        minutes = from.minutes;
        adapter.choose(from.choice);
      }
      passage = adapter.continue();
    } catch (error) {
      markReached();
      const message = error instanceof StoryError ? error.message.replace(/^[^:]*:\s*/, '') : String(error);
      const deadEnd = message.includes('ran out of content');
      diagnostics.push({
        ...at(from?.after ?? null),
        severity: 'error',
        message: `${describePath(path)}: ${deadEnd ? 'dead end: the story runs out of content without -> END' : message}`,
      });
      return;
    }
    markReached();

    if (passage.choices.length === 0) {
      const ending = [...passage.lines].reverse().find((l) => l.ending)?.ending ?? null;
      const key = ending ?? `(untagged ${describePath(path)})`;
      if (!endings.has(key)) {
        endings.set(key, { id: ending, path, minutes, endReason: passage.endVisit ?? 'story_ended' });
      }
      return;
    }
    // Paths meet at decisions: one reached before in the same state is not played again.
    const decision = adapter.saveState();
    current = decision;
    const key = stateKey(decision, clock ? minutes : 0, relevant, onReentry);
    if (seen.has(key)) return;
    seen.add(key);
    const sets = new Set(passage.choices.map((c) => choiceSet(c.id)));
    for (const set of sets) if (from?.offered.has(set)) onReentry(set);
    const offered = new Set([...(from?.offered ?? []), ...sets]);
    for (const choice of passage.choices) {
      if (choice.acts.length === 0 && choice.violations.length === 0) {
        actless.set(`${choice.source?.file}:${choice.source?.line}`, choice.source);
      }
      stack.push({
        decision,
        choice: choice.index,
        minutes: minutes + choice.minutes,
        path: [...path, choice.index + 1],
        offered,
        after: choice.source,
      });
    }
  };

  play(null);
  while (stack.length > 0 && seen.size < maxStates) play(stack.pop() as Frontier);

  for (const pos of actless.values()) {
    diagnostics.push({
      ...at(pos),
      severity: 'warning',
      message: 'choice has no # act: or # violation: tag, so it scores nothing',
    });
  }
  const complete = stack.length === 0;
  if (complete) {
    for (const name of knotNames.filter((n) => !reached.has(n))) {
      diagnostics.push({ ...story.knots[name], severity: 'error', message: `knot '${name}' is never reached` });
    }
  }
  const untagged = [...endings.values()].filter((e) => e.id === null);
  for (const e of untagged) {
    diagnostics.push({
      ...at(null),
      severity: 'warning',
      message: `an ending has no # ending: tag (${describePath(e.path)})`,
    });
  }
  return { states: seen.size, complete, endings: [...endings.values()], diagnostics };
}

const describePath = (path: readonly number[]) => (path.length ? `after choices ${path.join(',')}` : 'at the start');
