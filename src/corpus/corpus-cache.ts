import { createHash } from 'node:crypto';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Report } from '../report/types.js';
import type { Corpus, FileEntry } from './load-corpus.js';
import { CACHE_CORRUPT, CACHE_FOREIGN } from './messages.js';

/** The cache file, beside the data: a dot-file, which the loader (it reads only `.txt`) never takes for a chapter. */
export const CACHE_FILE = '.reportdesk-cache.v8';
/** Bumped when what the cache holds changes shape. */
const CACHE_FORMAT = 1;
const MAGIC = Buffer.from('RDCACHE1');
const DIGEST_BYTES = 20;

/** What a cache holds: each file's parse result by content hash, and the reports and index of the last load. */
export interface CachedCorpus {
  version: string;
  /** The files of the last load, in order, with their content hashes. */
  files: Array<{ file: string; hash: string }>;
  entries: FileEntry[];
  /** The last load's reports (ids made unique), the very objects the stored index points at. */
  reports: Report[];
  /** The search index over `reports`, as the caller stored it (opaque here). */
  index: unknown;
}

/** A cache read: its content, or null and why not (a missing file is no problem, merely nothing). */
export type CacheRead = { cache: CachedCorpus; problem: null } | { cache: null; problem: string | null };

/**
 * The version a cache must carry to be trusted: the format number and a hash of the parser's and the index's source
 * (the modules beside this one's layer), so a cache written by other code is rebuilt, never read.
 */
export async function describeCodeVersion(): Promise<string> {
  const hash = createHash('sha1').update(String(CACHE_FORMAT));
  for (const layer of ['../report/', '../search/']) {
    const dir = fileURLToPath(new URL(layer, import.meta.url));
    const names = (await readdir(dir, { recursive: true }))
      .filter((name) => /\.(ts|js)$/.test(name) && !/\.test\.(ts|js)$/.test(name))
      .sort();
    for (const name of names) hash.update(name).update(await readFile(path.join(dir, name)));
  }
  return `${CACHE_FORMAT}:${hash.digest('hex')}`;
}

/**
 * Reads the cache file. Anything it cannot vouch for (garbage, a truncated file, a checksum that does not match, a
 * cache from another version of the code) gives no cache and a problem to log once: the caller rebuilds.
 */
export async function readCorpusCache(file: string, version: string): Promise<CacheRead> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { cache: null, problem: null };
    return { cache: null, problem: CACHE_CORRUPT(file, (error as Error).message) };
  }
  const header = MAGIC.length + DIGEST_BYTES;
  if (bytes.length < header || !bytes.subarray(0, MAGIC.length).equals(MAGIC))
    return { cache: null, problem: CACHE_CORRUPT(file, 'not a reportdesk cache') };
  const payload = bytes.subarray(header);
  const digest = createHash('sha1').update(payload).digest();
  if (!digest.equals(bytes.subarray(MAGIC.length, header)))
    return { cache: null, problem: CACHE_CORRUPT(file, 'checksum mismatch (truncated or altered)') };
  let value: unknown;
  try {
    value = deserialize(payload);
  } catch (error) {
    return { cache: null, problem: CACHE_CORRUPT(file, (error as Error).message) };
  }
  if (!isCachedCorpus(value)) return { cache: null, problem: CACHE_CORRUPT(file, 'unexpected content') };
  if (value.version !== version) return { cache: null, problem: CACHE_FOREIGN(file) };
  return { cache: value, problem: null };
}

/** Writes the cache file whole (to a temporary name, then renamed), so a reader never sees half a cache. */
export async function writeCorpusCache(file: string, version: string, corpus: Corpus, index: unknown): Promise<void> {
  const content: CachedCorpus = {
    version,
    files: corpus.entries.map((e) => ({ file: e.file, hash: e.hash })),
    entries: corpus.entries,
    reports: corpus.reports,
    index,
  };
  const payload = serialize(content);
  const digest = createHash('sha1').update(payload).digest();
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, Buffer.concat([MAGIC, digest, payload]));
  await rename(temporary, file);
}

function isCachedCorpus(value: unknown): value is CachedCorpus {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.version === 'string' && Array.isArray(v.files) && Array.isArray(v.entries) && Array.isArray(v.reports)
  );
}
