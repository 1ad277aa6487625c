import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/core/check/diagnostics';
import { compileInkFile } from '../../src/tools/compileInk';
import { compileClean, FIXTURES, fixture } from '../support/stories';

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

  it('reads the header of a story whose first line is an INCLUDE, and keeps every later line number', () => {
    const first = compileClean(fixture('include-first.ink'));
    const after = compileClean(fixture('minimal.ink'));
    expect(first.header).toEqual({ ...after.header, title: 'Minimal visit, included first' });
    // minimal.ink has its INCLUDE on line 7 instead of line 1; from line 8 on the two files are the same.
    expect(first.knots.ask).toEqual({ file: shown('include-first.ink'), line: after.knots.ask.line });
  });

  it('refuses a folder or a file that is not UTF-8 text in one line, naming it', () => {
    expect(compileInkFile(FIXTURES).diagnostics.map((d) => d.message)).toEqual(['is a folder, not an ink file']);
    const dir = mkdtempSync(join(tmpdir(), 'reprounds-ink-'));
    writeFileSync(join(dir, 'sound.ink'), Buffer.from([0x4f, 0x67, 0x67, 0x53, 0x00, 0x02]));
    writeFileSync(join(dir, 'latin1.ink'), Buffer.from('Caf\xe9 # speaker: rep', 'latin1'));
    expect(compileInkFile(join(dir, 'sound.ink')).diagnostics.map((d) => d.message)).toEqual([
      'is not a text file: an ink story is UTF-8 text',
    ]);
    expect(compileInkFile(join(dir, 'latin1.ink')).diagnostics.map((d) => d.message)).toEqual([
      'is not UTF-8 text: save the story as UTF-8',
    ]);
  });
});
