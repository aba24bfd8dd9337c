import { cp, mkdtemp, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildIndex, restoreIndexSnapshot, type SearchIndex, search, storeIndexSnapshot } from '../search/index.js';
import { CACHE_FILE, describeCodeVersion, writeCorpusCache } from './corpus-cache.js';
import { type IndexCodec, loadCachedCorpus } from './load-cached-corpus.js';
import { loadCorpus } from './load-corpus.js';
import { CACHE_CORRUPT, CACHE_FOREIGN } from './messages.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/crt', import.meta.url));
const SEED = fileURLToPath(new URL('../../data/crt-2011-kazakhstan.txt', import.meta.url));
const QUERIES = fileURLToPath(new URL('../../test/fixtures/eval/queries.json', import.meta.url));
const CODEC: IndexCodec<SearchIndex> = { build: buildIndex, store: storeIndexSnapshot, restore: restoreIndexSnapshot };
// Workers and deadlines are load-corpus.test.ts's subject: here files parse in the test's thread (faster).
const IN_THREAD = { pool: { size: 0 } };
const NOW = Date.UTC(2024, 0, 15);

let dir: string;
let lines: string[];
const options = () => ({ ...IN_THREAD, log: (line: string) => lines.push(line) });

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cached-corpus-'));
  lines = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function answers(index: SearchIndex): Promise<string[]> {
  const { queries } = JSON.parse(await readFile(QUERIES, 'utf8')) as {
    queries: Array<{ query: string; mode: 'incident' | 'ask' }>;
  };
  const extra = ['17 November', 'terrorist financing', 'kind:attack', 'country:Colombia FARC', 'since:2010', 'Athens'];
  return [...queries.map((q) => q), ...extra.map((query) => ({ query, mode: 'ask' as const }))].map(({ query, mode }) =>
    JSON.stringify(search(index, query, { mode, limit: 5, now: NOW })),
  );
}

describe('loadCachedCorpus', () => {
  it('answers from a warm start exactly as from a cold one, parsing nothing', async () => {
    await cp(FIXTURES, dir, { recursive: true });
    await copyFile(SEED, path.join(dir, 'seed.txt'));
    const cold = await loadCachedCorpus(dir, CODEC, options());
    expect(cold.source).toBe('cold');
    await cold.save();
    const warm = await loadCachedCorpus(dir, CODEC, options());
    expect(warm.source).toBe('cache');
    expect(warm.corpus.parsed).toBe(0);
    expect(warm.corpus.reports.map((r) => r.id)).toEqual(cold.corpus.reports.map((r) => r.id));
    // The copies of a chapter dropped are the cache's decision, not compared again, and the same.
    expect(cold.corpus.duplicates?.length).toBeGreaterThan(0);
    expect(warm.corpus.duplicates).toEqual(cold.corpus.duplicates);
    expect(await answers(warm.index)).toEqual(await answers(cold.index));
    expect(lines).toEqual([]);
  });

  it('parses only the changed file and rebuilds the index', async () => {
    await copyFile(SEED, path.join(dir, 'seed.txt'));
    await copyFile(path.join(FIXTURES, 'crt-2006-greece-refworld-new.txt'), path.join(dir, 'greece.txt'));
    await (await loadCachedCorpus(dir, CODEC, options())).save();
    await writeFile(
      path.join(dir, 'greece.txt'),
      `${await readFile(path.join(dir, 'greece.txt'), 'utf8')}\nOne more paragraph on Athens.\n`,
    );
    const next = await loadCachedCorpus(dir, CODEC, options());
    expect(next.source).toBe('partial');
    expect(next.corpus.parsed).toBe(1);
    expect(await answers(next.index)).toEqual(await answers(buildIndex((await loadCorpus(dir, IN_THREAD)).reports)));
  });

  describe('a cache it cannot vouch for is rebuilt, with one log line', () => {
    beforeEach(async () => {
      await copyFile(SEED, path.join(dir, 'seed.txt'));
    });
    const cacheFile = () => path.join(dir, CACHE_FILE);

    it('garbage', async () => {
      await writeFile(cacheFile(), 'this is not a cache at all');
      const load = await loadCachedCorpus(dir, CODEC, options());
      expect(load.source).toBe('cold');
      expect(lines).toEqual([CACHE_CORRUPT(cacheFile(), 'not a reportdesk cache')]);
    });

    it('a truncated file', async () => {
      await (await loadCachedCorpus(dir, CODEC, options())).save();
      const whole = await readFile(cacheFile());
      await writeFile(cacheFile(), whole.subarray(0, Math.floor(whole.length / 2)));
      const load = await loadCachedCorpus(dir, CODEC, options());
      expect(load.source).toBe('cold');
      expect(load.corpus.parsed).toBe(1);
      expect(lines).toEqual([CACHE_CORRUPT(cacheFile(), 'checksum mismatch (truncated or altered)')]);
    });

    it('a file from another version of the code', async () => {
      const corpus = await loadCorpus(dir, IN_THREAD);
      expect(await describeCodeVersion()).not.toBe('0:another');
      await writeCorpusCache(cacheFile(), '0:another', corpus, storeIndexSnapshot(buildIndex(corpus.reports)));
      const load = await loadCachedCorpus(dir, CODEC, options());
      expect(load.source).toBe('cold');
      expect(load.corpus.parsed).toBe(1);
      expect(lines).toEqual([CACHE_FOREIGN(cacheFile())]);
      await load.save();
      expect((await loadCachedCorpus(dir, CODEC, options())).source).toBe('cache');
      expect(lines).toHaveLength(1);
    });
  });

  it('writes no cache from a load that deferred the incident records: the next start parses again', async () => {
    await copyFile(SEED, path.join(dir, 'kazakhstan.txt'));
    const deferred = await loadCachedCorpus(dir, CODEC, { ...options(), deferIncidentsOver: 0 });
    expect(deferred.source).toBe('cold');
    expect(deferred.corpus.reports[0]?.incidents).toEqual([]);
    await deferred.save();
    await expect(readFile(path.join(dir, CACHE_FILE))).rejects.toThrow(/ENOENT/);
    const next = await loadCachedCorpus(dir, CODEC, options());
    expect(next.source).toBe('cold');
    expect(next.corpus.reports[0]?.incidents.length).toBeGreaterThan(0);
    await next.save();
    expect((await loadCachedCorpus(dir, CODEC, options())).source).toBe('cache');
  });
});
