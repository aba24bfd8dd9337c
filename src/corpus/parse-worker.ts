/**
 * A parse worker: receives `{ id, file, bytes }`, answers `{ id, result }` (see {@link parseFile}). Its own thread, so
 * the loader can stop a file that parses far longer than its size warrants (by terminating the worker) while the
 * other files load.
 */
import { parentPort } from 'node:worker_threads';
import { parseFile } from './parse-file.js';

export interface ParseJob {
  id: number;
  file: string;
  bytes: Uint8Array;
}

const port = parentPort;
if (port !== null) {
  port.on('message', (job: ParseJob) => {
    port.postMessage({ id: job.id, result: parseFile(job.bytes, job.file) });
  });
  port.postMessage('ready');
}
