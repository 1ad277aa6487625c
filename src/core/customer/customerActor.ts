import { fromCallback } from 'xstate';
import type { Difficulty } from '../visit/difficulty';
import {
  type CustomerState,
  type CustomerStateId,
  customerStateOf,
  type MoveForCustomer,
  react,
  startingCustomer,
} from './reactions';
import type { Traits } from './traits';

/** Where the story goes on once the customer has taken the move: the choice to play, and the clock after it. */
export interface StoryCue {
  readonly index: number;
  readonly minutes: number;
}

/** The trainee's move, as the customer hears it. */
export type CustomerEvent = { type: 'customer.hear'; move: MoveForCustomer; cue: StoryCue };

/** The customer's state as the story reads it, and as the visit shows it. */
export interface CustomerVariables extends CustomerState {
  readonly state: CustomerStateId;
}

/** What the story actor is told once the customer has reacted: play on from this move, with this customer. */
export type StoryPlay = { type: 'story.play'; index: number; minutes: number; customer: CustomerVariables };

/** The system id of the story actor, which the customer tells to go on. */
export const STORY_ID = 'story';

// Written out rather than spread: it runs once a move, and a spread before other keys is V8's slow path.
export const customerNow = (state: CustomerState): CustomerVariables => ({
  rapport: state.rapport,
  patience: state.patience,
  state: customerStateOf(state),
});

/**
 * The customer as an actor: guarded at first, engaged as rapport grows, irritated as patience or rapport
 * runs low, leaving when patience is gone (the states of `customerStateOf`). It hears each move, reacts by
 * the reaction table, and tells the story to go on from its reaction, so the story can read it. It keeps
 * its state as data rather than as a statechart: a machine here cost more per move than the engine's
 * whole budget over raw ink allows (see the benchmark).
 */
export const customerActor = fromCallback<CustomerEvent, { traits: Traits; difficulty: Difficulty }>(
  ({ input, receive, system }) => {
    let now: CustomerState = startingCustomer(input.traits, input.difficulty);
    receive(({ move, cue }) => {
      now = react(now, move, input.traits, input.difficulty);
      const play: StoryPlay = {
        type: 'story.play',
        index: cue.index,
        minutes: cue.minutes,
        customer: customerNow(now),
      };
      system.get(STORY_ID)?.send(play);
    });
  },
);
