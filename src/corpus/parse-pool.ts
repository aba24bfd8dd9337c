import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PARSE_TIMED_OUT, PARSE_WORKER_FAILED } from './messages.js';
import { type ParsedFile, parseFile } from './parse-file.js';
import type { ParseJob } from './parse-worker.js';

/** Options of {@link startParsePool}. */
export interface ParsePoolOptions {
  /** How many worker threads at most (default: the machine's cores); 0 parses in the calling thread, with no deadline. */
  size?: number;
  /** How long a file of this many bytes may parse before it is stopped (default {@link parseDeadlineMs}). */
  deadlineMs?: (bytes: number) => number;
}

/** Parses files in worker threads, each with a deadline; {@link ParsePool.close} stops the workers. */
export interface ParsePool {
  parse(bytes: Uint8Array, file: string): Promise<ParsedFile>;
  close(): Promise<void>;
}

// A real chapter (≤ 1 MB) parses in well under a second even on a busy machine; a file that takes more than
// 5 s + 10 s per MB is pathological (a 1 MB file of repeated dates parsed for minutes before the step was bounded).
const BASE_DEADLINE_MS = 5_000;
const DEADLINE_MS_PER_MB = 10_000;
// A pathological file may also try to take all the memory: a worker is stopped past this heap.
const WORKER_HEAP_MB = 1_024;

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
  current: Pending | null;
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
 * Starts a pool of parse workers (lazily: a worker starts when a file waits for it). A file that parses past its
 * deadline, or whose worker dies, resolves as a failure with a message, and its worker is replaced; the others go on.
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

  const finish = (slot: Slot, result: ParsedFile): void => {
    const pending = slot.current;
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
    slot.current = null;
    pending?.resolve(result);
  };

  const replace = (slot: Slot): void => {
    void slot.worker.terminate();
    const index = slots.indexOf(slot);
    if (index >= 0) slots.splice(index, 1);
    dispatch();
  };

  const spawn = (): Slot => {
    const worker = startWorker();
    const slot: Slot = { worker, ready: false, current: null, timer: null };
    worker.on('message', (message: 'ready' | { id: number; result: ParsedFile }) => {
      if (message === 'ready') {
        slot.ready = true;
      } else if (slot.current !== null && slot.current.job.id === message.id) {
        finish(slot, message.result);
      }
      dispatch();
    });
    worker.on('error', (error) => {
      if (!slot.ready) {
        // Workers cannot start here: parse in this thread instead (without a deadline) rather than not at all.
        broken = true;
        replace(slot);
        return;
      }
      finish(slot, { ok: false, message: PARSE_WORKER_FAILED(error.message) });
      replace(slot);
    });
    worker.on('exit', () => {
      if (slot.current !== null && slots.includes(slot)) {
        finish(slot, { ok: false, message: PARSE_WORKER_FAILED('the parser stopped') });
        replace(slot);
      }
    });
    slots.push(slot);
    return slot;
  };

  const dispatch = (): void => {
    if (closed) return;
    if (broken) {
      for (const pending of queue.splice(0)) pending.resolve(parseFile(pending.job.bytes, pending.job.file));
      return;
    }
    while (queue.length > 0) {
      const slot = slots.find((s) => s.ready && s.current === null);
      if (slot === undefined) {
        if (slots.length < size && slots.filter((s) => !s.ready).length < queue.length) {
          spawn();
          continue;
        }
        return;
      }
      const pending = queue.shift();
      if (pending === undefined) return;
      slot.current = pending;
      const limit = deadlineMs(pending.job.bytes.byteLength);
      slot.timer = setTimeout(() => {
        finish(slot, { ok: false, message: PARSE_TIMED_OUT(limit / 1000) });
        replace(slot);
      }, limit);
      slot.worker.postMessage(pending.job, [pending.job.bytes.buffer as ArrayBuffer]);
    }
  };

  let nextId = 1;
  return {
    parse(bytes, file) {
      if (closed) return Promise.reject(new Error('the parse pool is closed'));
      // The bytes are moved to the worker: copy them when they share a buffer with other data.
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
      return new Promise<ParsedFile>((resolve) => {
        queue.push({ job: { id: nextId++, file, bytes: own }, resolve });
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
