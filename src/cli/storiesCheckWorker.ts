import { parentPort, workerData } from 'node:worker_threads';
import { checkFile } from './checkFile';

// One of the check's workers: it checks the files it is sent, one at a time, and answers each.
const { maxStates } = workerData as { maxStates: number };
parentPort?.on('message', (file: string) => {
  parentPort?.postMessage(checkFile(file, maxStates));
});
