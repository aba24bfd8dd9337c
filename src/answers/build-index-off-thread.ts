import { createRequire } from 'node:module';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { Report } from '../report/types.js';
import { buildIndex, restoreIndexSnapshotInSlices, type SearchIndex } from '../search/index.js';
import type { IndexJob, IndexReply } from './index-worker.js';
import { INDEX_WORKER_FAILED } from './messages.js';

// Reports per v8 blob sent to the worker: each is serialised between two turns of the event loop.
const REPORTS_PER_BLOB = 50;

/**
 * Builds the search index over `reports` in a worker thread, so the calling thread keeps answering meanwhile: the
 * reports go over in small v8 blobs (one per turn of the event loop), the index comes back as its snapshot bytes and is
 * restored over the very `reports` given (the part that runs here: maps by id and a record per passage, well under
 * the build). When the worker fails, the index is built here instead (`onFallback` says why).
 * @example
 * const index = await buildIndexOffThread(next.reports);
 * live.swap(buildAnswerDeps(next.reports, undefined, index));
 */
export async function buildIndexOffThread(
  reports: Report[],
  onFallback: (reason: string) => void = () => {},
): Promise<SearchIndex> {
  return (await buildIndexAndSnapshotOffThread(reports, onFallback)).index;
}

/**
 * As {@link buildIndexOffThread}, also giving the snapshot bytes the index was restored from (null when it was built
 * here instead): in a SharedArrayBuffer, so the answer workers restore their own index from them without a copy (a
 * build of their own took them half a minute at series scale), and the cache is written from them as they are.
 */
export async function buildIndexAndSnapshotOffThread(
  reports: Report[],
  onFallback: (reason: string) => void = () => {},
): Promise<{ index: SearchIndex; snapshot: Uint8Array | null }> {
  let reply: IndexReply;
  try {
    reply = await runWorker(reports);
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  // Restored in slices too: at series scale the maps by id and a record per passage take a second on a busy machine.
  const restored =
    reply.error === undefined ? await restoreIndexSnapshotInSlices(reply.bytes, reports, nextTurn) : null;
  if (restored !== null && reply.error === undefined) return { index: restored, snapshot: reply.bytes };
  onFallback(INDEX_WORKER_FAILED(reply.error ?? 'its index did not restore'));
  return { index: buildIndex(reports), snapshot: null };
}

// The reports go over as they are serialised, one blob a turn (posting them all at once held the event loop for over a
// second at series scale), each moved rather than copied when its memory is its own; then the end of the job.
async function runWorker(reports: readonly Report[]): Promise<IndexReply> {
  const worker = startWorker();
  const reply = new Promise<IndexReply>((resolve, reject) => {
    worker.once('message', (answer: IndexReply) => {
      resolve(answer);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the index worker exited with code ${code}`)));
  });
  // A failure while posting is the reply's to report (the worker died): awaited below.
  reply.catch(() => {});
  for (let i = 0; i < reports.length; i += REPORTS_PER_BLOB) {
    const blob = serialize(reports.slice(i, i + REPORTS_PER_BLOB));
    const own = blob.byteOffset === 0 && blob.byteLength === blob.buffer.byteLength;
    worker.postMessage({ blob } satisfies IndexJob, own ? [blob.buffer] : []);
    await nextTurn();
  }
  worker.postMessage({ end: true } satisfies IndexJob);
  return reply;
}

// From TypeScript sources (npm start, tests) the worker is TypeScript too, loaded through tsx registered in its thread;
// built JavaScript starts the `.js` beside this file.
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./index-worker.js', import.meta.url));
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');
  const entry = new URL('./index-worker.ts', import.meta.url).href;
  const source = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(source, { eval: true });
}
