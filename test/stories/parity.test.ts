import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareSkeletons, skeleton } from '../../src/core/check/parity';

const STORIES = 'stories';
const scenarios = readdirSync(STORIES, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(STORIES, e.name, 'en.ink')))
  .map((e) => e.name);

describe('locale parity', () => {
  it.each(scenarios)('%s has the same decisions and tags in en and zh-CN', (id) => {
    const en = readFileSync(join(STORIES, id, 'en.ink'), 'utf8');
    const zh = readFileSync(join(STORIES, id, 'zh-CN.ink'), 'utf8');
    expect(compareSkeletons(skeleton(en), skeleton(zh), 'en.ink', 'zh-CN.ink')).toBeNull();
    expect(skeleton(en).filter((s) => s.includes('act:')).length).toBeGreaterThan(0);
  });

  it('notices a choice dropped or a tag changed in one language', () => {
    const en = ['* [Ask #act: discovery.open_question] Hi.', '  -> next', '* [Leave #act: closing.thanks] -> END'].join(
      '\n',
    );
    const dropped = ['* [问 #act: discovery.open_question] 你好。', '  -> next'].join('\n');
    const changed = [
      '* [问 #act: discovery.closed_question] 你好。',
      '  -> next',
      '* [走 #act: closing.thanks] -> END',
    ].join('\n');
    const same = [
      '* [问一问 #act: discovery.open_question] 您好。',
      '  -> next',
      '* [告辞 #act: closing.thanks] -> END',
    ].join('\n');
    expect(compareSkeletons(skeleton(en), skeleton(dropped), 'en', 'zh')).toContain('step 3');
    expect(compareSkeletons(skeleton(en), skeleton(changed), 'en', 'zh')).toContain('discovery.closed_question');
    expect(compareSkeletons(skeleton(en), skeleton(same), 'en', 'zh')).toBeNull();
  });
});
