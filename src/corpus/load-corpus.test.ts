import { copyFile, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addIncidents, countDeferred, loadCorpus } from './load-corpus.js';
import { FILE_REFUSED_TOO_LARGE, PARSE_TIMED_OUT } from './messages.js';

const SEED = fileURLToPath(new URL('../../data/crt-2011-kazakhstan.txt', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../../test/fixtures/crt/crt-2006-greece-refworld-new.txt', import.meta.url));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'load-corpus-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadCorpus', () => {
  it('parses every chapter in worker threads and names each file it read', async () => {
    await copyFile(SEED, path.join(dir, 'a.txt'));
    await copyFile(FIXTURE, path.join(dir, 'b.txt'));
    const corpus = await loadCorpus(dir);
    expect(corpus.errors).toEqual([]);
    expect(corpus.reports.map((r) => r.id)).toEqual(['crt-2011-kazakhstan', 'crt-2006-greece']);
    expect(corpus.reports.map((r) => r.file)).toEqual([path.join(dir, 'a.txt'), path.join(dir, 'b.txt')]);
    expect(corpus.parsed).toBe(2);
  });

  it('reuses known parse results by content hash, under each file’s own name', async () => {
    await copyFile(SEED, path.join(dir, 'a.txt'));
    const first = await loadCorpus(dir);
    await copyFile(SEED, path.join(dir, 'b.txt'));
    const known = new Map(first.entries.map((e) => [e.hash, e.result]));
    const second = await loadCorpus(dir, { known });
    expect(second.parsed).toBe(0);
    // The copy is parsed from the known result under its own name, then dropped as a duplicate chapter.
    expect(second.reports.map((r) => r.file)).toEqual([path.join(dir, 'a.txt')]);
    expect(second.duplicates?.map((d) => [d.file, d.keptFile])).toEqual([
      [path.join(dir, 'b.txt'), path.join(dir, 'a.txt')],
    ]);
  });

  describe('one file never holds the rest up', () => {
    it('stops a file that parses past its deadline, reports it, and loads the others', async () => {
      await copyFile(SEED, path.join(dir, 'a.txt'));
      await copyFile(FIXTURE, path.join(dir, 'b.txt'));
      // A long file of repeated dates: given a deadline far below what its parse takes.
      const lines = Array.from({ length: 20_000 }, (_, i) => `On July ${(i % 28) + 1}, 2011, on October 31, 2011.`);
      const slow = `Country Reports on Terrorism 2011 - Kazakhstan\n\nOverview: ${lines.join(' ')}\n`;
      await writeFile(path.join(dir, 'slow.txt'), slow);
      const slowBytes = Buffer.byteLength(slow);
      const corpus = await loadCorpus(dir, {
        pool: { deadlineMs: (bytes) => (bytes === slowBytes ? 0 : 60_000) },
      });
      expect(corpus.errors).toEqual([{ file: path.join(dir, 'slow.txt'), message: PARSE_TIMED_OUT(0) }]);
      expect(corpus.reports.map((r) => r.id)).toEqual(['crt-2011-kazakhstan', 'crt-2006-greece']);
    });

    it('refuses a file over 50 MB before reading it', async () => {
      await copyFile(SEED, path.join(dir, 'a.txt'));
      // A sparse file: 60 MB long, nothing written, so the test writes no 60 MB.
      const handle = await open(path.join(dir, 'huge.txt'), 'w');
      await handle.truncate(60 * 1_048_576);
      await handle.close();
      const corpus = await loadCorpus(dir);
      expect(corpus.errors).toEqual([{ file: path.join(dir, 'huge.txt'), message: FILE_REFUSED_TOO_LARGE(60, 50) }]);
      expect(corpus.reports.map((r) => r.id)).toEqual(['crt-2011-kazakhstan']);
    });
  });

  it('parses without incident records only a load with more to parse than deferIncidentsOver, passages unchanged', async () => {
    await copyFile(SEED, path.join(dir, 'a.txt'));
    await copyFile(FIXTURE, path.join(dir, 'b.txt'));
    const full = await loadCorpus(dir, { pool: { size: 0 } });
    const small = await loadCorpus(dir, { pool: { size: 0 }, deferIncidentsOver: 10 * 1_048_576 });
    expect(countDeferred(small)).toBe(0);
    expect(small.reports).toEqual(full.reports);
    // In this thread (as a cold start parses: a chapter without its records parses in about a millisecond).
    const deferred = await loadCorpus(dir, { deferIncidentsOver: 0 });
    expect(countDeferred(deferred)).toBe(2);
    expect(deferred.entries.map((e) => e.result.ok && e.result.incidentsDeferred)).toEqual([true, true]);
    expect(deferred.reports.map((r) => r.incidents.length)).toEqual([0, 0]);
    expect(full.reports[0]?.incidents.length).toBeGreaterThan(10);
    expect(deferred.reports.map((r) => r.sections)).toEqual(full.reports.map((r) => r.sections));
  });

  it('adds the incident records parsed in a worker to results parsed without them, as a full parse gives', async () => {
    await copyFile(SEED, path.join(dir, 'a.txt'));
    await copyFile(FIXTURE, path.join(dir, 'b.txt'));
    const full = await loadCorpus(dir, { pool: { size: 0 } });
    const first = await loadCorpus(dir, { pool: { size: 0 }, deferIncidentsOver: 0 });
    const deferred = new Map(first.entries.map((e) => [e.hash, e.result]));
    const completed = await loadCorpus(dir, { pool: { size: 1 }, deferred });
    expect(completed.reports).toEqual(full.reports);
    expect(countDeferred(completed)).toBe(0);
    // Results that do not line up (another chapter's) are not merged: null, and the file is parsed in full.
    const [a, b] = first.entries.map((e) => e.result);
    expect(a !== undefined && b !== undefined && addIncidents(a, b)).toBeNull();
  });

  it('gives the event loop a turn between files, so a load in a running app lets it answer meanwhile', async () => {
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f']) await copyFile(SEED, path.join(dir, `${name}.txt`));
    let turns = 0;
    let loading = true;
    const count = () => {
      turns += 1;
      if (loading) setImmediate(count);
    };
    setImmediate(count);
    const corpus = await loadCorpus(dir, { keepDuplicates: true });
    loading = false;
    expect(corpus.reports).toHaveLength(6);
    expect(turns).toBeGreaterThanOrEqual(6);
  });
});
