import { type Corpus, type LoadOptions, loadCorpus } from '../corpus/load-corpus.js';

/** Files above this count get a progress line on stderr while they load. */
const PROGRESS_THRESHOLD = 20;

/** Loads every chapter under DIR (default data/), with a progress line on stderr for large folders. */
export async function loadData(dir = 'data'): Promise<Corpus> {
  return loadCorpus(dir, progressOptions());
}

/** A progress line on stderr (`loading reports: 150/3000 files`) when there are many files. */
export function progressOptions(): LoadOptions {
  return {
    onProgress: (done, total) => {
      if (total < PROGRESS_THRESHOLD) return;
      if (done === total || done % 50 === 0) process.stderr.write(`\rloading reports: ${done}/${total} files`);
      if (done === total) process.stderr.write('\n');
    },
  };
}
