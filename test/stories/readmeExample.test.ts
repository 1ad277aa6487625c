import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exploreStory } from '../../src/core/check/explore';
import { compileClean } from '../support/stories';

describe('the worked example in stories/README.md', () => {
  it('compiles cleanly and plays to its endings, so trainers can copy it', () => {
    const readme = readFileSync('stories/README.md', 'utf8');
    const examples = [...readme.matchAll(/```ink\n([\s\S]*?)```/g)].map((m) => m[1]);
    const worked = examples.find((e) => e.includes('# title:'));
    expect(worked).toBeDefined();
    const file = join(mkdtempSync(join(tmpdir(), 'reprounds-readme-')), 'example.ink');
    writeFileSync(file, worked as string);
    const result = exploreStory(compileClean(file));
    expect(result.diagnostics).toEqual([]);
    expect(result.endings.map((e) => e.id).sort()).toEqual(['asked_to_leave', 'next_meeting_booked']);
  });
});
