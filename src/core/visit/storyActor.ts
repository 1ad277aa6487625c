import { fromCallback } from 'xstate';
import type { CustomerVariables, StoryPlay } from '../customer/customerActor';
import { InkAdapter, StoryError, type StoryExternals } from '../ink/adapter';
import type { CompiledStory } from '../ink/types';
import { type MemoryView, remembers } from '../memory/memory';
import type { Difficulty } from './difficulty';
import { beginStory, type Told, tellMove } from './tellStory';

export interface StoryActorInput {
  readonly story: CompiledStory;
  readonly difficulty: Difficulty;
  readonly memory: MemoryView;
  readonly customer: CustomerVariables;
}

/** Told once the customer has reacted to a move: the choice, the clock after it, and the customer now. */
export type StoryCommand = StoryPlay;

/** A passage told, with the customer it was told for; or why the story could not go on. */
export type StoryReport =
  | { type: 'story.told'; passage: Told; customer: CustomerVariables }
  | { type: 'story.failed'; message: string };

/** The answers to a story's memory questions, from the memory the visit started with. */
export function memoryExternals(memory: MemoryView, minutes: () => number): StoryExternals {
  return {
    visitMinutes: minutes,
    remembers: (id) => remembers(memory, id),
    promiseOpen: (id) => memory.openPromises.includes(id),
    visitsBefore: () => memory.visits,
  };
}

/**
 * The story as an actor: the ink adapter, told to play a move, tells back the passage that follows.
 * A story that fails while it runs reports the failure instead of a passage.
 */
export const storyActor = fromCallback<StoryCommand, StoryActorInput, StoryReport>(({ input, sendBack, receive }) => {
  let minutes = 0;
  const adapter = new InkAdapter(
    input.story,
    memoryExternals(input.memory, () => minutes),
  );
  const leavesTo = adapter.header.leavesTo;
  const tell = (customer: CustomerVariables, play: () => Told) => {
    try {
      sendBack({ type: 'story.told', passage: play(), customer });
    } catch (error) {
      if (!(error instanceof StoryError)) throw error;
      sendBack({ type: 'story.failed', message: error.message });
    }
  };
  tell(input.customer, () => beginStory(adapter, input.difficulty, input.customer));
  receive((command) => {
    minutes = command.minutes;
    tell(command.customer, () => tellMove(adapter, command.index, command.customer, leavesTo));
  });
});
