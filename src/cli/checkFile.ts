import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { type CheckRun, checkStory } from '../core/check/checkStory';
import { type Diagnostic, formatDiagnostic, hasErrors } from '../core/check/diagnostics';
import { bestPath } from '../core/check/scoreRange';
import { compileInkFile } from '../tools/compileInk';
import type { CheckCache } from './checkCache';

export interface FileCheck {
  readonly file: string;
  readonly ok: boolean;
  /** What to print for the file: its problems, then a summary line per difficulty. */
  readonly text: string;
}

const path = (p: readonly number[]) => `[${p.join(',')}]`;

function summarise(run: CheckRun, maxStates: number): string {
  const { exploration: explored, range } = run;
  const bound = explored.complete ? '' : `, stopped at the bound of ${maxStates}: paths beyond it were not played`;
  const best = range ? bestPath(range) : null;
  const broken =
    range && best && range.best.total > best.total
      ? ` (${range.best.total} through a broken rule ${path(range.best.path)})`
      : '';
  const scores =
    range && best
      ? `; best ${best.total} ${path(best.path)}${broken}, worst ${range.worst.total} ${path(range.worst.path)}`
      : '';
  const endings = run.endings.map(
    (e) => `${e.id ?? '(untagged)'} ${e.total}${e.passed ? ' passed' : ''} ${path(e.path)}`,
  );
  return `${run.difficulty}: ${explored.states} states${bound}${scores}; ${endings.length} endings: ${endings.join(', ')}`;
}

/**
 * Compiles one story and checks it: its tags, every path at every difficulty, and its scores. With a
 * cache, a story checked before with the same sources and code is not checked again.
 */
export function checkFile(file: string, maxStates: number, cache: CheckCache | null = null): FileCheck {
  const compiled = compileInkFile(file);
  if (!compiled.story) return report(file, compiled.diagnostics, 'does not compile');
  const sources = new Map(compiled.files.map((f) => [relative(process.cwd(), f), readFileSync(f, 'utf8')]));
  const key = cache?.keyOf(sources, maxStates) ?? '';
  const known = cache?.get(key);
  if (known?.file === file) return known;
  const diagnostics = [...compiled.diagnostics];
  const checked = checkStory(compiled.story, sources, maxStates);
  diagnostics.push(...checked.diagnostics);
  for (const run of checked.runs.filter((r) => !r.exploration.complete)) {
    diagnostics.push({
      file: compiled.story.file,
      line: null,
      severity: 'error',
      message: `the check stopped at its bound of ${maxStates} decisions (${run.difficulty}), so it is not complete: raise --max-states`,
    });
  }
  const result = report(file, diagnostics, checked.runs.map((r) => summarise(r, maxStates)).join('\n     '));
  cache?.set(key, result);
  return result;
}

function report(file: string, diagnostics: readonly Diagnostic[], summary: string): FileCheck {
  const ok = !hasErrors(diagnostics);
  const lines = [...diagnostics.map(formatDiagnostic), `${ok ? 'ok  ' : 'FAIL'} ${file}: ${summary}`];
  return { file, ok, text: lines.join('\n') };
}
