import type { CompiledStory, StoryChoice, StoryHeader, StoryLine } from '../ink/types';
import type { MemoryView } from '../memory/memory';
import type { ScoreReport } from '../scoring/report';
import { createVisit, logOf, type VisitActor } from './createVisit';
import type { Difficulty } from './difficulty';
import { resumeInput, type VisitLog } from './visitLog';
import { reportNow, type VisitContext, type VisitInput } from './visitMachine';

export interface VisitOptions {
  readonly difficulty?: Difficulty;
  readonly memory?: MemoryView;
  readonly scenario?: string;
}

/**
 * A visit driven headless, a passage at a time: the CLI, the benchmark and the tests play through this.
 * It reads each passage at once, so the visit stands at a decision or at its end after each move.
 */
export class VisitSession {
  readonly actor: VisitActor;

  private constructor(input: VisitInput) {
    this.actor = createVisit({ ...input, reading: 'passage' });
  }

  static start(story: CompiledStory, options: VisitOptions = {}): VisitSession {
    return new VisitSession({ story, ...options });
  }

  /** Plays the given 0-based choices from the start: the same choices always give the same visit. */
  static replay(story: CompiledStory, moves: readonly number[], options: VisitOptions = {}): VisitSession {
    return new VisitSession({ story, ...options, moves });
  }

  /** Resumes a save made against this very version of the story; any other is refused with the reason. */
  static restore(story: CompiledStory, log: VisitLog): VisitSession {
    return new VisitSession(resumeInput(story, log));
  }

  get context(): VisitContext {
    return this.actor.getSnapshot().context;
  }

  get header(): StoryHeader {
    return this.context.setup.header;
  }

  get ended(): boolean {
    return this.actor.getSnapshot().status === 'done';
  }

  /** Why the visit stopped without an ending: the story failed, or saved moves did not fit it. */
  get failure(): string | null {
    return this.context.end.failure;
  }

  /** The choices on offer now; none once the visit has ended. */
  get choices(): readonly StoryChoice[] {
    return this.ended ? [] : this.context.passage.choices;
  }

  /** What the story said since the last move. */
  get lines(): readonly StoryLine[] {
    return this.context.passage.lines;
  }

  get report(): ScoreReport {
    return this.actor.getSnapshot().output ?? reportNow(this.context);
  }

  /** Takes the offered choice at `index` (0-based) and plays on to the next decision or the end. */
  choose(index: number): void {
    if (this.ended) throw new RangeError('the visit has ended; no choice is offered');
    const { choices } = this.context.passage;
    if (!choices[index]) throw new RangeError(`choice ${index + 1} was not offered (${choices.length} offered)`);
    this.actor.send({ type: 'CHOOSE', index });
  }

  save(): VisitLog {
    return logOf(this.context);
  }
}
