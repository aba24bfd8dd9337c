/**
 * A worker thread of the answer pool: restores its own index over the reports it is given from the snapshot bytes it
 * is given (shared, not copied), or builds it when it has none, then answers requests
 * (search and Block Kit rendering) one at a time. Started by answer-pool.ts, never imported.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { AnswerDeps } from '../answers/answer-deps.js';
import { type AnswerRequest, runTrackedRequest } from '../answers/answer-request.js';
import { buildAnswerDepsFromSnapshot } from '../answers/build-answer-deps.js';
import { readSharedReports } from '../answers/share-reports.js';
import { ANSWER_WORKER_NICE, lowerThreadPriority } from './lower-thread-priority.js';

interface Job {
  id: number;
  request: AnswerRequest;
}

const port = parentPort;
if (port === null) throw new Error('answer-worker.ts runs only as a worker thread');
// Searches yield the CPU to the main thread, whose acknowledgements cannot wait (lower-thread-priority.ts).
lowerThreadPriority(ANSWER_WORKER_NICE);
const { snapshot } = workerData as { snapshot: Uint8Array | null };
// The reports come first, as shared v8 blobs (answer-pool.ts); requests that come before the index is ready wait.
let deps: AnswerDeps | null = null;
const waiting: Job[] = [];
port.on('message', (message: Job | { reports: Uint8Array[] }) => {
  if ('reports' in message) {
    deps = buildAnswerDepsFromSnapshot(readSharedReports(message.reports), snapshot);
    port.postMessage({ ready: true });
    for (const job of waiting.splice(0)) answer(deps, job);
  } else if (deps === null) waiting.push(message);
  else answer(deps, message);
});

function answer(deps: AnswerDeps, { id, request }: Job): void {
  try {
    const result = runTrackedRequest(deps, request);
    // Files are built when delivered (a function each), so they cannot be sent to the main thread: it answers those.
    port?.postMessage(result.answer.kind === 'upload' ? { id, inline: true } : { id, ...result });
  } catch (error) {
    port?.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}
