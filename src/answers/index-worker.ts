/**
 * An index worker: receives the reports as v8 blobs, one message each, then the end of the job; builds the search index over them and answers with its snapshot
 * bytes (see {@link storeIndexSnapshot}), in shared memory, not copied. Its own thread, so a running app keeps answering
 * while the index of a changed data folder is built (several seconds at series scale).
 */
import { deserialize } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import type { Report } from '../report/types.js';
import { buildIndex, storeIndexSnapshot } from '../search/index.js';

/** One message of the job: a blob of reports, or the end (then the index is built). */
export type IndexJob = { blob: Uint8Array; end?: undefined } | { end: true };

export type IndexReply = { bytes: Uint8Array; error?: undefined } | { error: string };

const port = parentPort;
if (port !== null) {
  const reports: Report[] = [];
  port.on('message', (job: IndexJob) => {
    try {
      if (job.end === undefined) {
        for (const report of deserialize(job.blob) as Report[]) reports.push(report);
        return;
      }
      const chunks = storeIndexSnapshot(buildIndex(reports));
      // Shared memory: the calling thread hands the same bytes on to its answer workers without a copy.
      const bytes = new Uint8Array(new SharedArrayBuffer(chunks.reduce((n, c) => n + c.length, 0)));
      let at = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, at);
        at += chunk.length;
      }
      port.postMessage({ bytes } satisfies IndexReply);
    } catch (error) {
      port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies IndexReply);
    }
  });
}
