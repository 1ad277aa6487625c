import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
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

  it('plays every story at every difficulty, since the engine plays the customer harder', () => {
    expect(check('minimal.ink').result.runs.map((r) => r.difficulty)).toEqual(['standard', 'demanding']);
  });

  it('reports an ending that is written but never reached', () => {
    const { story, result } = check('dead-end.ink');
    expect(result.diagnostics.map(formatDiagnostic)).toContain(`${story.file}:14: ending 'never' is never reached`);
  });

  it('fails a scenario no path passes, naming the best it found', () => {
    const { story, result } = check('no-act.ink');
    expect(result.diagnostics.map(formatDiagnostic)).toContain(
      `${story.file}: no path passes at standard: the best total is ${result.runs[0].range?.best.total} (after choices 2)`,
    );
  });

  it('scores every ending’s path, and gives the best and worst totals at each difficulty', () => {
    const { result } = check('minimal.ink');
    const [standard] = result.runs;
    expect(standard.endings.find((e) => e.id === 'walked_out')).toMatchObject({ total: 0, passed: false });
    expect(standard.range).toMatchObject({ best: { total: 73, passed: true }, worst: { total: 0 } });
  });

  it('refuses a leaves_to that names no knot of the story', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reprounds-check-'));
    const file = join(dir, 'story.ink');
    writeFileSync(file, '# title: T\n# segment: kol\n# stage: first_visit\n# leaves_to: nowhere\nHello.\n-> END\n');
    const { story } = compileInkFile(file);
    if (!story) throw new Error('should compile');
    const result = checkStory(story, new Map([[file, readFileSync(file, 'utf8')]]));
    expect(result.diagnostics.map((d) => d.message)).toContain(
      "# leaves_to: names knot 'nowhere', which the story does not have",
    );
  });
});
