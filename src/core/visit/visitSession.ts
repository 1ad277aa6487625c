import { type Actor, createActor, type SnapshotFrom } from 'xstate';
import { InkAdapter } from '../ink/adapter';
import type { CompiledStory, Passage, StoryChoice, StoryHeader, StoryLine } from '../ink/types';
import type { ScoreReport } from '../scoring/report';
import { scoreVisit } from '../scoring/scoreVisit';
import { DIFFICULTY_LEVEL, type Difficulty } from './difficulty';
import { type VisitContext, visitMachine } from './visitMachine';

/** Everything needed to resume a visit exactly: ink state, machine snapshot, and the story version. */
export interface VisitSave {
  readonly format: 1;
  readonly story: string;
  readonly storyVersion: string;
  readonly ink: string;
  readonly machine: unknown;
}

/** A save that cannot be resumed; the save itself is untouched. */
export class VisitRestoreError extends Error {
  override name = 'VisitRestoreError';
}

/**
 * One visit in play: the ink adapter tells the story, the visit machine keeps phase, clock and customer,
 * and the report is rescored after every move. The game, the CLI and the tests all drive this class.
 */
export class VisitSession {
  private readonly actor: Actor<typeof visitMachine>;
  private readonly adapter: InkAdapter;
  private offered: readonly StoryChoice[] = [];
  private latest: readonly StoryLine[] = [];
  private scored: ScoreReport | null = null;

  private constructor(
    readonly story: CompiledStory,
    snapshot: SnapshotFrom<typeof visitMachine> | undefined,
  ) {
    this.adapter = new InkAdapter(story, { visitMinutes: () => this.context.minutes });
    this.actor = createActor(visitMachine, {
      input: { stage: this.adapter.header.stage, customer: this.adapter.header.customer },
      snapshot,
    });
    this.actor.start();
  }

  static start(story: CompiledStory, difficulty: Difficulty = 'standard'): VisitSession {
    const session = new VisitSession(story, undefined);
    session.adapter.writeNumber('difficulty', DIFFICULTY_LEVEL[difficulty]);
    session.absorb(session.adapter.continue());
    return session;
  }

  /** Resumes a save made against this very version of the story; any other is refused with the reason. */
  static restore(story: CompiledStory, save: VisitSave): VisitSession {
    if (save?.format !== 1 || typeof save.ink !== 'string' || !save.machine) {
      throw new VisitRestoreError(`This save of "${story.file}" is not a visit save RepRounds can read.`);
    }
    if (save.storyVersion !== story.hash) {
      throw new VisitRestoreError(
        `This save was made with version ${save.storyVersion} of "${save.story}", but the story is now version ` +
          `${story.hash}. A visit cannot resume in a changed story: start it again.`,
      );
    }
    const session = new VisitSession(story, save.machine as SnapshotFrom<typeof visitMachine>);
    try {
      session.adapter.loadState(save.ink);
    } catch (error) {
      throw new VisitRestoreError(
        `The story state in this save of "${story.file}" is damaged: ${(error as Error).message}`,
      );
    }
    if (!session.ended) session.offered = session.adapter.continue().choices;
    session.latest = session.linesSinceLastMove();
    return session;
  }

  get header(): StoryHeader {
    return this.adapter.header;
  }

  get context(): VisitContext {
    return this.actor.getSnapshot().context;
  }

  get ended(): boolean {
    return this.actor.getSnapshot().status === 'done';
  }

  /** The choices on offer now; none once the visit has ended. */
  get choices(): readonly StoryChoice[] {
    return this.offered;
  }

  /** What the story said since the last move. */
  get lines(): readonly StoryLine[] {
    return this.latest;
  }

  get report(): ScoreReport {
    this.scored ??= scoreVisit({
      scenario: this.story.file,
      header: this.header,
      moves: this.context.moves,
      minutes: this.context.minutes,
      ended: this.ended,
      endReason: this.context.endReason,
      ending: this.context.ending,
    });
    return this.scored;
  }

  /** Takes the offered choice at `index` (0-based) and plays on to the next decision or the end. */
  choose(index: number): void {
    if (this.ended) throw new RangeError('the visit has ended; no choice is offered');
    const choice = this.offered[index];
    if (!choice) throw new RangeError(`choice ${index + 1} was not offered (${this.offered.length} offered)`);
    this.adapter.choose(index);
    this.actor.send({ type: 'CHOSE', choice });
    this.absorb(this.adapter.continue());
  }

  save(): VisitSave {
    return {
      format: 1,
      story: this.story.file,
      storyVersion: this.story.hash,
      ink: this.adapter.saveState(),
      machine: this.actor.getPersistedSnapshot(),
    };
  }

  private absorb(passage: Passage): void {
    this.latest = passage.lines;
    this.offered = passage.choices;
    this.scored = null;
    this.actor.send({ type: 'SAID', lines: passage.lines });
    const rapport = this.adapter.readNumber('rapport');
    const patience = this.adapter.readNumber('patience');
    const { customer } = this.context;
    if (rapport !== customer.rapport || patience !== customer.patience) {
      this.actor.send({ type: 'CUSTOMER_CHANGED', rapport, patience });
    }
    if (passage.endVisit !== null) this.actor.send({ type: 'END_REQUESTED', reason: passage.endVisit });
    else if (passage.storyEnded) this.actor.send({ type: 'STORY_ENDED' });
  }

  /** Rebuilds "what was just said" from the transcript, for a restored visit. */
  private linesSinceLastMove(): StoryLine[] {
    const transcript = this.context.transcript;
    const lastMove = transcript.findLastIndex((e) => e.kind === 'move');
    return transcript
      .slice(lastMove + 1)
      .flatMap((e) =>
        e.kind === 'line'
          ? [{ text: e.text, speaker: e.speaker, phase: null, mood: null, needs: [], ending: null, endVisit: null }]
          : [],
      );
  }
}
