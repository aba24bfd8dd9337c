import { type Corpus, type LoadOptions, loadCorpus } from './load-corpus.js';

/** Files above this count get a progress line on stderr while they load. */
const PROGRESS_THRESHOLD = 20;

/** Where progress lines go: stderr, or a stand-in in tests. */
export type ProgressStream = { isTTY?: boolean; write(text: string): unknown };

/** Loads every chapter under DIR (default data/) or several DIRs, with a progress line on stderr for large folders. */
export async function loadData(
  dir: string | readonly string[] = 'data',
  stream: ProgressStream = process.stderr,
): Promise<Corpus> {
  return loadCorpus(dir, progressOptions(stream));
}

/**
 * A progress line on stderr when there are many files: one line rewritten in place on a terminal
 * (`loading reports: 150/3000 files`), a line per quarter in a log.
 */
export function progressOptions(stream: ProgressStream = process.stderr, what = 'loading reports'): LoadOptions {
  return {
    onProgress: (done, total) => {
      if (total < PROGRESS_THRESHOLD) return;
      if (stream.isTTY) {
        if (done === total || done % 25 === 0) stream.write(`\r${what}: ${done}/${total} files`);
        if (done === total) stream.write('\n');
        return;
      }
      const quarter = Math.ceil(total / 4);
      if (done === total || done % quarter === 0) stream.write(`${what}: ${done}/${total} files\n`);
    },
  };
}
