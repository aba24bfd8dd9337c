import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PARSE_TIMED_OUT, PARSE_WORKER_FAILED } from './messages.js';
import { type ParseFileOptions, type ParsedFile, parseFile } from './parse-file.js';
import type { ParseBatch, ParseJob, ParseResult } from './parse-worker.js';

/** Options of {@link startParsePool}. */
export interface ParsePoolOptions {
  /** How many worker threads at most (default: the machine's cores); 0 parses in the calling thread, with no deadline. */
  size?: number;
  /** How long a file of this many bytes may parse before it is stopped (default {@link parseDeadlineMs}). */
  deadlineMs?: (bytes: number) => number;
}

/** Parses files in worker threads, each with a deadline; {@link ParsePool.close} stops the workers. */
export interface ParsePool {
  parse(bytes: Uint8Array, file: string, options?: ParseFileOptions): Promise<ParsedFile>;
  close(): Promise<void>;
}

// A real chapter (≤ 1 MB) parses in well under a second even on a busy machine; a file that takes more than
// 5 s + 10 s per MB is pathological (a 1 MB file of repeated dates parsed for minutes before the step was bounded).
const BASE_DEADLINE_MS = 5_000;
const DEADLINE_MS_PER_MB = 10_000;
// A pathological file may also try to take all the memory: a worker is stopped past this heap.
const WORKER_HEAP_MB = 1_024;
// Files go to a worker in batches, so a worker has the next file at hand when it finishes one instead of waiting for
// the loader's thread to send it (that thread also reads, hashes and takes in results): at most this many files, or
// about this many bytes, in one message; each file still has its own deadline.
const BATCH_FILES = 16;
const BATCH_BYTES = 1_048_576;

/**
 * How long a file may parse: 5 s plus 10 s per megabyte.
 * @example
 * parseDeadlineMs(1024 * 1024); //=> 15000
 */
export function parseDeadlineMs(bytes: number): number {
  return BASE_DEADLINE_MS + Math.round((bytes / 1_048_576) * DEADLINE_MS_PER_MB);
}

interface Pending {
  job: ParseJob;
  resolve: (result: ParsedFile) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** The files sent to this worker and not answered yet, in the order it parses them: the first is parsing. */
  batch: Pending[];
  timer: NodeJS.Timeout | null;
}

// Under tsx (and vitest) this module is TypeScript: its worker is too, and needs tsx's loader registered in its thread
// first (Node 20 does not apply `--import tsx` to a worker's entry module). Built JavaScript starts the worker as is.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './parse-worker.ts' : './parse-worker.js', import.meta.url);

function startWorker(): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  if (!FROM_SOURCE) return new Worker(WORKER_URL, { resourceLimits });
  const tsx =
    typeof import.meta.resolve === 'function'
      ? import.meta.resolve('tsx/esm/api')
      : pathToFileURL(
          createRequire(import.meta.url)
            .resolve('tsx/esm/api')
            .replace(/\.cjs$/, '.mjs'),
        ).href;
  const code = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(code, { eval: true, resourceLimits });
}

/**
 * Starts a pool of parse workers (lazily: a worker starts when a file waits for it). Waiting files go to an idle
 * worker in batches (see BATCH_FILES) and come back one by one. A file that parses past its deadline, or whose
 * worker dies, resolves as a failure with a message, its worker is replaced, and the rest of its batch waits again;
 * the others go on.
 * @example
 * const pool = startParsePool();
 * const parsed = await pool.parse(bytes, file);
 * await pool.close();
 */
export function startParsePool(options: ParsePoolOptions = {}): ParsePool {
  const size = Math.max(0, options.size ?? availableParallelism());
  const deadlineMs = options.deadlineMs ?? parseDeadlineMs;
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let closed = false;
  let broken = size === 0;

  // The deadline of the file a worker is parsing now (the first of its batch), counted from now.
  const arm = (slot: Slot): void => {
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
    const current = slot.batch[0];
    if (current === undefined) return;
    const limit = deadlineMs(current.job.bytes.byteLength);
    slot.timer = setTimeout(() => {
      slot.timer = null;
      fail(slot, PARSE_TIMED_OUT(limit / 1000));
    }, limit);
  };

  // The file being parsed fails; the rest of the batch waits for another worker; this one is replaced.
  const fail = (slot: Slot, message: string): void => {
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
    const [current, ...rest] = slot.batch;
    slot.batch = [];
    queue.unshift(...rest);
    void slot.worker.terminate();
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
    current?.resolve({ ok: false, message });
    dispatch();
  };

  const spawn = (): Slot => {
    const worker = startWorker();
    const slot: Slot = { worker, ready: false, batch: [], timer: null };
    worker.on('message', (message: 'ready' | ParseResult) => {
      if (message === 'ready') {
        slot.ready = true;
      } else if (slot.batch[0]?.job.id === message.id) {
        const done = slot.batch.shift();
        arm(slot);
        done?.resolve(message.result);
      }
      dispatch();
    });
    worker.on('error', (error) => {
      if (!slots.includes(slot)) return;
      if (!slot.ready) {
        // Workers cannot start here: parse in this thread instead (without a deadline) rather than not at all.
        broken = true;
        fail(slot, PARSE_WORKER_FAILED(error.message));
        return;
      }
      fail(slot, PARSE_WORKER_FAILED(error.message));
    });
    worker.on('exit', () => {
      if (slots.includes(slot) && slot.batch.length > 0) fail(slot, PARSE_WORKER_FAILED('the parser stopped'));
    });
    slots.push(slot);
    return slot;
  };

  // The next batch for an idle worker: a fair share of the waiting files, within BATCH_FILES and BATCH_BYTES.
  const takeBatch = (): Pending[] => {
    const idle = Math.max(1, slots.filter((s) => s.batch.length === 0).length);
    const share = Math.min(BATCH_FILES, Math.ceil(queue.length / idle));
    const batch: Pending[] = [];
    let bytes = 0;
    while (batch.length < share && queue.length > 0) {
      const next = queue[0];
      if (next === undefined || (batch.length > 0 && bytes + next.job.bytes.byteLength > BATCH_BYTES)) break;
      queue.shift();
      batch.push(next);
      bytes += next.job.bytes.byteLength;
    }
    return batch;
  };

  const dispatch = (): void => {
    if (closed) return;
    if (broken) {
      for (const pending of queue.splice(0))
        pending.resolve(parseFile(pending.job.bytes, pending.job.file, pending.job.options));
      return;
    }
    while (queue.length > 0) {
      const slot = slots.find((s) => s.ready && s.batch.length === 0);
      if (slot === undefined) {
        if (slots.length < size && slots.filter((s) => !s.ready).length < queue.length) {
          spawn();
          continue;
        }
        return;
      }
      slot.batch = takeBatch();
      const jobs: ParseBatch = slot.batch.map((p) => p.job);
      arm(slot);
      // Copied, not moved (a copy of the bytes costs little beside their parse): should this worker fail, the rest of
      // the batch goes to another one with its bytes.
      slot.worker.postMessage(jobs);
    }
  };

  let nextId = 1;
  return {
    parse(bytes, file, options) {
      if (closed) return Promise.reject(new Error('the parse pool is closed'));
      return new Promise<ParsedFile>((resolve) => {
        queue.push({ job: { id: nextId++, file, bytes, ...(options === undefined ? {} : { options }) }, resolve });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const slot of slots) if (slot.timer !== null) clearTimeout(slot.timer);
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
      slots.length = 0;
    },
  };
}
