import { describe, expect, it } from 'vitest';
import { InkAdapter, NO_EXTERNALS, StoryError } from '../../../src/core/ink/adapter';
import { compileInkFile } from '../../../src/tools/compileInk';
import { compileClean, fixture } from '../../support/stories';

const minimal = () => compileClean(fixture('minimal.ink'));

describe('the ink adapter, on real inkjs', () => {
  it('keeps the header apart from the first line, which inkjs merges them into', () => {
    const adapter = new InkAdapter(minimal());
    expect(adapter.header).toEqual({
      title: 'Minimal visit',
      segment: 'clinician',
      stage: 'first_visit',
      dimensions: ['opening', 'discovery', 'closing', 'compliance'],
      lang: 'en',
      customer: 'lin',
      setting: 'office',
      leavesTo: 'walked_out',
      assumes: [],
    });
    const [first] = adapter.continue().lines;
    expect(first).toMatchObject({ text: 'Dr Lin looks up.', speaker: 'lin', mood: 'sceptical' });
  });

  it('yields choices as typed data: acts, violations, minutes (1 by default) and source', () => {
    const adapter = new InkAdapter(minimal());
    adapter.continue();
    adapter.choose(0);
    const { lines, choices } = adapter.continue();
    expect(lines.map((l) => [l.speaker, l.text, l.phase])).toEqual([
      ['rep', '"Thank you for your time."', null],
      ['lin', '"Go on."', 'discovery'],
    ]);
    expect(choices.map(({ text, acts, violations, minutes }) => ({ text, acts, violations, minutes }))).toEqual([
      { text: 'Ask an open question', acts: ['discovery.open_question'], violations: [], minutes: 8 },
      { text: 'Ask a closed question', acts: ['discovery.closed_question'], violations: [], minutes: 1 },
      { text: 'Offer a gift', acts: ['opening.thanks'], violations: ['improper_benefit'], minutes: 1 },
    ]);
    expect(choices[0].source?.line).toBe(21);
    expect(choices[0]).toMatchObject({
      links: [],
      promises: [],
      keeps: [],
      gives: [],
      offClock: false,
      adjust: { rapport: 0, patience: 0 },
    });
  });

  it('calls the visit clock through the external function', () => {
    let minutes = 17;
    const adapter = new InkAdapter(minimal(), { ...NO_EXTERNALS, visitMinutes: () => minutes });
    adapter.continue();
    adapter.choose(0);
    adapter.continue();
    minutes = 23;
    adapter.choose(0);
    expect(adapter.continue().lines.map((l) => l.text)).toContain('It is 23 minutes in.');
  });

  it('stops at a line that ends the visit, though ink has more to say', () => {
    const adapter = new InkAdapter(compileClean(fixture('difficulty.ink')));
    adapter.continue();
    adapter.choose(0);
    adapter.writeNumber('patience', 0);
    const passage = adapter.continue();
    expect(passage.endVisit).toBe('patience_exhausted');
    expect(passage.choices).toEqual([]);
    expect(passage.lines.at(-1)?.text).toBe('"Out."');
  });

  it('writes and reads the variables a story declares, and leaves the others alone', () => {
    const adapter = new InkAdapter(minimal());
    expect(adapter.writeNumber('rapport', 60)).toBe(true);
    expect(adapter.readNumber('rapport')).toBe(60);
    expect(adapter.readNumber('patience')).toBe(40);
    expect(adapter.readNumber('trust')).toBeNull();
    expect(adapter.writeString('customer_state', 'engaged')).toBe(false);
  });

  it('drops the first line of another knot when asked, so the story can be sent elsewhere', () => {
    const adapter = new InkAdapter(minimal());
    adapter.continue();
    adapter.choose(1);
    const from = adapter.currentKnot();
    const passage = adapter.continue((knot) => knot !== from);
    expect(passage.interrupted).toBe(true);
    expect(passage.lines.map((l) => l.text)).toEqual(['"Our company was founded in 1998..."']);
    adapter.divert('walked_out');
    expect(adapter.continue().lines.map((l) => l.text)).toEqual(['"That\'s enough."', 'The meeting is over.']);
    expect(() => adapter.divert('nowhere')).toThrow(StoryError);
  });

  it('tells which watched variables the story reads, and not when the engine only writes them', () => {
    const adapter = new InkAdapter(compileClean(fixture('memory.ink')));
    const read: string[] = [];
    adapter.watchReads(['rapport', 'customer_state'], (name) => read.push(name));
    adapter.writeNumber('rapport', 30);
    expect(read).toEqual([]);
    expect(adapter.continue().lines[0].text).toContain('Rapport 30');
    expect(read).toContain('rapport');
    expect(read).toContain('customer_state');
    expect(read).not.toContain('patience');
    // The watch survives a saved state being loaded back.
    const saved = adapter.saveState();
    read.length = 0;
    adapter.loadState(saved);
    adapter.choose(0);
    adapter.continue();
    expect(read).toEqual(['rapport']);
  });

  it('saves and restores ink state', () => {
    const adapter = new InkAdapter(minimal());
    adapter.continue();
    adapter.choose(0);
    adapter.continue();
    const saved = adapter.saveState();
    const other = new InkAdapter(minimal());
    other.loadState(saved);
    expect(other.continue().choices.map((c) => c.text)).toEqual([
      'Ask an open question',
      'Ask a closed question',
      'Offer a gift',
    ]);
  });

  it('refuses a choice that was not offered', () => {
    const adapter = new InkAdapter(minimal());
    adapter.continue();
    expect(() => adapter.choose(5)).toThrow('choice 6 was not offered (2 offered)');
  });

  it('raises a story error, naming the file, when the story runs out of content', () => {
    const story = compileInkFile(fixture('dead-end.ink')).story;
    if (!story) throw new Error('dead-end.ink has only warnings, so it compiles');
    const adapter = new InkAdapter(story);
    adapter.continue();
    adapter.choose(0);
    expect(() => adapter.continue()).toThrow(StoryError);
    expect(() => new InkAdapter(story).continue()).not.toThrow();
    const again = new InkAdapter(story);
    again.continue();
    again.choose(0);
    expect(() => again.continue()).toThrow(/dead-end\.ink:5: ran out of content/);
  });

  it('stops a story that loops without a choice, naming the knot at its line, silent or talking', () => {
    const story = compileClean(fixture('endless.ink'));
    for (const [index, knot, line] of [
      [0, 'silent', 11],
      [1, 'chatter', 17],
    ] as const) {
      const adapter = new InkAdapter(story);
      adapter.continue();
      adapter.choose(index);
      let error: unknown;
      try {
        adapter.continue();
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(StoryError);
      expect((error as StoryError).message).toMatch(
        new RegExp(`endless\\.ink:${line}: knot '${knot}' ran 100,000 steps without reaching a choice or an end`),
      );
      expect((error as StoryError).at).toEqual({ file: story.file, line });
    }
    // A passage well within the bound plays as before.
    const adapter = new InkAdapter(story);
    adapter.continue();
    adapter.choose(2);
    expect(adapter.continue().lines.map((l) => l.text)).toEqual(['Bye.']);
  });

  it('turns every fault of a running story into a story error at file:line, never an inkjs throw', () => {
    const story = compileClean(fixture('runtime-errors.ink'));
    const faults = [0, 1, 2].map((index) => {
      const adapter = new InkAdapter(story);
      adapter.continue();
      adapter.choose(index);
      try {
        adapter.continue();
        return 'no error';
      } catch (error) {
        return error instanceof StoryError ? error.message : `not a story error: ${error}`;
      }
    });
    expect(faults).toEqual([
      `${story.file}:6: ink could not evaluate an expression (obj is null or undefined); a % by zero is one cause`,
      `${story.file}:8: RANDOM was called with minimum as 5 and maximum as 1. The maximum must be larger`,
      `${story.file}:9: a number in the line "Result Infinity." is not finite: a division by zero?`,
    ]);
    const external = compileClean(fixture('missing-external.ink'));
    expect(() => new InkAdapter(external).continue()).toThrow(
      new StoryError(
        `${external.file}: EXTERNAL weather is not one the game provides (visit_minutes, remembers, promise_open, visits_before)`,
      ),
    );
  });

  it('refuses a story whose header lacks what the contract requires', () => {
    const story = compileClean(fixture('loop.ink'));
    const headless = { ...story, json: story.json.replace(/"#","\^title: A question hub","\/#",/, '') };
    expect(() => new InkAdapter(headless)).toThrow(StoryError);
    expect(() => new InkAdapter(headless)).toThrow(/header needs # title:/);
  });
});
