import type { ProgressStream } from '../corpus/load-data.js';

/** Where the command line writes: the process's stdout and stderr, or strings collected by a test. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Progress lines while many files load (rewritten in place on a terminal). */
  errStream: ProgressStream;
  /** The settings the store is found by (DATABASE_URL, STORE_PATH, DATA_DIR); the process's own when absent. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** The real process's streams. */
export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    errStream: process.stderr,
  };
}
