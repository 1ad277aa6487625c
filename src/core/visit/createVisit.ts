import { type Actor, createActor } from 'xstate';
import type { MoveTone } from '../scoring/moveTone';
import { type VisitLog, visitLog } from './visitLog';
import { type VisitContext, type VisitInput, visitMachine } from './visitMachine';

/** The side effects a visit has, supplied by whoever plays it; a headless visit has none. */
export interface VisitEffects {
  /** After each of the trainee's own moves (not replayed ones): how the move sits with the method. */
  cueMove?(tone: MoveTone): void;
  /** Once per move, and at the start: the visit's move log, enough to resume it exactly. */
  saveProgress?(log: VisitLog): void;
}

export type VisitActor = Actor<typeof visitMachine>;

export const logOf = ({ setup, moves }: Pick<VisitContext, 'setup' | 'moves'>): VisitLog =>
  visitLog(
    setup.story,
    setup.scenario,
    setup.difficulty,
    setup.memory,
    moves.map((m) => m.choice.index),
  );

const withEffects = (effects: VisitEffects) =>
  visitMachine.provide({
    actions: {
      cueMove: (_, params: { tone: MoveTone }) => effects.cueMove?.(params.tone),
      saveProgress: ({ context }) => effects.saveProgress?.(logOf(context)),
    },
  });

// A machine provided anew works out its transitions again the first time each state is entered; visits
// with no effects (headless play, the checks, the benchmark) share one.
const HEADLESS = withEffects({});

/** A visit actor, started, with its effects provided to the machine. */
export function createVisit(input: VisitInput, effects?: VisitEffects): VisitActor {
  const machine = effects ? withEffects(effects) : HEADLESS;
  const actor = createActor(machine, { input }).start();
  // The visit is its move log: each logged move is played again, without its cue.
  for (const _ of input.moves ?? []) actor.send({ type: 'REPLAY' });
  return actor;
}
