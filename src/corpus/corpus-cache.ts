import { createHash } from 'node:crypto';
import { open, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { crc32 } from 'node:zlib';
import type { Corpus, FileEntry } from './load-corpus.js';
import { restoreTexts, type TextTable, TextTableWriter, stripTexts } from './cache-texts.js';
import { CACHE_CORRUPT, CACHE_FOREIGN } from './messages.js';

/** The cache file, beside the data: a dot-file, which the loader (it reads only `.txt`) never takes for a chapter. */
export const CACHE_FILE = '.reportdesk-cache.v8';
/** Bumped when what the cache holds changes shape. */
const CACHE_FORMAT = 3;
const MAGIC = Buffer.from('RDCACHE2');
const DIGEST_BYTES = 4;
const ALIGN = 8;
// Files per v8 blob of parse results: each blob is serialised between two turns of the event loop.
const ENTRIES_PER_BLOB = 100;
// Bytes hashed or written per turn of the event loop when the cache is written.
const SLICE_BYTES = 8 << 20;

/** What a cache holds: each file's parse result (by content hash) and the search index of the last load. */
export interface CachedCorpus {
  version: string;
  /** The files of the last load, in order: name, content hash, size and modification time, parse result. */
  entries: FileEntry[];
  /** The search index over the last load's reports, as the caller stored it (opaque bytes here). */
  index: Uint8Array;
  /** The copies of chapters the last load dropped, as positions (see {@link Corpus.duplicatePositions}); null if unknown. */
  duplicates: Array<[number, number]> | null;
}

interface CacheHeader {
  version: string;
  /** The copies of chapters the load dropped (see {@link Corpus.duplicatePositions}). */
  duplicates: Array<[number, number]> | null;
  /** Byte ranges, from the end of the header, of the v8 blobs of entries (texts taken out), the texts and the index. */
  blobs: Array<[number, number]>;
  texts: Record<keyof TextTable, [number, number]>;
  index: [number, number];
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
 *
 * Layout: `RDCACHE2`, a 4-byte header length, the JSON header (version, where each part lies), padding to 8 bytes,
 * the parse results as v8 blobs, the index's bytes (8-byte aligned, so its typed arrays are viewed in place), and the
 * CRC-32 of everything before it.
 */
export async function readCorpusCache(file: string, version: string): Promise<CacheRead> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { cache: null, problem: null };
    return { cache: null, problem: CACHE_CORRUPT(file, (error as Error).message) };
  }
  if (bytes.length < MAGIC.length + 4 + DIGEST_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC))
    return { cache: null, problem: CACHE_CORRUPT(file, 'not a reportdesk cache') };
  const end = bytes.length - DIGEST_BYTES;
  if (checksum(bytes.subarray(0, end)) !== bytes.readUInt32LE(end))
    return { cache: null, problem: CACHE_CORRUPT(file, 'checksum mismatch (truncated or altered)') };
  try {
    const headerLength = bytes.readUInt32LE(MAGIC.length);
    const headerStart = MAGIC.length + 4;
    const header = JSON.parse(bytes.subarray(headerStart, headerStart + headerLength).toString('utf8')) as CacheHeader;
    if (typeof header.version !== 'string' || !Array.isArray(header.blobs) || !Array.isArray(header.index))
      return { cache: null, problem: CACHE_CORRUPT(file, 'unexpected content') };
    if (header.version !== version) return { cache: null, problem: CACHE_FOREIGN(file) };
    const body = align(headerStart + headerLength);
    const part = ([from, to]: [number, number]) => bytes.subarray(body + from, body + to);
    const entries: unknown[] = [];
    for (const blob of header.blobs) {
      const list = deserialize(part(blob)) as unknown;
      if (!Array.isArray(list)) return { cache: null, problem: CACHE_CORRUPT(file, 'unexpected content') };
      for (const entry of list) entries.push(entry);
    }
    if (!entries.every(isFileEntry) || typeof header.texts !== 'object')
      return { cache: null, problem: CACHE_CORRUPT(file, 'unexpected content') };
    const { latin1, latin1Ends, utf16, utf16Ends } = header.texts;
    restoreTexts(entries, {
      latin1: part(latin1),
      latin1Ends: int32View(part(latin1Ends)),
      utf16: part(utf16),
      utf16Ends: int32View(part(utf16Ends)),
    });
    const duplicates = Array.isArray(header.duplicates) ? header.duplicates : null;
    return { cache: { version, entries, index: part(header.index), duplicates }, problem: null };
  } catch (error) {
    return { cache: null, problem: CACHE_CORRUPT(file, (error as Error).message) };
  }
}

/**
 * Writes the cache file whole (to a temporary name, then renamed), so a reader never sees half a cache. The work is
 * cut into slices with a turn of the event loop between them (a blob of parse results, 8 MB hashed or written), so a
 * running app keeps answering while a cache of hundreds of megabytes is written.
 */
export async function writeCorpusCache(
  file: string,
  version: string,
  corpus: Pick<Corpus, 'entries' | 'duplicatePositions'>,
  index: readonly Uint8Array[],
): Promise<void> {
  const blobs: Uint8Array[] = [];
  const texts = new TextTableWriter();
  for (let i = 0; i < corpus.entries.length; i += ENTRIES_PER_BLOB) {
    blobs.push(serialize(stripTexts(corpus.entries.slice(i, i + ENTRIES_PER_BLOB), texts)));
    texts.flush();
    await nextTurn();
  }
  const table = texts.finish();
  const body: Uint8Array[] = [];
  let size = 0;
  // Each part starts on 8 bytes (the index's own chunks are laid out back to back, as it asks).
  const add = (chunks: readonly Uint8Array[]): [number, number] => {
    const from = size;
    for (const chunk of chunks) {
      body.push(chunk);
      size += chunk.length;
    }
    const to = size;
    const pad = align(size) - size;
    if (pad > 0) {
      body.push(new Uint8Array(pad));
      size += pad;
    }
    return [from, to];
  };
  const header: CacheHeader = {
    version,
    duplicates: corpus.duplicatePositions ?? null,
    blobs: blobs.map((blob) => add([blob])),
    texts: {
      latin1: add(table.latin1),
      latin1Ends: add([bytesOf(table.latin1Ends)]),
      utf16: add(table.utf16),
      utf16Ends: add([bytesOf(table.utf16Ends)]),
    },
    index: add(index),
  };
  const json = Buffer.from(JSON.stringify(header));
  const head = Buffer.alloc(align(MAGIC.length + 4 + json.length));
  MAGIC.copy(head);
  head.writeUInt32LE(json.length, MAGIC.length);
  json.copy(head, MAGIC.length + 4);

  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    let sum = 0;
    for (const chunk of [head, ...body]) {
      for (let at = 0; at < chunk.length; at += SLICE_BYTES) {
        const slice = chunk.subarray(at, at + SLICE_BYTES);
        sum = checksum(slice, sum);
        await handle.write(slice);
      }
    }
    const trailer = Buffer.alloc(DIGEST_BYTES);
    trailer.writeUInt32LE(sum);
    await handle.write(trailer);
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => {});
    await rm(temporary, { force: true });
    throw error;
  }
  await rename(temporary, file);
}

function isFileEntry(value: unknown): value is FileEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.file === 'string' &&
    typeof v.hash === 'string' &&
    typeof v.size === 'number' &&
    typeof v.mtimeMs === 'number' &&
    typeof v.result === 'object' &&
    v.result !== null
  );
}

// CRC-32 of the whole file (zlib's, Node 20.15 and later): a truncated or altered cache is caught for a twentieth of
// what SHA-1 cost on 265 MB (55 ms of CPU against 820 ms, measured on this machine).
function checksum(bytes: Uint8Array, previous = 0): number {
  return crc32(bytes, previous);
}

function bytesOf(array: Int32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

// A view where the bytes lie on 4 bytes (as the parts of a cache read whole do), else a copy.
function int32View(bytes: Uint8Array): Int32Array {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  return new Int32Array(aligned.buffer, aligned.byteOffset, Math.floor(aligned.length / 4));
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function align(n: number): number {
  return Math.ceil(n / ALIGN) * ALIGN;
}
