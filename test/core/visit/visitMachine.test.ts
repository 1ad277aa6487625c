import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW } from '../../../src/core/memory/memory';
import type { MoveTone } from '../../../src/core/scoring/moveTone';
import { createVisit } from '../../../src/core/visit/createVisit';
import type { VisitLog } from '../../../src/core/visit/visitLog';
import { compileInkFile } from '../../../src/tools/compileInk';
import { compileClean, fixture } from '../../support/stories';

const minimal = () => compileClean(fixture('minimal.ink'));
const lines = (actor: ReturnType<typeof createVisit>) => actor.getSnapshot().context.passage.lines.map((l) => l.text);

describe('the visit machine', () => {
  it('owns the reading flow: a line at a time while speaking, then deciding, and the report as its output', () => {
    const actor = createVisit({ story: minimal() });
    expect(actor.getSnapshot().value).toBe('deciding');
    actor.send({ type: 'CHOOSE', index: 0 });
    const speaking = actor.getSnapshot();
    expect(speaking.value).toBe('speaking');
    expect(speaking.context.passage.read).toBe(1);
    expect(speaking.context.passage.lines.map((l) => l.text)).toEqual(['"Thank you for your time."', '"Go on."']);
    actor.send({ type: 'CONTINUE' });
    expect(actor.getSnapshot().value).toBe('deciding');
    actor.send({ type: 'CHOOSE', index: 0 });
    actor.send({ type: 'READ_ALL' });
    actor.send({ type: 'CHOOSE', index: 0 });
    actor.send({ type: 'READ_ALL' });
    const done = actor.getSnapshot();
    expect(done.value).toBe('ended');
    expect(done.status).toBe('done');
    expect(done.output).toMatchObject({ ended: true, ending: 'next_step_agreed', passed: true });
  });

  it('ignores a choice that is not offered, or sent while the story is speaking', () => {
    const actor = createVisit({ story: minimal() });
    actor.send({ type: 'CHOOSE', index: 7 });
    expect(actor.getSnapshot().context.moves).toEqual([]);
    actor.send({ type: 'CHOOSE', index: 0 });
    actor.send({ type: 'CHOOSE', index: 0 });
    expect(actor.getSnapshot().context.moves).toHaveLength(1);
  });

  it('saves once per move, not once per line, and cues only the trainee’s own moves', () => {
    const saves: VisitLog[] = [];
    const cues: MoveTone[] = [];
    const story = minimal();
    const actor = createVisit(
      { story },
      { saveProgress: (log) => saves.push(log), cueMove: (tone) => cues.push(tone) },
    );
    actor.send({ type: 'CHOOSE', index: 0 });
    actor.send({ type: 'CONTINUE' });
    actor.send({ type: 'CHOOSE', index: 2 });
    expect(saves.map((s) => s.moves)).toEqual([[], [0], [0, 2]]);
    expect(saves[2]).toMatchObject({ format: 2, storyVersion: story.hash, difficulty: 'standard' });
    expect(cues).toEqual(['good', 'poor']);
    const replayed = createVisit(
      { story, moves: [0, 2] },
      { saveProgress: (log) => saves.push(log), cueMove: (t) => cues.push(t) },
    );
    expect(cues).toEqual(['good', 'poor']);
    expect(replayed.getSnapshot().context.moves).toHaveLength(2);
  });

  it('replays a move log to the same visit, at the first line since the last move or at the decision', () => {
    const story = minimal();
    const live = createVisit({ story });
    live.send({ type: 'CHOOSE', index: 0 });
    const resumed = createVisit({ story, moves: [0] });
    expect(resumed.getSnapshot().value).toBe('speaking');
    expect(resumed.getSnapshot().context.passage.read).toBe(1);
    const { ledger, customer, transcript } = live.getSnapshot().context;
    expect(resumed.getSnapshot().context).toMatchObject({ ledger, customer, transcript });
    const atDecision = createVisit({ story, moves: [0], at: 'decision' });
    expect(atDecision.getSnapshot().value).toBe('deciding');
  });

  it('stops, saying why, when saved moves do not fit the story', () => {
    const actor = createVisit({ story: minimal(), moves: [0, 9] });
    expect(actor.getSnapshot().value).toBe('broken');
    expect(actor.getSnapshot().context.end.failure).toMatch(/move 2 of the saved visit \(choice 10\) is not offered/);
    expect(actor.getSnapshot().context.end.failedOn).toBe('saved-moves');
  });

  it('stops, saying why, when the story fails while it runs', () => {
    const story = compileInkFile(fixture('dead-end.ink')).story;
    if (!story) throw new Error('dead-end.ink compiles with warnings only');
    const actor = createVisit({ story });
    actor.send({ type: 'CHOOSE', index: 0 });
    expect(actor.getSnapshot().value).toBe('broken');
    expect(actor.getSnapshot().context.end.failure).toMatch(/ran out of content/);
  });

  it('logs a move only once the story has taken it: a fault after a choice logs nothing, and a second click nothing more', () => {
    const saves: VisitLog[] = [];
    const actor = createVisit(
      { story: compileClean(fixture('runtime-errors.ink')) },
      { saveProgress: (log) => saves.push(log) },
    );
    actor.send({ type: 'READ_ALL' });
    actor.send({ type: 'CHOOSE', index: 1 });
    expect(actor.getSnapshot().value).toBe('broken');
    expect(actor.getSnapshot().context.end.failure).toMatch(/runtime-errors\.ink:\d+: .*RANDOM/);
    expect(actor.getSnapshot().context.end.failedOn).toBe('story');
    actor.send({ type: 'CHOOSE', index: 1 });
    expect(actor.getSnapshot().context.moves).toHaveLength(1);
    expect(saves.map((s) => s.moves)).toEqual([[]]);
  });

  it('stops a visit whose story calls an EXTERNAL the game lacks, at its first line, saying so', () => {
    const actor = createVisit({ story: compileClean(fixture('missing-external.ink')) });
    expect(actor.getSnapshot().value).toBe('broken');
    expect(actor.getSnapshot().context.end.failure).toMatch(/EXTERNAL weather is not one the game provides/);
  });

  it('stops a visit whose story loops, rather than hanging the game', () => {
    const actor = createVisit({ story: compileClean(fixture('endless.ink')) });
    actor.send({ type: 'READ_ALL' });
    actor.send({ type: 'CHOOSE', index: 1 });
    expect(actor.getSnapshot().value).toBe('broken');
    expect(actor.getSnapshot().context.end.failure).toMatch(/knot 'chatter' ran 100,000 steps .*: it loops/);
  });

  it('writes the customer into the story before every passage, so it can branch on them', () => {
    const actor = createVisit({ story: compileClean(fixture('memory.ink')) });
    expect(lines(actor)[0]).toBe('Visits before: 1. Rapport 50, patience 60, guarded.');
    actor.send({ type: 'READ_ALL' });
    actor.send({ type: 'CHOOSE', index: 0 });
    const { customer } = actor.getSnapshot().context;
    expect(lines(actor)[0]).toBe(`"Thank you. Rapport ${customer.rapport}."`);
    expect(customer.rapport).toBe(65);
  });

  it('answers the story’s memory questions from the memory it started with, or what the header assumes', () => {
    const story = compileClean(fixture('memory.ink'));
    const assumed = createVisit({ story });
    expect(lines(assumed)).toContain('"You said you would bring the renal card."');
    expect(lines(assumed)).toContain('You remember her renal question.');
    assumed.send({ type: 'READ_ALL' });
    assumed.send({ type: 'CHOOSE', index: 0 });
    assumed.send({ type: 'READ_ALL' });
    expect(assumed.getSnapshot().output?.promises).toEqual([{ id: 'renal_card', kept: true }]);
    const kept = createVisit({ story, memory: { ...EMPTY_VIEW, visits: 2, promised: ['renal_card'] } });
    expect(lines(kept)).toEqual(['Visits before: 2. Rapport 50, patience 60, guarded.', '"Hello again."']);
  });

  it('lets a customer out of patience leave: the move is told, then the story goes to the leaving knot', () => {
    const actor = createVisit({ story: minimal() });
    actor.send({ type: 'CHOOSE', index: 1 });
    actor.send({ type: 'READ_ALL' });
    const { context, output } = actor.getSnapshot();
    expect(context.customer).toMatchObject({ patience: 0, state: 'leaving' });
    expect(context.passage.lines.map((l) => l.text)).toEqual([
      '"Our company was founded in 1998..."',
      '"That\'s enough."',
      'The meeting is over.',
    ]);
    expect(output).toMatchObject({ endReason: 'patience_exhausted', ending: 'walked_out', ended: true });
  });

  it('keeps the ending of a move that ends the visit itself, even as patience runs out', () => {
    const actor = createVisit({ story: compileClean(fixture('last-word.ink')), reading: 'passage' });
    actor.send({ type: 'CHOOSE', index: 0 });
    const { context, output } = actor.getSnapshot();
    expect(context.customer.state).toBe('leaving');
    expect(output).toMatchObject({ ending: 'sent_away', endReason: 'asked_to_leave' });
  });

  it('keeps the scene a move leads to when that scene ends the visit, though patience ran out on the way', () => {
    const actor = createVisit({ story: compileClean(fixture('last-word.ink')), reading: 'passage' });
    actor.send({ type: 'CHOOSE', index: 1 });
    const { context, output } = actor.getSnapshot();
    expect(context.passage.lines.map((l) => l.text)).toEqual([
      'The ward sister stops you at the door.',
      '"Out, please."',
    ]);
    expect(output).toMatchObject({ ending: 'thrown_out', endReason: 'story_ended' });
  });
});
