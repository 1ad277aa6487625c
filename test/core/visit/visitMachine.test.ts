import { getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { StoryChoice, StoryLine } from '../../../src/core/ink/types';
import { STAGE_IDS, STAGES } from '../../../src/core/methodology/stages';
import { type VisitEvent, visitMachine } from '../../../src/core/visit/visitMachine';

const line = (over: Partial<StoryLine> = {}): StoryLine => ({
  text: 'Hello.',
  speaker: 'zhou',
  phase: null,
  mood: null,
  needs: [],
  ending: null,
  endVisit: null,
  ...over,
});
const choice = (over: Partial<StoryChoice> = {}): StoryChoice => ({
  index: 0,
  id: 'k.0',
  text: 'Ask',
  acts: [],
  violations: [],
  claims: [],
  minutes: 1,
  phase: null,
  source: null,
  ...over,
});

describe('the visit machine', () => {
  it('starts each stage in its first phase', () => {
    for (const stage of STAGE_IDS) {
      const actor = createActor(visitMachine, { input: { stage } }).start();
      expect(actor.getSnapshot().value).toEqual({ [stage]: STAGES[stage].phases[0] });
    }
  });

  it('follows phase tags on lines and the trainee’s acts where no tag says otherwise', () => {
    const actor = createActor(visitMachine, { input: { stage: 'first_visit' } }).start();
    actor.send({ type: 'SAID', lines: [line({ phase: 'discovery' })] });
    expect(actor.getSnapshot().value).toEqual({ first_visit: 'discovery' });
    actor.send({ type: 'CHOSE', choice: choice({ acts: ['value.need_linked'], minutes: 4 }) });
    expect(actor.getSnapshot().value).toEqual({ first_visit: 'presentation' });
    actor.send({ type: 'CHOSE', choice: choice({ acts: ['value.need_linked'], phase: 'objections', minutes: 2 }) });
    expect(actor.getSnapshot().value).toEqual({ first_visit: 'objections' });
    const { context } = actor.getSnapshot();
    expect(context.minutes).toBe(6);
    expect(context.moves.map((m) => m.phase)).toEqual(['presentation', 'objections']);
  });

  it('keeps the customer’s mood, needs and state as the story gives them, within 0-100', () => {
    const actor = createActor(visitMachine, { input: { stage: 'first_visit' } }).start();
    actor.send({ type: 'SAID', lines: [line({ mood: 'pleased', needs: ['renal_dosing'], text: 'Renal dosing.' })] });
    actor.send({ type: 'CUSTOMER_CHANGED', rapport: 130, patience: -5 });
    const { customer, needs } = actor.getSnapshot().context;
    expect(customer).toEqual({ mood: 'pleased', rapport: 100, patience: 0 });
    expect(needs).toEqual([{ id: 'renal_dosing', text: 'Renal dosing.' }]);
  });

  it('lets only the customer’s lines, or narration, change the customer’s face', () => {
    const actor = createActor(visitMachine, { input: { stage: 'appointment', customer: 'liang' } }).start();
    actor.send({ type: 'SAID', lines: [line({ speaker: 'secretary', mood: 'annoyed' })] });
    expect(actor.getSnapshot().context.customer.mood).toBe('neutral');
    actor.send({ type: 'SAID', lines: [line({ speaker: 'narrator', mood: 'sceptical' })] });
    expect(actor.getSnapshot().context.customer.mood).toBe('sceptical');
    actor.send({ type: 'SAID', lines: [line({ speaker: 'liang', mood: 'pleased' })] });
    expect(actor.getSnapshot().context.customer.mood).toBe('pleased');
  });

  it('ends when the story ends or asks to end, and takes no event after', () => {
    const actor = createActor(visitMachine, { input: { stage: 'follow_up' } }).start();
    actor.send({ type: 'END_REQUESTED', reason: 'patience_exhausted' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().context.endReason).toBe('patience_exhausted');
    actor.send({ type: 'CHOSE', choice: choice({ minutes: 9 }) });
    expect(actor.getSnapshot().context.minutes).toBe(0);
  });

  it('can reach every phase of every stage, and the end from every phase', () => {
    const events: VisitEvent[] = [
      ...STAGE_IDS.flatMap((s) =>
        STAGES[s].phases.map((phase) => ({ type: 'SAID' as const, lines: [line({ phase })] })),
      ),
      { type: 'STORY_ENDED' },
    ];
    for (const stage of STAGE_IDS) {
      const paths = getShortestPaths(visitMachine, {
        input: { stage },
        events,
        // Phases are the states; the growing transcript is not, or the graph would never close.
        serializeState: (state) => JSON.stringify(state.value),
      });
      const reached = new Set(paths.map((p) => JSON.stringify(p.state.value)));
      for (const phase of STAGES[stage].phases) expect(reached).toContain(JSON.stringify({ [stage]: phase }));
      expect(reached).toContain(JSON.stringify('ended'));
      for (const phase of STAGES[stage].phases) {
        const start = paths.find((p) => JSON.stringify(p.state.value) === JSON.stringify({ [stage]: phase }));
        const actor = createActor(visitMachine, { input: { stage } }).start();
        for (const step of start?.steps ?? []) actor.send(step.event);
        actor.send({ type: 'STORY_ENDED' });
        expect(actor.getSnapshot().value).toBe('ended');
      }
    }
  });
});
