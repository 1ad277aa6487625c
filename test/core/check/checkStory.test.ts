import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../../src/core/check/checkStory';
import { formatDiagnostic } from '../../../src/core/check/diagnostics';
import { compileInkFile } from '../../../src/tools/compileInk';
import { fixture } from '../../support/stories';

function check(name: string) {
  const { story, files } = compileInkFile(fixture(name));
  if (!story) throw new Error(`${name} should compile`);
  const sources = new Map(files.map((f) => [relative(process.cwd(), f), readFileSync(f, 'utf8')]));
  return { story, result: checkStory(story, sources) };
}

describe('checking a story at every difficulty', () => {
  it('plays a story that declares difficulty at each level, where different endings are reached', () => {
    const { result } = check('difficulty.ink');
    const endings = Object.fromEntries(
      result.runs.map((r) => [r.difficulty, r.exploration.endings.map((e) => e.id).sort()]),
    );
    expect(endings).toEqual({ standard: ['heard'], demanding: ['heard', 'thrown_out'] });
    expect(result.diagnostics).toEqual([]);
  });

  it('does not call a knot unreached when another difficulty reaches it', () => {
    const { result } = check('difficulty.ink');
    expect(result.diagnostics.filter((d) => d.message.includes('never reached'))).toEqual([]);
  });

  it('plays a story without difficulty once', () => {
    expect(check('minimal.ink').result.runs.map((r) => r.difficulty)).toEqual(['standard']);
  });

  it('reports an ending that is written but never reached', () => {
    const { story, result } = check('dead-end.ink');
    expect(result.diagnostics.map(formatDiagnostic)).toContain(`${story.file}:14: ending 'never' is never reached`);
  });
});
