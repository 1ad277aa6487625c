import { describe, expect, it } from 'vitest';
import { createActor, fromCallback, sendTo, setup } from 'xstate';
import { customerActor, STORY_ID, type StoryPlay } from '../../../src/core/customer/customerActor';
import { SEGMENT_TRAITS } from '../../../src/core/customer/traits';

/** A visit in miniature: the customer beside a story that keeps what it is told, as the visit machine has them. */
function withStory() {
  const told: StoryPlay[] = [];
  const story = fromCallback<StoryPlay>(({ receive }) => receive((play) => told.push(play)));
  const parent = setup({ actors: { customer: customerActor, story } }).createMachine({
    invoke: [
      { id: 'customer', src: 'customer', input: { traits: SEGMENT_TRAITS.clinician, difficulty: 'standard' } },
      { id: 'story', systemId: STORY_ID, src: 'story' },
    ],
    on: { hear: { actions: sendTo('customer', ({ event }) => (event as never as { heard: never }).heard) } },
  });
  const actor = createActor(parent).start();
  const hear = (acts: string[], adjust: { rapport?: number; patience?: number } = {}, index = 0) =>
    actor.send({
      type: 'hear',
      heard: {
        type: 'customer.hear',
        move: { acts, violations: [], rapport: adjust.rapport ?? 0, patience: adjust.patience ?? 0, minutes: 0 },
        cue: { index, minutes: 7 },
      },
    } as never);
  return { told, hear };
}

describe('the customer actor', () => {
  it('tells the story nothing before the first move', () => {
    expect(withStory().told).toEqual([]);
  });

  it('reacts to each move, then tells the story to go on from it with the customer as they are now', () => {
    const { told, hear } = withStory();
    hear(['opening.thanks', 'opening.purpose_stated'], {}, 1);
    expect(told).toEqual([
      { type: 'story.play', index: 1, minutes: 7, customer: { rapport: 60, patience: 65, state: 'engaged' } },
    ]);
  });

  it('warms up to engaged, turns irritated, and leaves when patience is gone', () => {
    const { told, hear } = withStory();
    hear(['opening.thanks', 'opening.purpose_stated']);
    expect(told.at(-1)?.customer).toMatchObject({ rapport: 60, state: 'engaged' });
    hear(['objections.argue'], { patience: -40 });
    expect(told.at(-1)?.customer).toMatchObject({ patience: 15, state: 'irritated' });
    hear(['value.feature_dump']);
    expect(told.at(-1)?.customer).toMatchObject({ patience: 5, state: 'irritated' });
    hear(['discovery.interrupt']);
    expect(told.at(-1)?.customer).toMatchObject({ patience: 0, state: 'leaving' });
    // Without `# leaves_to:` the story keeps control: a customer who wants to leave still hears moves.
    hear(['opening.thanks'], { patience: 20 });
    expect(told.at(-1)?.customer).toMatchObject({ patience: 20, state: 'irritated' });
  });
});
