import { describe, expect, it } from 'vitest';
import { longestChoice, tagReader } from '../../../src/core/check/bots';
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
