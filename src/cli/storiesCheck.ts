import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { checkStory } from '../core/check/checkStory';
import { formatDiagnostic, hasErrors } from '../core/check/diagnostics';
import { compileInkFile } from '../tools/compileInk';
import { parseArgs, UsageError } from './args';
import { findStories } from './findStories';

const USAGE = `usage: npm run stories:check -- [paths…] [--max-states N]
Compiles each story (default: every story under stories/), checks its tags, plays every reachable path,
and reports dead ends, unreachable knots, choices with no act and the endings found.`;

export function main(argv: readonly string[]): number {
  const { positional, options } = parseArgs(argv, ['help']);
  if (options.has('help')) {
    console.log(USAGE);
    return 0;
  }
  const maxStates = Number(options.get('max-states') ?? 250_000);
  if (!Number.isInteger(maxStates) || maxStates < 1) throw new UsageError('--max-states takes a whole number');
  const files = (positional.length ? positional : ['stories']).flatMap(findStories);
  if (files.length === 0) {
    console.error('stories:check: no .ink story found');
    return 1;
  }
  let failed = 0;
  for (const file of files) {
    const compiled = compileInkFile(file);
    const diagnostics = [...compiled.diagnostics];
    let summary = 'does not compile';
    if (compiled.story) {
      const sources = new Map(compiled.files.map((f) => [relative(process.cwd(), f), readFileSync(f, 'utf8')]));
      const checked = checkStory(compiled.story, sources, maxStates);
      diagnostics.push(...checked.diagnostics);
      summary = checked.runs
        .map(({ difficulty, exploration: explored }) => {
          const endings = explored.endings.map((e) => `${e.id ?? '(untagged)'} [${e.path.join(',')}]`);
          const bound = explored.complete
            ? ''
            : `, stopped at the bound of ${maxStates}: paths beyond it were not played`;
          return `${difficulty}: ${explored.states} states${bound}; ${endings.length} endings: ${endings.join(', ')}`;
        })
        .join('\n     ');
    }
    for (const d of diagnostics) console.log(formatDiagnostic(d));
    const ok = !hasErrors(diagnostics);
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${file}: ${summary}`);
  }
  console.log(`${files.length - failed} of ${files.length} stories passed the check`);
  return failed ? 1 : 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`stories:check: ${error.message}`);
  process.exitCode = 2;
}
