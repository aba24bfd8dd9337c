import { createRequire } from 'node:module';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Logger } from '@slack/bolt';
import type { Report } from '../report/types.js';
import type { AnswerRequest, Answerer, RemoteAnswer } from '../answers/answer-request.js';
import type { Answer } from '../answers/answer.js';
import { shareReports } from '../answers/share-reports.js';

/** Answers on worker threads: the main thread only receives requests, acknowledges them and delivers answers. */
export interface AnswerPool extends Answerer {
  /** null once every worker has built its index, else why not yet (for /ready). */
  problem(): string | null;
  /**
   * New reports (the data folder changed): each worker is replaced by one built over them, which takes requests once
   * its index is ready; the old one answers until then, finishes what it holds, and stops. Given the snapshot bytes
   * of the index over them, the new workers restore it instead of building their own.
   */
  replaceReports(reports: readonly Report[], snapshot?: Uint8Array | null): void;
  close(): Promise<void>;
}

export interface AnswerPoolOptions {
  reports: readonly Report[];
  /** Worker threads (at least 1). */
  size: number;
  logger: Logger;
  /**
   * The index over `reports` as snapshot bytes (the corpus cache's): the first workers restore it instead of building
   * it. In a SharedArrayBuffer (as the cache reads a large index) every worker views the same bytes, no copy.
   */
  snapshot?: Uint8Array | null;
  /**
   * While no worker is ready, answer each request on the calling thread (`{ inline: true }`), which has an index of
   * its own, rather than hold it until a worker has one (default false).
   */
  inlineUntilReady?: boolean;
}

export const WORKERS_NOT_READY = 'the answer workers are still building their index';
export const WORKER_FAILED = 'an answer worker stopped';

interface Pending {
  resolve(answer: RemoteAnswer): void;
  reject(error: Error): void;
}

interface Reply {
  id?: number;
  answer?: Answer;
  hit?: boolean;
  inline?: boolean;
  error?: string;
  ready?: boolean;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  pending: Map<number, Pending>;
  /** Replaced by a worker over newer reports: stops once it has answered what it holds. */
  retired: boolean;
}

/**
 * The worker's module: the built `.js` beside this file, or, when running from TypeScript sources (npm start, tests),
 * the `.ts` through tsx's loader registered inside the worker.
 */
function spawnWorker(snapshot: Uint8Array | null): Worker {
  const workerData = { snapshot };
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./answer-worker.js', import.meta.url), { workerData });
  // Resolved here, from this package, as an ES module (the worker's own resolution would start from the working folder).
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs');
  const entry = new URL('./answer-worker.ts', import.meta.url).href;
  const source = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(source, { eval: true, workerData });
}

/**
 * Starts `size` workers, each building its index over `reports`, and hands each request to the worker with the fewest
 * in hand. A worker that dies fails its requests (the asker gets the usual error reply) and is replaced.
 * @example
 * const pool = createAnswerPool({ reports, size: 2, logger });
 * const { answer, hit } = await pool.answer({ kind: 'message', text: 'who claimed the Atyrau bombings?' });
 * await pool.close();
 */
export function createAnswerPool(options: AnswerPoolOptions): AnswerPool {
  const { logger } = options;
  // The reports go to the workers as shared v8 blobs, made once (in slices, so this thread keeps answering) for all.
  const share = (reports: readonly Report[]) => {
    const blobs = shareReports(reports, nextTurn);
    blobs.catch((error: unknown) => logger.error('the reports could not be handed to the answer workers', error));
    return blobs;
  };
  let blobs = share(options.reports);
  // The snapshot of the index over the reports the workers are given (each new set of reports brings its own, or none).
  let snapshot = options.snapshot ?? null;
  const slots: Slot[] = [];
  // Every worker running, serving or not yet swapped in, so close() stops them all.
  const running = new Set<Slot>();
  let nextId = 1;
  let closing = false;

  const retireIfIdle = (slot: Slot): void => {
    if (slot.retired && slot.pending.size === 0) void slot.worker.terminate();
  };

  // `replacing`: the slot keeps serving from the old worker until this one has built its index.
  function start(index: number, replacing?: Slot): void {
    const slot: Slot = { worker: spawnWorker(snapshot), ready: false, pending: new Map(), retired: false };
    running.add(slot);
    // Requests sent meanwhile wait in the worker until it has the reports and its index.
    void blobs.then((reports) => slot.worker.postMessage({ reports }));
    if (replacing === undefined) slots[index] = slot;
    slot.worker.on('message', (reply: Reply) => {
      if (reply.ready === true) {
        slot.ready = true;
        const old = slots[index];
        if (old !== undefined && old !== slot) {
          slots[index] = slot;
          old.retired = true;
          retireIfIdle(old);
        }
        return;
      }
      if (reply.id === undefined) return;
      const pending = slot.pending.get(reply.id);
      slot.pending.delete(reply.id);
      if (reply.inline === true) pending?.resolve({ inline: true });
      else if (reply.answer !== undefined) pending?.resolve({ answer: reply.answer, hit: reply.hit === true });
      else pending?.reject(new Error(reply.error ?? 'the answer worker failed'));
      retireIfIdle(slot);
    });
    const fail = (error: Error) => {
      running.delete(slot);
      for (const pending of slot.pending.values()) pending.reject(error);
      slot.pending.clear();
      if (slot.retired) return;
      if (closing || slots[index] !== slot) return;
      logger.error(`answer worker ${index} stopped; starting another`, error);
      start(index);
    };
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => fail(new Error(`${WORKER_FAILED} (exit code ${code})`)));
  }

  for (let i = 0; i < Math.max(1, options.size); i += 1) start(i);

  return {
    answer(request: AnswerRequest) {
      // With inlineUntilReady, only workers that have their index take requests; none yet, this thread answers.
      const ready = options.inlineUntilReady === true ? slots.filter((s) => s.ready) : slots;
      const first = ready[0];
      if (first === undefined) return Promise.resolve({ inline: true });
      const slot = ready.reduce((best, s) => (s.pending.size < best.pending.size ? s : best), first);
      const id = nextId++;
      return new Promise<RemoteAnswer>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.worker.postMessage({ id, request });
      });
    },
    problem: () => (slots.every((slot) => slot.ready) ? null : WORKERS_NOT_READY),
    replaceReports(next, nextSnapshot = null) {
      if (closing) return;
      blobs = share(next);
      snapshot = nextSnapshot;
      for (const [index, old] of slots.entries()) start(index, old);
    },
    async close() {
      closing = true;
      await Promise.all([...running].map((slot) => slot.worker.terminate()));
    },
  };
}
