import { deserialize, serialize } from 'node:v8';
import type { Report } from '../report/types.js';

// Reports per blob: each is serialised between two turns of the event loop.
const REPORTS_PER_BLOB = 50;

/**
 * The reports as v8 blobs in SharedArrayBuffers, for worker threads of their own (an answer worker's copy): made in
 * slices, awaiting `pause()` between blobs, so the calling thread keeps answering meanwhile, and made once for every
 * worker, which each read them without a copy. Handing the reports to a worker as they are (`workerData`) clones them
 * in one step on the calling thread: at 3,300 chapters that held the event loop for 5 s a worker on this machine.
 * @example
 * const blobs = await shareReports(reports, () => new Promise((resolve) => setImmediate(resolve)));
 * new Worker(url, { workerData: { blobs } }); // there: readSharedReports(workerData.blobs)
 */
export async function shareReports(reports: readonly Report[], pause: () => Promise<void>): Promise<Uint8Array[]> {
  const blobs: Uint8Array[] = [];
  for (let i = 0; i < reports.length; i += REPORTS_PER_BLOB) {
    const bytes = serialize(reports.slice(i, i + REPORTS_PER_BLOB));
    const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
    shared.set(bytes);
    blobs.push(shared);
    await pause();
  }
  return blobs;
}

/**
 * The reports back from {@link shareReports}'s blobs (in a worker thread).
 * @example
 * const reports = readSharedReports(workerData.blobs);
 */
export function readSharedReports(blobs: readonly Uint8Array[]): Report[] {
  return blobs.flatMap((blob) => deserialize(blob) as Report[]);
}
