import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { parseArgs, UsageError } from './args';
import { checkFile, type FileCheck } from './checkFile';
import { findStories } from './findStories';

const USAGE = `usage: npm run stories:check -- [paths…] [--max-states N] [--jobs N]
Compiles each story (default: every story under stories/), checks its tags, plays every reachable path at
every difficulty by the game's rules, scores every path, and reports dead ends, unreachable knots, choices
with no act, scenarios no path passes, each ending with its score, and the best and worst totals.`;

const WORKER = new URL('./storiesCheckWorker.ts', import.meta.url).href;

/** Checks the files on `jobs` worker threads, largest first, and prints the results in the files' order. */
async function checkAll(files: readonly string[], maxStates: number, jobs: number): Promise<FileCheck[]> {
  if (jobs <= 1) return files.map((f) => checkFile(f, maxStates));
  const results = new Map<string, FileCheck>();
  // Large stories tend to take longest: started first, they do not leave one worker busy at the end.
  const queue = [...files].sort((a, b) => statSync(b).size - statSync(a).size);
  const workers = Array.from(
    { length: jobs },
    () =>
      // A worker does not inherit tsx's loader: it registers it, then loads the TypeScript entry.
      new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}); })`, {
        eval: true,
        workerData: { maxStates },
      }),
  );
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((done, failed) => {
          const next = () => {
            const file = queue.shift();
            if (file === undefined) return void worker.terminate().then(() => done());
            worker.postMessage(file);
          };
          worker.on('message', (result: FileCheck) => {
            results.set(result.file, result);
            next();
          });
          worker.on('error', failed);
          next();
        }),
    ),
  );
  return files.map((f) => results.get(f) as FileCheck);
}

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
  const results = await checkAll(files, maxStates, jobs);
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
