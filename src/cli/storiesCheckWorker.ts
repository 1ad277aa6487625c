import { parentPort, workerData } from 'node:worker_threads';
import { diskCheckCache } from './checkCache';
import { checkFile } from './checkFile';

// One of the check's workers: it checks the files it is sent, one at a time, and answers each.
const { maxStates, cache } = workerData as { maxStates: number; cache: { reuse: boolean } | null };
const stored = cache ? diskCheckCache(undefined, cache.reuse) : null;
parentPort?.on('message', (file: string) => {
  parentPort?.postMessage(checkFile(file, maxStates, stored));
});
