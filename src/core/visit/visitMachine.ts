import { assign, setup } from 'xstate';
import type { StoryChoice, StoryLine } from '../ink/types';
import { ACTS } from '../methodology/acts';
import type { Mood, StageId } from '../methodology/stages';
import { STAGE_IDS, STAGES } from '../methodology/stages';

export interface CustomerState {
  /** 0-100 when the story declares `rapport`, else null. */
  readonly rapport: number | null;
  /** 0-100 when the story declares `patience`, else null. */
  readonly patience: number | null;
  readonly mood: Mood;
}

/** A decision the trainee took, with the visit clock when it was taken. */
export interface Move {
  readonly turn: number;
  readonly choice: StoryChoice;
  readonly phase: string;
  readonly minutesBefore: number;
}

export type TranscriptEntry =
  | { readonly kind: 'line'; readonly speaker: string; readonly text: string }
  | { readonly kind: 'move'; readonly turn: number };

export interface VisitContext {
  readonly stage: StageId;
  /** The speaker id of the customer (`# customer:`), when the story names one. */
  readonly customerId?: string | null;
  readonly phase: string;
  readonly minutes: number;
  readonly customer: CustomerState;
  readonly needs: readonly { readonly id: string; readonly text: string }[];
  readonly moves: readonly Move[];
  readonly transcript: readonly TranscriptEntry[];
  readonly ending: string | null;
  /** `story_ended`, or the reason the story gave with `# end_visit:`. */
  readonly endReason: string | null;
}

export type VisitEvent =
  | { type: 'SAID'; lines: readonly StoryLine[] }
  | { type: 'CHOSE'; choice: StoryChoice }
  | { type: 'CUSTOMER_CHANGED'; rapport: number | null; patience: number | null }
  | { type: 'STORY_ENDED' }
  | { type: 'END_REQUESTED'; reason: string };

/** The phase an event moves a visit at `stage` into, or null when it stays where it is. */
export function phaseEntered(stage: StageId, event: VisitEvent): string | null {
  const phases = STAGES[stage].phases;
  if (event.type === 'SAID') {
    const tagged = event.lines.map((l) => l.phase).filter((p): p is string => p !== null && phases.includes(p));
    return tagged.at(-1) ?? null;
  }
  if (event.type === 'CHOSE') {
    if (event.choice.phase && phases.includes(event.choice.phase)) return event.choice.phase;
    for (const act of event.choice.acts) {
      const phase = STAGES[stage].phaseOfDimension[ACTS[act].dimension];
      if (phase) return phase;
    }
  }
  return null;
}

const clamp = (n: number | null) => (n === null ? null : Math.max(0, Math.min(100, n)));

export const visitMachine = setup({
  types: {
    context: {} as VisitContext,
    events: {} as VisitEvent,
    input: {} as { stage: StageId; customer?: string | null },
  },
  guards: {
    visitIsAt: ({ context }, stage: StageId) => context.stage === stage,
    eventEntersPhase: ({ context, event }, phase: string) => phaseEntered(context.stage, event) === phase,
  },
  actions: {
    recordLines: assign(({ context, event }) => {
      if (event.type !== 'SAID') return {};
      const said = event.lines.filter((l) => l.text);
      // Only the customer's own lines, or narration about them, change the customer's face.
      const mood = event.lines
        .filter((l) => !context.customerId || l.speaker === 'narrator' || l.speaker === context.customerId)
        .map((l) => l.mood)
        .filter((m): m is Mood => m !== null)
        .at(-1);
      const needs = event.lines.flatMap((l) => l.needs.map((id) => ({ id, text: l.text })));
      const ending = event.lines
        .map((l) => l.ending)
        .filter((e): e is string => e !== null)
        .at(-1);
      return {
        transcript: [
          ...context.transcript,
          ...said.map((l) => ({ kind: 'line' as const, speaker: l.speaker, text: l.text })),
        ],
        customer: mood ? { ...context.customer, mood } : context.customer,
        needs: needs.length ? [...context.needs, ...needs] : context.needs,
        ending: ending ?? context.ending,
      };
    }),
    recordMove: assign(({ context, event }) => {
      if (event.type !== 'CHOSE') return {};
      const turn = context.moves.length + 1;
      const move: Move = { turn, choice: event.choice, phase: context.phase, minutesBefore: context.minutes };
      return {
        moves: [...context.moves, move],
        transcript: [...context.transcript, { kind: 'move' as const, turn }],
        minutes: context.minutes + event.choice.minutes,
      };
    }),
    enterPhase: assign({ phase: (_, phase: string) => phase }),
    followCustomer: assign({
      customer: ({ context, event }) =>
        event.type === 'CUSTOMER_CHANGED'
          ? { ...context.customer, rapport: clamp(event.rapport), patience: clamp(event.patience) }
          : context.customer,
    }),
    recordStoryEnd: assign({ endReason: 'story_ended' }),
    recordEndRequest: assign({
      endReason: ({ event }) => (event.type === 'END_REQUESTED' ? event.reason : 'story_ended'),
    }),
  },
}).createMachine({
  id: 'visit',
  context: ({ input }) => ({
    stage: input.stage,
    customerId: input.customer ?? null,
    phase: STAGES[input.stage].phases[0],
    minutes: 0,
    customer: { rapport: null, patience: null, mood: 'neutral' },
    needs: [],
    moves: [],
    transcript: [],
    ending: null,
    endReason: null,
  }),
  initial: 'starting',
  states: {
    starting: {
      always: STAGE_IDS.map((stage) => ({ guard: { type: 'visitIsAt' as const, params: stage }, target: stage })),
    },
    ...Object.fromEntries(STAGE_IDS.map((stage) => [stage, stageStates(stage)])),
    ended: { type: 'final' },
  },
});

/** One stage's phases: any phase may follow any other, as the story or the trainee's moves lead. */
function stageStates(stage: StageId) {
  const phases = STAGES[stage].phases;
  const intoPhase = (record: 'recordLines' | 'recordMove') => [
    ...phases.map((phase) => ({
      guard: { type: 'eventEntersPhase' as const, params: phase },
      target: `.${phase}`,
      actions: [{ type: 'enterPhase' as const, params: phase }, record],
    })),
    { actions: record },
  ];
  return {
    initial: phases[0],
    states: Object.fromEntries(phases.map((phase) => [phase, {}])),
    on: {
      SAID: intoPhase('recordLines'),
      CHOSE: intoPhase('recordMove'),
      CUSTOMER_CHANGED: { actions: 'followCustomer' as const },
      STORY_ENDED: { target: '#visit.ended', actions: 'recordStoryEnd' as const },
      END_REQUESTED: { target: '#visit.ended', actions: 'recordEndRequest' as const },
    },
  };
}
