import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Corpus, countDeferred, loadCorpus } from './load-corpus.js';
import { type CorpusWatch, watchCorpus } from './watch-corpus.js';

const SEED = fileURLToPath(new URL('../../data/crt-2011-kazakhstan.txt', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../../test/fixtures/crt/crt-2006-greece-refworld-new.txt', import.meta.url));

// Workers and their deadlines are load-corpus.test.ts's subject: here files parse in the test's thread (faster).
const IN_THREAD = { pool: { size: 0 } };

let dir: string;
let watcher: CorpusWatch | null = null;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'watch-corpus-'));
  await copyFile(SEED, path.join(dir, 'kazakhstan.txt'));
});
afterEach(async () => {
  watcher?.close();
  watcher = null;
  await rm(dir, { recursive: true, force: true });
});

describe('watchCorpus', () => {
  it('gives the new corpus when a chapter is added, parsing only the new file', async () => {
    const changes: Corpus[] = [];
    watcher = watchCorpus(dir, await loadCorpus(dir, IN_THREAD), (next) => changes.push(next), {
      rescanMs: 0,
      load: IN_THREAD,
    });
    await copyFile(FIXTURE, path.join(dir, 'greece.txt'));
    await watcher.check();
    expect(changes.map((c) => c.reports.map((r) => r.id))).toEqual([['crt-2006-greece', 'crt-2011-kazakhstan']]);
    expect(changes.map((c) => c.parsed)).toEqual([1]);
  });

  it('drops a removed chapter, and reports a bad file while the rest keeps loading', async () => {
    await copyFile(FIXTURE, path.join(dir, 'greece.txt'));
    const changes: Corpus[] = [];
    watcher = watchCorpus(dir, await loadCorpus(dir, IN_THREAD), (next) => changes.push(next), {
      rescanMs: 0,
      load: IN_THREAD,
    });
    await rm(path.join(dir, 'greece.txt'));
    await writeFile(path.join(dir, 'notes.txt'), 'shopping list: eggs, milk');
    await watcher.check();
    expect(changes.map((c) => c.reports.map((r) => r.id))).toEqual([['crt-2011-kazakhstan']]);
    expect(changes.map((c) => c.errors.map((e) => e.file))).toEqual([[path.join(dir, 'notes.txt')]]);
  });

  it('calls nothing when no file changed', async () => {
    const changes: Corpus[] = [];
    watcher = watchCorpus(dir, await loadCorpus(dir, IN_THREAD), (next) => changes.push(next), {
      rescanMs: 0,
      load: IN_THREAD,
    });
    await watcher.check();
    expect(changes).toEqual([]);
  });

  it('notices a new file by itself (fs.watch, or the rescan)', async () => {
    const initial = await loadCorpus(dir, IN_THREAD);
    const changed = new Promise<Corpus>((resolve) => {
      watcher = watchCorpus(dir, initial, resolve, { debounceMs: 50, rescanMs: 500, load: IN_THREAD });
    });
    await copyFile(FIXTURE, path.join(dir, 'greece.txt'));
    const next = await changed;
    expect(next.reports.map((r) => r.id)).toEqual(['crt-2006-greece', 'crt-2011-kazakhstan']);
  });
});

describe('watchCorpus after a load that deferred the incident records', () => {
  it('parses those files again in full at the first check and hands on the corpus, though no file changed', async () => {
    await copyFile(FIXTURE, path.join(dir, 'greece.txt'));
    const full = await loadCorpus(dir, IN_THREAD);
    const deferred = await loadCorpus(dir, { ...IN_THREAD, deferIncidentsOver: 0 });
    expect(countDeferred(deferred)).toBe(2);
    expect(deferred.reports.flatMap((r) => r.incidents)).toEqual([]);
    expect(full.reports.flatMap((r) => r.incidents).length).toBeGreaterThan(10);
    const changes: Corpus[] = [];
    const progress: number[] = [];
    watcher = watchCorpus(dir, deferred, (next) => changes.push(next), {
      rescanMs: 0,
      load: IN_THREAD,
      complete: { ...IN_THREAD, onProgress: (done) => progress.push(done) },
    });
    await watcher.check();
    expect(changes.map((c) => countDeferred(c))).toEqual([0]);
    expect(changes[0]?.reports).toEqual(full.reports);
    expect(changes[0]?.parsed).toBe(2);
    expect(progress).toEqual([1, 2]);
    await watcher.check();
    expect(changes).toHaveLength(1);
  });
});
