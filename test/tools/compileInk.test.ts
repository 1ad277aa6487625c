import { relative } from 'node:path';
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/core/check/diagnostics';
import { compileInkFile } from '../../src/tools/compileInk';
import { compileClean, fixture } from '../support/stories';

const shown = (name: string) => relative(process.cwd(), fixture(name));

describe('compiling ink', () => {
  it('follows INCLUDE and maps every choice and knot to its file and line', () => {
    const story = compileClean(fixture('minimal.ink'));
    const places = Object.values(story.choices).map((p) => `${p.file}:${p.line}`);
    expect(places).toContain(`${shown('minimal.ink')}:12`);
    expect(places).toContain(`${shown('include/_shared.ink')}:3`);
    expect(story.knots.wrap_up).toEqual({ file: shown('include/_shared.ink'), line: 1 });
    expect(story.knots.ask).toEqual({ file: shown('minimal.ink'), line: 19 });
    expect(Object.keys(story.knots)).not.toContain('visit_minutes');
  });

  it('counts all visits, even of knots no condition reads', () => {
    const story = new Story(compileClean(fixture('loop.ink')).json);
    story.ContinueMaximally();
    expect(story.state.VisitCountAtPathString('hub')).toBe(1);
  });

  it('gives each compiled story a content hash that changes with the content', () => {
    const a = compileClean(fixture('minimal.ink'));
    const again = compileClean(fixture('minimal.ink'));
    const other = compileClean(fixture('loop.ink'));
    expect(a.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(again.hash).toBe(a.hash);
    expect(other.hash).not.toBe(a.hash);
  });

  it('reports compiler errors as path:line: message and yields no story', () => {
    const result = compileInkFile(fixture('syntax-error.ink'));
    expect(result.story).toBeUndefined();
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      `${shown('syntax-error.ink')}:5: Expected some kind of logic, conditional or sequence within braces: { ... } but saw 'broken'`,
    ]);
  });

  it('reports every unknown id with its file and line', () => {
    const result = compileInkFile(fixture('unknown-ids.ink'));
    expect(result.story).toBeUndefined();
    const lines = result.diagnostics.map(formatDiagnostic);
    const file = shown('unknown-ids.ink');
    expect(lines).toEqual(
      expect.arrayContaining([
        `${file}:2: unknown segment 'surgeon'; expected one of: kol, director, clinician, resident, pharmacist`,
        expect.stringContaining(`${file}:4: unknown mood 'furious'`),
        expect.stringContaining(`${file}:5: unknown act 'opening.bribe'`),
        expect.stringContaining(`${file}:5: unknown compliance rule 'theft'`),
        `${file}:5: minutes '90' must be a whole number 0-60`,
      ]),
    );
  });

  it('turns compiler warnings into diagnostics too', () => {
    const result = compileInkFile(fixture('dead-end.ink'));
    expect(result.diagnostics.map(formatDiagnostic)).toContainEqual(
      expect.stringMatching(new RegExp(`^${shown('dead-end.ink')}:11: warning: Apparent loose end`)),
    );
  });

  it('names a missing file plainly', () => {
    const result = compileInkFile(fixture('nope.ink'));
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([`${shown('nope.ink')}: no such file`]);
  });
});
