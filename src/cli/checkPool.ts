import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { diskCheckCache } from './checkCache';
import { checkFile, type FileCheck } from './checkFile';

export interface PoolOptions {
  readonly maxStates: number;
  readonly jobs: number;
  /** Store each result for the build; with `reuse`, also take a stored result instead of checking again. */
  readonly cache?: { readonly reuse: boolean };
  /** After each file, in the order they finish: for a progress line. */
  readonly onResult?: (result: FileCheck, done: number) => void;
}

const WORKER = new URL('./storiesCheckWorker.ts', import.meta.url).href;

/** Checks the files on `jobs` worker threads, largest first, and gives the results in the files' order. */
export async function checkAll(files: readonly string[], options: PoolOptions): Promise<FileCheck[]> {
  const { maxStates, jobs, onResult } = options;
  const results = new Map<string, FileCheck>();
  const record = (result: FileCheck) => {
    results.set(result.file, result);
    onResult?.(result, results.size);
  };
  if (jobs <= 1) {
    const cache = options.cache ? diskCheckCache(undefined, options.cache.reuse) : null;
    for (const file of files) record(checkFile(file, maxStates, cache));
    return files.map((f) => results.get(f) as FileCheck);
  }
  // Large stories tend to take longest: started first, they do not leave one worker busy at the end.
  const queue = [...files].sort((a, b) => statSync(b).size - statSync(a).size);
  const workers = Array.from(
    { length: Math.min(jobs, files.length) },
    () =>
      // A worker does not inherit tsx's loader: it registers it, then loads the TypeScript entry.
      new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}); })`, {
        eval: true,
        workerData: { maxStates, cache: options.cache ?? null },
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
            record(result);
            next();
          });
          worker.on('error', failed);
          next();
        }),
    ),
  );
  return files.map((f) => results.get(f) as FileCheck);
}
