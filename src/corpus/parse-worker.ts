/**
 * A parse worker: receives a batch of `{ id, file, bytes }`, answers `{ id, result }` for each file as soon as it is
 * parsed (see {@link parseFile}). Its own thread, so the loader can stop a file that parses far longer than its size
 * warrants (by terminating the worker) while the other files load.
 */
import { parentPort } from 'node:worker_threads';
import { type ParseFileOptions, type ParsedFile, parseFile } from './parse-file.js';

export interface ParseJob {
  id: number;
  file: string;
  bytes: Uint8Array;
  options?: ParseFileOptions;
}

/** The files one message brings, parsed in this order. */
export type ParseBatch = ParseJob[];

/** What the worker answers for each file. */
export interface ParseResult {
  id: number;
  result: ParsedFile;
}

const port = parentPort;
if (port !== null) {
  port.on('message', (batch: ParseBatch) => {
    for (const job of batch) {
      const answer: ParseResult = { id: job.id, result: parseFile(job.bytes, job.file, job.options) };
      port.postMessage(answer);
    }
  });
  port.postMessage('ready');
}
