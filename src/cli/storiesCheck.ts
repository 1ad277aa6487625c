import { availableParallelism } from 'node:os';
import { parseArgs, UsageError } from './args';
import { checkAll } from './checkPool';
import { findStories } from './findStories';

const USAGE = `usage: npm run stories:check -- [paths…] [--max-states N] [--jobs N]
Compiles each story (default: every story under stories/), checks its tags, plays every reachable path at
every difficulty by the game's rules, scores every path, and reports dead ends, unreachable knots, choices
with no act, scenarios no path passes, each ending with its score, and the best and worst totals.`;

export async function main(argv: readonly string[]): Promise<number> {
  const { positional, options } = parseArgs(argv, { 'max-states': 'value', jobs: 'value', help: 'flag' });
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
  const jobs = Number(options.get('jobs') ?? Math.min(availableParallelism(), files.length));
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('--jobs takes a whole number');
  const started = Date.now();
  // Always checked afresh; each result is stored so that a build after it need not check the story again.
  const results = await checkAll(files, { maxStates, jobs, cache: { reuse: false } });
  for (const r of results) console.log(r.text);
  const failed = results.filter((r) => !r.ok).length;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${files.length - failed} of ${files.length} stories passed the check (${seconds} s, ${jobs} jobs)`);
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (!(error instanceof UsageError)) throw error;
    console.error(`stories:check: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
  },
);
