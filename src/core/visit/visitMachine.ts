import { and, assign, sendTo, setup } from 'xstate';
import { customerActor, STORY_ID } from '../customer/customerActor';
import { customerStateOf, startingCustomer } from '../customer/reactions';
import type { CompiledStory, StoryChoice, StoryHeader, StoryLine } from '../ink/types';
import { EMPTY_VIEW, type MemoryView, withAssumptions } from '../memory/memory';
import type { Mood } from '../methodology/stages';
import { STAGES } from '../methodology/stages';
import type { JudgedAct } from '../scoring/judge';
import { absorbLines, closeLedger, judgeMove, type Ledger, openLedger, settleMove } from '../scoring/ledger';
import { type MoveTone, moveTone } from '../scoring/moveTone';
import type { ScoreReport } from '../scoring/report';
import { reportOf } from '../scoring/scoreVisit';
import { customerOf } from '../world/cast';
import type { Difficulty } from './difficulty';
import { phaseAfterLines, phaseAfterMove } from './phases';
import { type StoryReport, storyActor } from './storyActor';
import type { CustomerVariables, Told } from './tellStory';

/** A decision the trainee took, as the method judged it, with the phase and the clock when it was taken. */
export interface Move {
  readonly turn: number;
  readonly choice: StoryChoice;
  readonly judged: readonly JudgedAct[];
  readonly phase: string;
  readonly minutesBefore: number;
}

export type TranscriptEntry =
  | { readonly kind: 'line'; readonly speaker: string; readonly text: string }
  | { readonly kind: 'move'; readonly turn: number };

export interface VisitInput {
  readonly story: CompiledStory;
  /** The scenario's id, for the report and the customer's memory; the story file when not given. */
  readonly scenario?: string;
  readonly difficulty?: Difficulty;
  /** What the customer remembers of earlier visits (memoryViewFor); nothing when not given. */
  readonly memory?: MemoryView;
  /** Moves (0-based choice indices) to play again at once: a visit is its move log, replayed. */
  readonly moves?: readonly number[];
  /** Where a replayed visit stands: at the first line since the last move, or at the decision. */
  readonly at?: 'line' | 'decision';
  /** How the trainee reads: a line at a time (the game), or each passage at once (the CLI, tests, checks). */
  readonly reading?: 'line' | 'passage';
}

/** What a visit is set up with: the same from its first line to its last. */
export interface VisitSetup {
  readonly story: CompiledStory;
  readonly scenario: string;
  readonly header: StoryHeader;
  readonly difficulty: Difficulty;
  readonly memory: MemoryView;
}

/** What the story said since the last move, how much of it the trainee has read, and what is offered. */
export interface PassageNow {
  readonly lines: readonly StoryLine[];
  readonly read: number;
  readonly choices: readonly StoryChoice[];
  /** The expression the story gave the customer in this passage, if it gave one. */
  readonly mood: Mood | null;
}

export interface VisitEnd {
  readonly storyEnded: boolean;
  readonly ending: string | null;
  /** `story_ended`, `patience_exhausted`, or the reason the story gave with `# end_visit:`. */
  readonly reason: string | null;
  /** Why the story could not go on, when it failed while running or saved moves did not fit it. */
  readonly failure: string | null;
  /** What failed: the story as it ran, or a saved visit whose moves the story does not offer. */
  readonly failedOn: 'story' | 'saved-moves' | null;
}

/** Few keys at the top: XState copies the context on every assignment. */
export interface VisitContext {
  readonly setup: VisitSetup;
  readonly phase: string;
  readonly customer: CustomerVariables;
  readonly passage: PassageNow;
  readonly transcript: readonly TranscriptEntry[];
  readonly moves: readonly Move[];
  /** Moves still to replay, and where the replayed visit should stand. */
  readonly replay: { readonly moves: readonly number[]; readonly at: 'line' | 'decision' };
  readonly reading: 'line' | 'passage';
  readonly ledger: Ledger;
  readonly end: VisitEnd;
}

export type VisitEvent =
  | { type: 'CONTINUE' }
  | { type: 'READ_ALL' }
  | { type: 'CHOOSE'; index: number }
  | { type: 'REPLAY' }
  | StoryReport;

const pending = (context: VisitContext): Move => context.moves[context.moves.length - 1];

/** The context once a passage is told: its lines in the transcript, the phase, the ending. */
function withPassage(
  context: VisitContext,
  told: Told,
  ledger: Ledger,
  customer: CustomerVariables,
): Partial<VisitContext> {
  const said = told.lines.filter((l) => l.text);
  const who = context.setup.header.customer;
  const mood = told.lines
    .filter((l) => !who || l.speaker === 'narrator' || l.speaker === who)
    .map((l) => l.mood)
    .findLast((m): m is Mood => m !== null);
  const storyEnded = told.choices.length === 0;
  const { replay } = context;
  const showAll = context.reading === 'passage' || replay.moves.length > 0 || replay.at === 'decision';
  return {
    ledger,
    customer,
    passage: {
      lines: said,
      read: showAll ? said.length : Math.min(1, said.length),
      choices: told.choices,
      mood: mood ?? null,
    },
    replay: replay.moves.length > 0 || replay.at === 'line' ? replay : { moves: [], at: 'line' },
    transcript: [
      ...context.transcript,
      ...said.map((l) => ({ kind: 'line' as const, speaker: l.speaker, text: l.text })),
    ],
    phase: phaseAfterLines(context.setup.header.stage, context.phase, told.lines),
    end: {
      storyEnded,
      ending: told.lines.map((l) => l.ending).findLast((e): e is string => e !== null) ?? context.end.ending,
      reason: storyEnded ? (told.endVisit ?? 'story_ended') : null,
      failure: null,
      failedOn: null,
    },
  };
}

/** The report of the visit as it stands; the visit machine's output once it is over. */
export function reportNow({ ledger, setup, end }: Pick<VisitContext, 'ledger' | 'setup' | 'end'>): ScoreReport {
  return reportOf(closeLedger(ledger, end.storyEnded), {
    scenario: setup.scenario,
    title: setup.header.title,
    stage: setup.header.stage,
    ended: end.storyEnded,
    endReason: end.reason,
    ending: end.ending,
  });
}

const toldIn = (event: VisitEvent): Told => (event.type === 'story.told' ? event.passage : (undefined as never));

/**
 * Where a passage told leaves the visit: at its next decision at once when it is read at once (replayed, or
 * read a passage at a time), else speaking; saved once per move, but not while the log is replayed.
 */
const told = (take: 'takeFirstPassage' | 'settleTheMove') =>
  [
    { guard: and(['isReplaying', 'storyGoesOnReadAtOnce']), target: 'deciding', actions: take },
    { guard: 'isReplaying', target: 'speaking', actions: take },
    { guard: 'storyGoesOnReadAtOnce', target: 'deciding', actions: [take, 'saveProgress'] },
    { target: 'speaking', actions: [take, 'saveProgress'] },
  ] as const;

/**
 * One visit: the story actor tells it, the customer actor reacts to each move, and this machine owns the
 * reading flow (speaking, deciding, telling, ended) that the game subscribes to. Side effects
 * come in by `.provide`: `cueMove` after the trainee's own moves, `saveProgress` once per move.
 */
export const visitMachine = setup({
  types: {
    context: {} as VisitContext,
    events: {} as VisitEvent,
    input: {} as VisitInput,
    output: {} as ScoreReport,
  },
  actors: { story: storyActor, customer: customerActor },
  guards: {
    isReplaying: ({ context }) => context.replay.moves.length > 0,
    storyGoesOnReadAtOnce: ({ context, event }) =>
      event.type === 'story.told' &&
      event.passage.choices.length > 0 &&
      (context.reading === 'passage' || context.replay.moves.length > 0 || context.replay.at === 'decision'),
    replayedMoveIsOffered: ({ context }) => context.replay.moves[0] < context.passage.choices.length,
    choiceIsOffered: ({ context: { passage }, event }) =>
      event.type === 'CHOOSE' &&
      Number.isInteger(event.index) &&
      event.index >= 0 &&
      event.index < passage.choices.length,
    everyLineIsRead: ({ context: { passage } }) => passage.read >= passage.lines.length,
    storyIsOverAndRead: ({ context: { passage, end } }) => end.storyEnded && passage.read >= passage.lines.length,
  },
  actions: {
    takeFirstPassage: assign(({ context, event }) =>
      withPassage(context, toldIn(event), absorbLines(context.ledger, toldIn(event).lines), context.customer),
    ),
    takeMove: assign(({ context }, index: number | 'replayed') => {
      const replayed = index === 'replayed';
      const choice = context.passage.choices[replayed ? context.replay.moves[0] : index];
      const move: Move = {
        turn: context.moves.length + 1,
        choice,
        judged: judgeMove(context.ledger, choice),
        phase: context.phase,
        minutesBefore: context.ledger.minutes,
      };
      return {
        moves: [...context.moves, move],
        replay: replayed ? { ...context.replay, moves: context.replay.moves.slice(1) } : context.replay,
        transcript: [...context.transcript, { kind: 'move' as const, turn: move.turn }],
        phase: phaseAfterMove(context.setup.header.stage, context.phase, choice),
        passage: {
          lines: context.passage.lines,
          read: context.passage.read,
          choices: context.passage.choices,
          mood: null,
        },
      };
    }),
    askTheCustomer: sendTo('customer', ({ context }) => {
      const { choice, judged } = pending(context);
      const minutes = choice.offClock ? 0 : choice.minutes;
      return {
        type: 'customer.hear' as const,
        move: {
          acts: judged.filter((j) => j.factor > 0).map((j) => j.act),
          violations: choice.violations,
          rapport: choice.adjust.rapport,
          patience: choice.adjust.patience,
          minutes,
        },
        // The customer reacts, then tells the story to go on from the move with the customer as they are now.
        cue: { index: choice.index, minutes: context.ledger.minutes + minutes },
      };
    }),
    settleTheMove: assign(({ context, event }) => {
      const { choice, judged } = pending(context);
      const told = toldIn(event);
      const customer = event.type === 'story.told' ? event.customer : context.customer;
      return withPassage(context, told, settleMove(context.ledger, choice, judged, told.lines), customer);
    }),
    readNextLine: assign({
      passage: ({ context: { passage } }) => ({ ...passage, read: Math.min(passage.lines.length, passage.read + 1) }),
    }),
    readEveryLine: assign({ passage: ({ context: { passage } }) => ({ ...passage, read: passage.lines.length }) }),
    recordFailure: assign({
      end: ({ context, event }) => ({
        ...context.end,
        failure: event.type === 'story.failed' ? event.message : 'the story stopped',
        failedOn: 'story' as const,
      }),
    }),
    recordBadReplay: assign({
      end: ({ context }) => ({
        ...context.end,
        failure: `move ${context.moves.length + 1} of the saved visit (choice ${context.replay.moves[0] + 1}) is not offered by this story`,
        failedOn: 'saved-moves' as const,
      }),
    }),
    // Supplied by the game with `.provide`; here they do nothing, so a headless visit has no side effects.
    cueMove: (_, _params: { tone: MoveTone }) => {},
    saveProgress: () => {},
  },
}).createMachine({
  id: 'visit',
  context: ({ input }) => {
    const { header } = input.story;
    const memory = withAssumptions(input.memory ?? EMPTY_VIEW, header);
    const traits = customerOf(header.customer, header.segment).traits;
    const start = startingCustomer(traits, input.difficulty ?? 'standard');
    return {
      setup: {
        story: input.story,
        scenario: input.scenario ?? input.story.file,
        header,
        difficulty: input.difficulty ?? 'standard',
        memory,
      },
      phase: STAGES[header.stage].phases[0],
      customer: { ...start, state: customerStateOf(start) },
      passage: { lines: [], read: 0, choices: [], mood: null },
      transcript: [],
      moves: [],
      replay: { moves: input.moves ?? [], at: input.at ?? 'line' },
      reading: input.reading ?? 'line',
      ledger: openLedger(header, memory),
      end: { storyEnded: false, ending: null, reason: null, failure: null, failedOn: null },
    };
  },
  invoke: [
    {
      id: 'customer',
      src: 'customer',
      input: ({ context: { setup } }) => ({
        traits: customerOf(setup.header.customer, setup.header.segment).traits,
        difficulty: setup.difficulty,
      }),
    },
    {
      id: 'story',
      systemId: STORY_ID,
      src: 'story',
      input: ({ context: { setup, customer } }) => ({
        story: setup.story,
        difficulty: setup.difficulty,
        memory: setup.memory,
        customer,
      }),
    },
  ],
  initial: 'starting',
  states: {
    starting: {
      on: {
        'story.told': told('takeFirstPassage'),
        'story.failed': { target: 'broken', actions: 'recordFailure' },
      },
    },
    speaking: {
      always: [
        { guard: 'storyIsOverAndRead', target: 'ended' },
        { guard: 'everyLineIsRead', target: 'deciding' },
      ],
      on: {
        CONTINUE: { actions: 'readNextLine' },
        READ_ALL: { actions: 'readEveryLine' },
      },
    },
    deciding: {
      on: {
        CHOOSE: {
          guard: 'choiceIsOffered',
          target: 'telling',
          actions: [
            { type: 'takeMove', params: ({ event }) => (event.type === 'CHOOSE' ? event.index : 0) },
            { type: 'cueMove', params: ({ context }) => ({ tone: moveTone(pending(context).choice) }) },
          ],
        },
        // The next move of the log the visit was started with (createVisit sends one per logged move).
        REPLAY: [
          { guard: 'replayedMoveIsOffered', target: 'telling', actions: { type: 'takeMove', params: 'replayed' } },
          { target: 'broken', actions: 'recordBadReplay' },
        ],
      },
    },
    telling: {
      entry: 'askTheCustomer',
      on: {
        'story.told': told('settleTheMove'),
        'story.failed': { target: 'broken', actions: 'recordFailure' },
      },
    },
    ended: { type: 'final' },
    broken: { type: 'final' },
  },
  output: ({ context }) => reportNow(context),
});
