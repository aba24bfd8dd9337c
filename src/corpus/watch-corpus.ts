import { type FSWatcher, watch } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Corpus, isDeferred, type LoadOptions, loadCorpus } from './load-corpus.js';

/** Options of {@link watchCorpus}. */
export interface WatchOptions {
  /** Quiet time after a file event before the folder is read again (default 300 ms). */
  debounceMs?: number;
  /** A full rescan this often, for file systems where fs.watch misses events (default 10 s; 0 for none). */
  rescanMs?: number;
  /** Parse options of each reload (workers, deadlines). */
  load?: Omit<LoadOptions, 'known' | 'seen'>;
  /**
   * Parse options of the reload that reads the incident records a load deferred (see
   * {@link LoadOptions.deferIncidentsOver}): its workers and its progress, say. Default: those of `load`.
   */
  complete?: Omit<LoadOptions, 'known' | 'seen'>;
  /** A reload that failed as a whole (the folder vanished, …); the previous corpus keeps serving. */
  onError?: (error: unknown) => void;
}

/** A running watch: {@link CorpusWatch.close} stops it; {@link CorpusWatch.check} looks at once. */
export interface CorpusWatch {
  close(): void;
  /** Looks for changes now; resolves once any reload it started is done (and onChange was called). */
  check(): Promise<void>;
}

/**
 * Watches a data folder and calls `onChange` with the whole new corpus whenever `.txt` files are added, changed or
 * removed: fs.watch events (debounced), plus a periodic rescan as a fallback. Only new or changed files are parsed
 * (the previous load's results are reused by content hash); a bad file becomes an error in the new corpus, the
 * others keep loading. Reloads never overlap. Files whose incident records the load deferred are parsed again in full
 * at the first check (call {@link CorpusWatch.check} at once to start it), and the corpus is then handed on even
 * when no file changed.
 * @example
 * const watcher = watchCorpus('data', corpus, (next) => live.swap(buildAnswerDeps(next.reports)));
 */
export function watchCorpus(
  dir: string,
  initial: Corpus,
  onChange: (corpus: Corpus) => void,
  options: WatchOptions = {},
): CorpusWatch {
  const debounceMs = options.debounceMs ?? 300;
  const rescanMs = options.rescanMs ?? 10_000;
  let corpus = initial;
  let signature = describeEntries(initial);
  let closed = false;
  let running: Promise<void> | null = null;
  let again = false;
  let timer: NodeJS.Timeout | null = null;

  const reload = async (): Promise<void> => {
    const now = await folderSignature(dir);
    const deferred = corpus.entries.some((e) => isDeferred(e.result));
    if ((now === signature && !deferred) || closed) return;
    const entries = corpus.entries.filter((e) => e.hash !== '' && !isDeferred(e.result));
    const known = new Map(entries.map((e) => [e.hash, e.result]));
    // Files whose size and modification time did not change are not read again.
    const seen = new Map(entries.map((e) => [e.file, e]));
    // Files parsed without their incident records are parsed again for those only, added to what was parsed.
    const partial = new Map(
      corpus.entries.filter((e) => e.hash !== '' && isDeferred(e.result)).map((e) => [e.hash, e.result]),
    );
    const load = deferred ? { ...(options.complete ?? options.load), deferred: partial } : options.load;
    const next = await loadCorpus(dir, { ...load, known, seen });
    if (closed) return;
    signature = describeEntries(next);
    const same = sameFiles(corpus, next);
    corpus = next;
    if (!same || deferred) onChange(next);
  };

  const check = (): Promise<void> => {
    if (running !== null) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await reload();
        } catch (error) {
          options.onError?.(error);
        }
      } while (again && !closed);
      running = null;
    })();
    return running;
  };

  const schedule = (): void => {
    if (closed) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void check();
    }, debounceMs);
  };

  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(dir, { recursive: true }, (_event, name) => {
      if (name === null || String(name).toLowerCase().endsWith('.txt') || !path.extname(String(name))) schedule();
    });
    watcher.on('error', (error) => options.onError?.(error));
  } catch (error) {
    // No fs.watch here (some network and container file systems): the periodic rescan still picks changes up.
    options.onError?.(error);
  }
  const interval = rescanMs > 0 ? setInterval(() => void check(), rescanMs) : null;
  interval?.unref();

  return {
    close() {
      closed = true;
      watcher?.close();
      if (timer !== null) clearTimeout(timer);
      if (interval !== null) clearInterval(interval);
    },
    check,
  };
}

// What the folder holds, cheaply: each .txt file with its size and modification time (a stat, no read).
async function folderSignature(dir: string): Promise<string> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.txt'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
  const parts = await Promise.all(
    files.map(async (file) => {
      try {
        const info = await stat(file);
        return `${file}\t${info.size}\t${info.mtimeMs}`;
      } catch {
        return `${file}\t0\t0`;
      }
    }),
  );
  return parts.join('\n');
}

// The same format as folderSignature, from what a load saw.
function describeEntries(corpus: Corpus): string {
  return corpus.entries.map((e) => `${e.file}\t${e.size}\t${e.mtimeMs}`).join('\n');
}

// Whether two loads read the same files with the same content (a touched file, or a rename back and forth, is no change).
function sameFiles(a: Corpus, b: Corpus): boolean {
  if (a.entries.length !== b.entries.length) return false;
  return a.entries.every((e, i) => e.file === b.entries[i]?.file && e.hash === b.entries[i]?.hash && e.hash !== '');
}
