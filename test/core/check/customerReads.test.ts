import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readClasses } from '../../../src/core/check/customerReads';
import { exploreStory, shareExploration } from '../../../src/core/check/explore';
import { compileClean, fixture } from '../../support/stories';

const NAMES = ['rapport', 'patience', 'customer_state'];
const classes = (source: string, level = 1) => readClasses([source], NAMES, level);

describe('what a story can tell apart of the customer', () => {
  it('is the side of each fixed comparison, when that is all the story does with a variable', () => {
    const tell = classes(`VAR rapport = 40
{rapport >= 60: "Good." }
+ {rapport < 30 && patience > 10} [Leave #act: closing.thanks #rapport: -5]
{
- customer_state == "engaged": Engaged.
- rapport >= 80 + 5 * difficulty: Warm. // rapport in a comment is no read
}`);
    const rapport = tell.get('rapport');
    expect(rapport?.(60)).toBe(rapport?.(75));
    expect(rapport?.(60)).not.toBe(rapport?.(55));
    expect(rapport?.(85)).not.toBe(rapport?.(80));
    expect(rapport?.(20)).not.toBe(rapport?.(35));
    expect(tell.get('patience')?.(11)).toBe(tell.get('patience')?.(90));
    expect(tell.get('customer_state')?.('engaged')).not.toBe(tell.get('customer_state')?.('guarded'));
    // At the demanding level (2) the threshold moves to 90.
    const demanding = classes('{rapport >= 80 + 5 * difficulty: Warm.}', 2).get('rapport');
    expect(demanding?.(85)).toBe(demanding?.(60));
    expect(demanding?.(90)).not.toBe(demanding?.(85));
  });

  it('is the exact value when the story prints, computes with or negates a variable', () => {
    for (const use of [
      'Rapport {rapport}.',
      '~ temp r = rapport + 5',
      '{not rapport >= 60: x}',
      '{60 <= rapport: x}',
      '{rapport >= other: x}',
    ])
      expect(classes(use).get('rapport')).toBeNull();
  });

  it('plays a story to the same graph as telling every value apart does', () => {
    const story = compileClean(fixture('range.ink'));
    const sources = [readFileSync(fixture('range.ink'), 'utf8')];
    const exact = exploreStory(story, { shared: shareExploration(story) });
    const shared = shareExploration(story, sources);
    const coarse = exploreStory(story, { shared });
    expect(coarse.states).toBe(exact.states);
    expect(coarse.endings).toEqual(exact.endings);
    expect(JSON.stringify(coarse.graph.decisions.map((d) => d.edges.map((e) => [e.choice.id, e.to])))).toBe(
      JSON.stringify(exact.graph.decisions.map((d) => d.edges.map((e) => [e.choice.id, e.to]))),
    );
  });
});
