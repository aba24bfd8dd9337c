import path from 'node:path';
import type { Report } from '../report/types.js';
import { CACHE_FILE, describeCodeVersion, readCorpusCache, writeCorpusCache } from './corpus-cache.js';
import { type Corpus, countDeferred, type LoadOptions, loadCorpus } from './load-corpus.js';
import { CACHE_NOT_WRITTEN } from './messages.js';

/** How the caller builds, stores and restores its index (the corpus layer knows no search). */
export interface IndexCodec<T> {
  build(reports: Report[]): T;
  /** The index as bytes, in chunks to write back to back (made in slices, if the caller likes, so answers go on). */
  store(index: T): Uint8Array[] | Promise<Uint8Array[]>;
  /** The index from stored bytes over exactly these reports, or null when the bytes will not do. */
  restore(stored: Uint8Array, reports: Report[]): T | null;
}

/** A load through the cache. */
export interface CachedLoad<T> {
  corpus: Corpus;
  index: T;
  /** `cache`: nothing parsed, index restored; `partial`: some files parsed, index rebuilt; `cold`: no usable cache. */
  source: 'cache' | 'partial' | 'cold';
  /**
   * The bytes the index was restored from (source `cache`; a large index lies in a SharedArrayBuffer, which worker
   * threads can restore their own index from without a copy), else null.
   */
  storedIndex: Uint8Array | null;
  /**
   * Writes the cache when this load changed anything (call it once the app is ready: it takes a moment). A load whose
   * incident records were deferred writes nothing: the load that completes them does.
   */
  save(): Promise<void>;
}

export interface CachedLoadOptions extends LoadOptions {
  /** Where the cache lives (default `<dir>/.reportdesk-cache.v8`). */
  cacheFile?: string;
  /** One line for each problem with the cache (it is then rebuilt). */
  log?: (message: string) => void;
}

/**
 * Loads the data folder through the persisted cache: files whose content hash the cache knows are not parsed, and when
 * no file changed the stored index is restored instead of built. A cache that is corrupt, truncated or from another
 * version of the code is rebuilt (with one log line), never trusted.
 * @example
 * const { corpus, index, save } = await loadCachedCorpus('data', { build: buildIndex, store: storeIndexSnapshot, restore: restoreIndexSnapshot });
 */
export async function loadCachedCorpus<T>(
  dir: string,
  codec: IndexCodec<T>,
  options: CachedLoadOptions = {},
): Promise<CachedLoad<T>> {
  const { cacheFile = path.join(dir, CACHE_FILE), log = () => {}, ...load } = options;
  const version = await describeCodeVersion();
  const read = await readCorpusCache(cacheFile, version);
  if (read.problem !== null) log(read.problem);
  const cache = read.cache;
  const cached = cache?.entries.filter((e) => e.hash !== '') ?? [];
  const known = new Map(cached.map((e) => [e.hash, e.result]));
  // Files whose size and modification time the cache knows are not read again, merely stat'ed.
  const seen = new Map(cached.map((e) => [e.file, e]));
  const decided =
    cache === null || cache.duplicates === null ? undefined : { files: cache.entries, positions: cache.duplicates };
  const corpus = await loadCorpus(dir, { ...load, known, seen, ...(decided ? { decided } : {}) });
  const unchanged =
    cache !== null &&
    corpus.parsed === 0 &&
    cache.entries.length === corpus.entries.length &&
    cache.entries.every((f, i) => f.file === corpus.entries[i]?.file && f.hash === corpus.entries[i]?.hash);
  // The stored index points at the reports by position: the same files give the same reports, in the same order.
  const restored = unchanged && cache !== null ? codec.restore(cache.index, corpus.reports) : null;
  if (restored !== null && cache !== null)
    return { corpus, index: restored, source: 'cache', storedIndex: cache.index, save: async () => {} };
  const index = codec.build(corpus.reports);
  return {
    corpus,
    index,
    source: cache === null ? 'cold' : 'partial',
    storedIndex: null,
    save: async () => saveCachedCorpus(dir, corpus, await codec.store(index), { cacheFile, log }),
  };
}

/** Writes the cache for a corpus and its stored index (after a reload, say); a failure is logged, not thrown. */
export async function saveCachedCorpus(
  dir: string,
  corpus: Corpus,
  storedIndex: readonly Uint8Array[],
  options: Pick<CachedLoadOptions, 'cacheFile' | 'log'> = {},
): Promise<void> {
  const { cacheFile = path.join(dir, CACHE_FILE), log = () => {} } = options;
  // Results without their incident records are never kept: a start from them would answer without incidents.
  if (corpus.missingFolder || countDeferred(corpus) > 0) return;
  try {
    await writeCorpusCache(cacheFile, await describeCodeVersion(), corpus, storedIndex);
  } catch (error) {
    log(CACHE_NOT_WRITTEN(cacheFile, error instanceof Error ? error.message : String(error)));
  }
}
