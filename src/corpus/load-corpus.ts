import { createHash } from 'node:crypto';
import { readFileSync, type Stats, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { findDuplicateChapters } from '../report/find-duplicate-chapters.js';
import { renameReport } from '../report/rename-report.js';
import type { Report } from '../report/types.js';
import {
  DUPLICATE_CHAPTER,
  FILE_NOT_FOUND,
  FILE_REFUSED_TOO_LARGE,
  FOLDER_NOT_FOUND,
  IS_A_FOLDER,
  NO_TEXT_FILES,
  NOT_A_FILE,
  NOT_A_FOLDER,
  PERMISSION_DENIED,
} from './messages.js';
import { describeParseError } from './describe-parse-error.js';
import type { ParseFileOptions, ParsedFile } from './parse-file.js';
import type { ParsePoolOptions, startParsePool } from './parse-pool.js';

/** A file that could not be read as a chapter, and why, in words a person can act on. */
export interface CorpusError {
  file: string;
  message: string;
}

/** What one file gave: its content hash (the cache key) and its parse result. */
export interface FileEntry {
  file: string;
  /** SHA-1 of the bytes, hex; '' when the file was not read (refused, missing). */
  hash: string;
  /** Size and modification time when read (0 when the stat failed): how a watcher tells the file changed. */
  size: number;
  mtimeMs: number;
  result: ParsedFile;
}

/** A second copy of a chapter (same country and year, mostly the same text), not loaded; the richer copy is. */
export interface DuplicateChapter {
  /** The copy dropped. */
  file: string;
  /** The copy kept. */
  keptFile: string;
  country: string;
  year: number | null;
  /** The log line that says which was dropped. */
  message: string;
}

export interface Corpus {
  reports: Report[];
  /** Copies of a chapter already loaded from another file (see {@link DuplicateChapter}). */
  duplicates?: DuplicateChapter[];
  errors: CorpusError[];
  warnings: Array<{ file: string; message: string }>;
  /** How many files were read. */
  files: number;
  /** Each file's result, in file order: what the cache persists and a reload reuses. */
  entries: FileEntry[];
  /** How many files were parsed (the others came from `known`). */
  parsed: number;
  /** The folder itself is missing (or is a file): a setting to fix, not a file to skip. */
  missingFolder?: boolean;
  /**
   * The copies dropped, as positions in the reports before they were dropped: [dropped, kept]. What the cache keeps
   * so that a start with the same files need not compare the chapters' text again.
   */
  duplicatePositions?: Array<[number, number]>;
}

/** What a load decided about copies of chapters, for the same files (in order, by content hash). */
export interface DuplicateDecision {
  files: ReadonlyArray<Pick<FileEntry, 'file' | 'hash'>>;
  positions: ReadonlyArray<readonly [number, number]>;
}

export interface LoadOptions {
  /** Called after each file when there are many, to show progress (`loaded 120/3000 files`). */
  onProgress?: (done: number, total: number) => void;
  /** Parse results already known, by content hash (a cache, or the previous load): those files are not parsed. */
  known?: ReadonlyMap<string, ParsedFile>;
  /**
   * What an earlier load saw of each file, by name: a file whose size and modification time are unchanged is taken to
   * hold the same bytes (its content hash is reused, the file is not read), as `git status` and `make` do.
   */
  seen?: ReadonlyMap<string, Pick<FileEntry, 'hash' | 'size' | 'mtimeMs'>>;
  /** Workers and deadlines of the parse (see {@link startParsePool}). */
  pool?: ParsePoolOptions;

  /**
   * Keep both copies of a chapter loaded twice (`reportdesk parse` and `eval-incidents` show what each named file
   * holds); by default the poorer copy is dropped so no question is answered twice.
   */
  keepDuplicates?: boolean;
  /** What an earlier load decided about copies: reused when the files and their content are the same. */
  decided?: DuplicateDecision;
  /**
   * When this load has more than this many bytes to parse, the files are parsed without their incident records
   * (about a fifth of the work): the app answers from the passages in seconds, and a second load (the watcher's,
   * see watch-corpus.ts) reads the records in full afterwards. Absent: every file is parsed in full.
   */
  deferIncidentsOver?: number;
  /**
   * Results parsed without their incident records, by content hash (a load that deferred them): such a file is parsed
   * again for its incident records only (a worker sends back a fraction of the chapter), which are added to it.
   */
  deferred?: ReadonlyMap<string, ParsedFile>;
}

/**
 * What the app passes as {@link LoadOptions.deferIncidentsOver}: a start with more than this to parse (about 200
 * chapters) answers from the passages first and reads the incident records afterwards.
 */
export const DEFER_INCIDENTS_OVER_BYTES = 4 * 1_048_576;

/**
 * The parse workers of a load that runs while the app answers (the incident records read after a cold start): one
 * core is left to the answers.
 */
export function backgroundPool(): ParsePoolOptions {
  return { size: Math.max(1, availableParallelism() - 1) };
}

/** Files larger than this are refused before they are read (the longest chapters are well under 1 MB). */
export const MAX_FILE_MB = 50;
const MAX_FILE_BYTES = MAX_FILE_MB * 1_048_576;
// Every pass of the parser is linear, so a file this small parses in well under a second whatever it holds: when a
// load has little to parse, such a file is parsed here rather than in a worker, whose start costs more than the
// parse (about a second from TypeScript sources). Larger files always go to the workers and their deadline.
const IN_THREAD_MAX_BYTES = 256 * 1024;
// A load with more than this to parse (a cold start, a folder of new chapters) parses every file in the workers, one
// per core, so that it uses the machine's cores: about a second of parsing, the start of a worker from TypeScript.
// Only while a core is idle (the load average a core below their number): on a machine already busy, workers cost
// more than they give (measured on a shared 2-core machine at load 8-15: the series took about 1.5 times the CPU and
// longer in 2 workers than in one thread), so the load parses in this thread as before.
const POOL_MIN_BYTES = 4 * 1_048_576;
// Files read ahead of the parsers: enough to keep every worker's batch full, few enough to keep memory flat.
const READ_AHEAD = 8;
const POOL_READ_AHEAD = 64;
const POOL_READ_AHEAD_BYTES = 32 * 1_048_576;

/** Whether a file's result still lacks its incident records (see {@link ParsedFile}). */
export function isDeferred(result: ParsedFile): boolean {
  return result.ok && result.incidentsDeferred === true;
}

/**
 * A file's full result from its parse without incident records and a parse of the same bytes with `incidentsOnly`:
 * the reports of the first with the incident records of the second. Null when the two do not line up (they always
 * do for the same bytes and code): the caller then parses the file in full.
 * @example addIncidents(deferred, onlyIncidents)?.reports[0]?.incidents.length; //=> 13
 */
export function addIncidents(deferred: ParsedFile, only: ParsedFile): ParsedFile | null {
  if (!only.ok) return only;
  if (!deferred.ok || deferred.reports.length !== only.reports.length) return null;
  const reports: Report[] = [];
  for (const [i, report] of deferred.reports.entries()) {
    const found = only.reports[i];
    if (found === undefined || found.id !== report.id) return null;
    reports.push({ ...report, incidents: found.incidents });
  }
  return { ok: true, reports, warnings: deferred.warnings };
}

/**
 * How many files of a load were parsed without their incident records (see {@link LoadOptions.deferIncidentsOver});
 * 0 once a load has read them in full.
 * @example countDeferred(await loadCorpus('data', { deferIncidentsOver: 0 })); //=> 1
 */
export function countDeferred(corpus: Pick<Corpus, 'entries'>): number {
  return corpus.entries.reduce((n, entry) => n + (isDeferred(entry.result) ? 1 : 0), 0);
}

/**
 * Reads every `.txt` file under a folder (recursively) as chapters of the series. A file that cannot be read or
 * parsed becomes an error naming it; the other files still load.
 */
export async function loadCorpus(dir: string | readonly string[], options: LoadOptions = {}): Promise<Corpus> {
  const dirs = typeof dir === 'string' ? [dir] : dir;
  const files: string[] = [];
  const errors: CorpusError[] = [];
  let missingFolder = false;
  for (const folder of dirs) {
    try {
      const found = await listTextFiles(folder);
      if (found.length === 0) errors.push({ file: folder, message: NO_TEXT_FILES(folder) });
      files.push(...found);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
      errors.push({ file: folder, message: code === 'ENOENT' ? FOLDER_NOT_FOUND(folder) : NOT_A_FOLDER(folder) });
      missingFolder = true;
    }
  }
  if (missingFolder && files.length === 0)
    return { reports: [], errors, warnings: [], files: 0, entries: [], parsed: 0, missingFolder: true };
  const corpus = await loadFiles(files, options);
  corpus.errors.push(...errors);
  return corpus;
}

/**
 * Reads the named files as chapters; each failure is an error naming the file. Files are parsed in worker threads
 * with a deadline proportional to their size, so one pathological file is stopped and reported while the rest load;
 * a file over {@link MAX_FILE_MB} MB is refused before it is read.
 */
export async function loadFiles(files: readonly string[], options: LoadOptions = {}): Promise<Corpus> {
  const entries: FileEntry[] = new Array(files.length);
  // What the load will parse: the files an earlier load did not see with this size and modification time.
  // Read with the synchronous calls: a chapter is read in well under a millisecond, and the promise calls cost three
  // to four times the CPU here (3,300 chapters stat'ed and read: 0.13-0.33 s against 0.55-1.37 s).
  const infos = files.map((file) => {
    try {
      return statSync(file);
    } catch {
      return null;
    }
  });
  const toParse = infos.reduce((sum, info, i) => {
    if (info === null || !info.isFile() || info.size > MAX_FILE_BYTES) return sum;
    const before = options.seen?.get(files[i] as string);
    const unchanged = before !== undefined && before.size === info.size && before.mtimeMs === info.mtimeMs;
    return unchanged && before.hash !== '' && options.known?.has(before.hash) ? sum : sum + info.size;
  }, 0);
  const idleCores = availableParallelism() - (loadavg()[0] ?? 0);
  const defer = options.deferIncidentsOver !== undefined && toParse > options.deferIncidentsOver;
  const parseOptions = defer ? { incidents: false } : {};
  // Without incident records a chapter parses in about a millisecond: a worker's start would cost more than it gives.
  const allInPool = options.pool !== undefined || (!defer && toParse > POOL_MIN_BYTES && idleCores >= 1);
  // The parser and its pool are imported when a file is to be parsed: a start from the cache parses nothing, and the
  // parser's modules (report/, date-fns' parse) were a tenth of its module loading.
  let pool: Promise<ReturnType<typeof startParsePool>> | null = null;
  let parsed = 0;
  let done = 0;
  let next = 0;
  // Bytes read and not parsed yet: past POOL_READ_AHEAD_BYTES, a reader waits (one file at least is always read).
  let inFlight = 0;
  const waiting: Array<() => void> = [];
  const admit = async (bytes: number): Promise<void> => {
    while (inFlight > 0 && inFlight + bytes > POOL_READ_AHEAD_BYTES) await new Promise<void>((r) => waiting.push(r));
    inFlight += bytes;
  };
  const release = (bytes: number): void => {
    inFlight -= bytes;
    for (const wake of waiting.splice(0)) wake();
  };
  // One parse in this thread a turn of the event loop, whichever reader asks: files are read synchronously and such a
  // parse resolves at once, so without turns a load in a running app would hold the loop until its last file.
  let lastTurn = Promise.resolve();
  const takeTurn = (): Promise<void> => {
    lastTurn = lastTurn.then(() => new Promise<void>((resolve) => setImmediate(resolve)));
    return lastTurn;
  };
  const work = async (): Promise<void> => {
    for (let i = next++; i < files.length; i = next++) {
      const file = files[i] as string;
      const size = infos[i]?.size ?? 0;
      await admit(size);
      try {
        const parse = (bytes: Uint8Array, how: ParseFileOptions = parseOptions): Promise<ParsedFile> => {
          if (!allInPool && bytes.byteLength <= IN_THREAD_MAX_BYTES)
            return takeTurn()
              .then(() => import('./parse-file.js'))
              .then(({ parseFile }) => parseFile(bytes, file, how));
          pool ??= import('./parse-pool.js').then(({ startParsePool }) => startParsePool(options.pool));
          return pool.then((started) => started.parse(bytes, file, how));
        };
        entries[i] = await loadFile(file, infos[i] ?? null, options, async (bytes, hash) => {
          parsed += 1;
          const partial = options.deferred?.get(hash);
          if (partial === undefined) return parse(bytes);
          return addIncidents(partial, await parse(bytes, { incidentsOnly: true })) ?? parse(bytes, {});
        });
      } finally {
        release(size);
      }
      done += 1;
      options.onProgress?.(done, files.length);
    }
  };
  try {
    const readers = Math.min(allInPool ? POOL_READ_AHEAD : READ_AHEAD, files.length);
    await Promise.all(Array.from({ length: readers }, work));
  } finally {
    await (await (pool as Promise<ReturnType<typeof startParsePool>> | null))?.close();
  }
  const decided = options.decided;
  const same =
    decided !== undefined &&
    decided.files.length === entries.length &&
    decided.files.every((f, i) => f.file === entries[i]?.file && f.hash === entries[i]?.hash && f.hash !== '');
  return { ...assembleCorpus(entries, options.keepDuplicates, same ? decided.positions : undefined), parsed };
}

/**
 * The corpus that file results make: reports in file order, duplicate report ids suffixed (`-2`), errors and
 * warnings naming their files.
 */
export function assembleCorpus(
  entries: readonly FileEntry[],
  keepDuplicates = false,
  knownDuplicates?: ReadonlyArray<readonly [number, number]>,
): Omit<Corpus, 'parsed'> {
  const corpus: Omit<Corpus, 'parsed'> = {
    reports: [],
    errors: [],
    warnings: [],
    files: entries.length,
    entries: [...entries],
  };
  const ids = new Map<string, number>();
  for (const { file, result } of entries) {
    if (!result.ok) {
      corpus.errors.push({ file, message: result.message });
      continue;
    }
    for (const message of result.warnings) corpus.warnings.push({ file, message });
    for (const report of result.reports) {
      const seen = ids.get(report.id) ?? 0;
      ids.set(report.id, seen + 1);
      corpus.reports.push(seen === 0 ? report : renameReport(report, `${report.id}-${seen + 1}`));
    }
  }
  if (keepDuplicates) return corpus;
  // Two copies of one chapter (Refworld and state.gov) would answer every question twice: the richer stays.
  const all = corpus.reports;
  const { reports, duplicates } =
    knownDuplicates === undefined ? findDuplicateChapters(all) : applyDuplicates(all, knownDuplicates);
  const position = new Map(all.map((r, i) => [r, i]));
  corpus.duplicatePositions = duplicates.map(({ dropped, kept }) => [
    position.get(dropped) ?? -1,
    position.get(kept) ?? -1,
  ]);
  corpus.reports = reports;
  corpus.duplicates = duplicates.map(({ dropped, kept }) => ({
    file: dropped.file,
    keptFile: kept.file,
    country: kept.country,
    year: kept.year,
    message: DUPLICATE_CHAPTER(dropped.file, kept.file, `${kept.country} ${kept.year ?? ''}`.trim()),
  }));
  return corpus;
}

// The copies an earlier load found among the very same reports (positions from {@link Corpus.duplicatePositions}).
function applyDuplicates(
  all: readonly Report[],
  positions: ReadonlyArray<readonly [number, number]>,
): ReturnType<typeof findDuplicateChapters> {
  const duplicates = positions.flatMap(([d, k]) => {
    const dropped = all[d];
    const kept = all[k];
    return dropped === undefined || kept === undefined ? [] : [{ dropped, kept }];
  });
  const gone = new Set(duplicates.map((p) => p.dropped));
  return { reports: all.filter((r) => !gone.has(r)), duplicates };
}

async function loadFile(
  file: string,
  stated: Stats | null,
  options: Pick<LoadOptions, 'known' | 'seen'>,
  parse: (bytes: Uint8Array, hash: string) => Promise<ParsedFile>,
): Promise<FileEntry> {
  const known = options.known;
  const before = options.seen?.get(file);
  let bytes: Uint8Array;
  const seen = { file, hash: '', size: 0, mtimeMs: 0 };
  try {
    // The stat of the load's first look at the files, or (when that failed) a second one that says why.
    const info = stated ?? statSync(file);
    seen.size = info.size;
    seen.mtimeMs = info.mtimeMs;
    if (!info.isFile()) return { ...seen, result: { ok: false, message: NOT_A_FILE } };
    if (info.size > MAX_FILE_BYTES) {
      const megabytes = Math.round(info.size / 1_048_576);
      return { ...seen, result: { ok: false, message: FILE_REFUSED_TOO_LARGE(megabytes, MAX_FILE_MB) } };
    }
    const unchanged = before !== undefined && before.size === info.size && before.mtimeMs === info.mtimeMs;
    const cached = unchanged && before.hash !== '' ? known?.get(before.hash) : undefined;
    if (cached !== undefined) return { ...seen, hash: before?.hash ?? '', result: withFile(cached, file) };
    bytes = readFileSync(file);
  } catch (error) {
    return { ...seen, result: { ok: false, message: describeReadError(error) } };
  }
  const hash = createHash('sha1').update(bytes).digest('hex');
  const cached = known?.get(hash);
  if (cached !== undefined) return { ...seen, hash, result: withFile(cached, file) };
  return { ...seen, hash, result: await parse(bytes, hash) };
}

// The same bytes under another name (a copy, a rename) parse the same but for the file they name.
function withFile(result: ParsedFile, file: string): ParsedFile {
  if (!result.ok || result.reports.every((report) => report.file === file)) return result;
  return { ...result, reports: result.reports.map((report) => ({ ...report, file })) };
}

async function listTextFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.txt'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return FILE_NOT_FOUND;
  if (code === 'EACCES') return PERMISSION_DENIED;
  if (code === 'EISDIR') return IS_A_FOLDER;
  return describeParseError(error);
}
