import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/core/check/diagnostics';
import { memoryVariants } from '../../../src/core/check/memoryVariants';
import { checkMoveTags, revealableNeeds } from '../../../src/core/check/moveTags';
import { header } from '../../support/moves';

const check = (source: string, h = header()) =>
  checkMoveTags('s.ink', source, true, h, revealableNeeds([source], h)).map(formatDiagnostic);

describe('the context tags of a scenario’s moves', () => {
  it('asks a need-linked move for the need it answers, and a need the story can reveal', () => {
    expect(check('* [Pitch #act: value.need_linked] -> END')).toEqual([
      's.ink:1: value.need_linked needs # links: <need id>, the need the move answers',
    ]);
    expect(
      check('* [Pitch #act: solutions.tailored #links: renal] -> END', header({ dimensions: ['solutions'] })),
    ).toEqual([
      "s.ink:1: links to need 'renal', which no line of the story reveals (# need:) and the header does not assume",
    ]);
    expect(check('"Kidneys." # need: renal\n* [Pitch #act: value.need_linked #links: renal] -> END')).toEqual([]);
    const assumed = header({ assumes: [{ kind: 'need', id: 'renal' }] });
    expect(check('* [Pitch #act: value.need_linked #links: renal] -> END', assumed)).toEqual([]);
  });

  it('asks a kept promise for the promise it keeps', () => {
    expect(
      check('* [Here it is #act: relationship.promise_kept] -> END', header({ dimensions: ['relationship'] })),
    ).toEqual(['s.ink:1: relationship.promise_kept needs # keeps: <promise id>, the promise the move delivers']);
  });

  it('warns where a good act falls outside the dimensions the scenario scores', () => {
    expect(check('* [Share a paper #act: relationship.value_content] -> END')).toEqual([
      "s.ink:1: warning: relationship.value_content earns nothing here: relationship is not among the scenario's # dimensions:",
    ]);
    expect(check('* [Push #act: relationship.transactional] -> END')).toEqual([]);
  });

  it('refuses a story that sets the customer’s state itself', () => {
    expect(check('VAR rapport = 50\n~ rapport = rapport + 10\n~ patience -= 5 // tired')).toEqual([
      's.ink:2: the engine keeps rapport from the reaction table; adjust one move with # rapport: or # patience: on the choice',
      's.ink:3: the engine keeps patience from the reaction table; adjust one move with # rapport: or # patience: on the choice',
    ]);
  });
});

describe('the memories a story can meet', () => {
  it('are the one it assumes, none, and each of its questions answered the other way', () => {
    const source = '{promise_open("falls"): x} {remembers("renal"): y} {visits_before() > 0: z}';
    const variants = memoryVariants([source], { assumes: [{ kind: 'promise', id: 'falls' }] });
    expect(variants[0]).toMatchObject({ visits: 1, openPromises: ['falls'] });
    expect(variants).toContainEqual(expect.objectContaining({ visits: 0, openPromises: [] }));
    expect(variants).toContainEqual(expect.objectContaining({ needs: [{ id: 'renal', text: '' }] }));
    expect(variants.some((v) => v.visits === 1 && v.openPromises.length === 0)).toBe(true);
    expect(memoryVariants(['no questions'], { assumes: [] })).toHaveLength(1);
  });
});
