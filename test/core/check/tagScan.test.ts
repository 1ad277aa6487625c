import { describe, expect, it } from 'vitest';
import { findTags, scanTags } from '../../../src/core/check/tagScan';

describe('the source tag scan', () => {
  const source = [
    '// a comment # not: a tag',
    '# title: T',
    '# stage: first_visit',
    '',
    'Hello. # speaker: zhou # mood: neutral',
    '/* block',
    '# act: inside.comment */',
    '* [Ask #act: discovery.open_question #minutes: 3] Said aloud # speaker: rep',
    '+ Sticky #act: closing.thanks',
    'Price is 5 \\# not a tag',
  ].join('\n');

  it('places each tag as header, line or choice, skipping comments and escaped #', () => {
    expect(findTags(source, true)).toEqual([
      { place: 'header', raw: 'title: T', line: 2 },
      { place: 'header', raw: 'stage: first_visit', line: 3 },
      { place: 'line', raw: 'speaker: zhou', line: 5 },
      { place: 'line', raw: 'mood: neutral', line: 5 },
      { place: 'choice', raw: 'act: discovery.open_question', line: 8 },
      { place: 'choice', raw: 'minutes: 3', line: 8 },
      { place: 'line', raw: 'speaker: rep', line: 8 },
      { place: 'choice', raw: 'act: closing.thanks', line: 9 },
    ]);
  });

  it('ends a tag at the brace of an inline condition', () => {
    expect(
      findTags('{difficulty > 1: "Be quick." # speaker: liang # mood: sceptical}', false).map((t) => t.raw),
    ).toEqual(['speaker: liang', 'mood: sceptical']);
  });

  it('keeps the header open across an INCLUDE, which says nothing', () => {
    const places = findTags(['INCLUDE shared.ink', '# title: T', '', 'Hi # speaker: rep'].join('\n'), true);
    expect(places.map((t) => t.place)).toEqual(['header', 'line']);
  });

  it('has no header in an included file', () => {
    expect(findTags('# speaker: rep', false)[0].place).toBe('line');
  });

  it('names file and line for unknown ids, phases outside the stage and repeated single tags', () => {
    const bad = ['# title: T', 'Hi # phase: review', '* [x #act: nope #minutes: 1 #minutes: 2]'].join('\n');
    const messages = scanTags('s.ink', bad, true, 'first_visit').map((d) => `${d.file}:${d.line}: ${d.message}`);
    expect(messages).toEqual([
      "s.ink:2: phase 'review' is not a phase of a first_visit visit (opening, discovery, presentation, objections, closing)",
      "s.ink:3: unknown act 'nope'; acts are listed in methodology.md (npm run play -- --vocabulary)",
      "s.ink:3: 'minutes' given 2 times on one choice",
    ]);
  });
});
