import { describe, expect, it } from 'vitest';
import { longestChoice, mostMethodWords, tagReader } from '../../../src/core/check/bots';
import { methodWordCount, techniquesNamed } from '../../../src/core/check/methodWords';
import { choice } from '../../support/moves';

describe('the bots that try to game the scores', () => {
  it('one takes the longest choice, counting characters, so Chinese and English read the same way', () => {
    expect(
      longestChoice([
        choice({ text: 'Short' }),
        choice({ text: '一个很长很长很长的选择项目' }),
        choice({ text: 'Longer one' }),
      ]),
    ).toBe(1);
  });

  it("one takes the choice with most of the method's words, in either language, the longer on a tie", () => {
    expect(
      mostMethodWords([
        choice({ text: 'Tell her the price is fine' }),
        choice({ text: 'Thank her, listen, and ask about the evidence' }),
        choice({ text: 'Ask about the ward' }),
      ]),
    ).toBe(1);
    expect(mostMethodWords([choice({ text: '谢谢您' }), choice({ text: '谢谢您，想请教一下数据' })])).toBe(1);
    expect(mostMethodWords([choice({ text: 'Go' }), choice({ text: 'Go now' })])).toBe(1);
    expect(methodWordCount('Ask, then ask again')).toBe(2);
  });

  it('names the techniques a choice gives away, and not the words of everyday speech', () => {
    expect(techniquesNamed('Sum up what she told you')).toEqual(['Sum up']);
    expect(techniquesNamed('复述你听到的内容')).toEqual(['复述']);
    expect(techniquesNamed('"So the bleeding in the over-75s worries you most?"')).toEqual([]);
  });

  it('the other takes the most points the tags show, and never a violation', () => {
    const offered = [
      choice({ acts: ['discovery.open_question'] }),
      choice({ acts: ['value.need_linked', 'value.evidence_cited'] }),
      choice({
        acts: ['opening.thanks', 'opening.purpose_stated', 'closing.next_step'],
        violations: ['improper_benefit'],
      }),
      choice({ acts: ['discovery.interrupt'] }),
    ];
    expect(tagReader(offered)).toBe(1);
  });
});
