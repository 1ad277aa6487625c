import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../src/core/check/checkStory';
import { compileClean } from '../support/stories';

describe('the worked example in stories/README.md', () => {
  it('compiles cleanly, passes the story check and plays to its endings, so trainers can copy it', () => {
    const readme = readFileSync('stories/README.md', 'utf8');
    const examples = [...readme.matchAll(/```ink\n([\s\S]*?)```/g)].map((m) => m[1]);
    const worked = examples.find((e) => e.includes('# title:'));
    expect(worked).toBeDefined();
    const file = join(mkdtempSync(join(tmpdir(), 'reprounds-readme-')), 'example.ink');
    writeFileSync(file, worked as string);
    const story = compileClean(file);
    const result = checkStory(story, new Map([[story.file, worked as string]]));
    expect(result.diagnostics).toEqual([]);
    const [standard, demanding] = result.runs;
    expect(standard.exploration.endings.map((e) => e.id).sort()).toEqual(['asked_to_leave', 'next_meeting_booked']);
    expect(demanding.exploration.endings.map((e) => e.id)).toContain('patience_exhausted');
    expect(standard.range?.bestPassing?.total).toBeGreaterThanOrEqual(70);
  });
});
