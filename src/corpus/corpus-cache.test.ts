import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_FILE, readCorpusCache, writeCorpusCache } from './corpus-cache.js';
import { type Corpus, loadCorpus } from './load-corpus.js';
import { CACHE_CORRUPT } from './messages.js';

const FIXTURES = fileURLToPath(new URL('../../test/fixtures/crt', import.meta.url));
// Index bytes of the caller's making: the cache stores them as they are.
const INDEX = [new Uint8Array(40_000).map((_, i) => i % 251), new Uint8Array([1, 2, 3])];

let dir: string;
let corpus: Corpus;
const file = () => path.join(dir, CACHE_FILE);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'corpus-cache-'));
  corpus = await loadCorpus(FIXTURES, { pool: { size: 0 } });
  await writeCorpusCache(file(), 'v1', corpus, INDEX);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readCorpusCache', () => {
  it.each([false, true])(
    'gives back every entry and the index bytes (index read off thread: %s)',
    async (offThread) => {
      const read = await readCorpusCache(file(), 'v1', { indexOffThread: offThread });
      expect(read.problem).toBeNull();
      // Strictly: a field left undefined, or a value JSON cannot hold, would not come back as it was.
      expect(read.cache?.entries).toStrictEqual(corpus.entries);
      expect(Buffer.from(read.cache?.index ?? []).equals(Buffer.concat(INDEX))).toBe(true);
      expect(read.cache?.index.buffer instanceof SharedArrayBuffer).toBe(offThread);
    },
  );

  it('gives back characters past ASCII in every field, texts and the rest alike', async () => {
    const odd = 'Ünïcode ’quotes’ — 😀 \ud800 \u0000 "\\';
    const entries = structuredClone(corpus.entries);
    const first = entries.find((entry) => entry.result.ok && entry.result.reports[0]?.sections[0]?.passages[0]);
    if (!first?.result.ok) throw new Error('the fixtures have no passage');
    const report = first.result.reports[0];
    const section = report?.sections[0];
    const passage = section?.passages[0];
    if (report === undefined || section === undefined || passage === undefined) throw new Error('no passage');
    report.title = odd;
    section.heading = odd;
    passage.text = `${odd} ${passage.text}`;
    // A text of many wide runs (each word), which lies whole in the UTF-16 string.
    const other = section.passages[1];
    if (other !== undefined) other.text = 'Террористы атаковали полицейский участок в городе.'.repeat(3);
    const copy = path.join(dir, 'odd.v8');
    await writeCorpusCache(copy, 'v1', { entries }, INDEX);
    const read = await readCorpusCache(copy, 'v1');
    expect(read.problem).toBeNull();
    expect(read.cache?.entries).toStrictEqual(entries);
  });

  it.each([false, true])(
    'refuses a cache whose index bytes were altered (index read off thread: %s)',
    async (offThread) => {
      const bytes = await readFile(file());
      // The index lies last, before the 8-byte trailer: alter a byte in its middle.
      const altered = Buffer.from(bytes);
      const at = bytes.length - 8 - 20_000;
      altered[at] = (altered[at] ?? 0) ^ 0xff;
      const copy = path.join(dir, 'altered.v8');
      await writeFile(copy, altered);
      const read = await readCorpusCache(copy, 'v1', { indexOffThread: offThread });
      expect(read).toEqual({ cache: null, problem: CACHE_CORRUPT(copy, 'checksum mismatch (truncated or altered)') });
    },
  );

  it('refuses a cache whose parse results were altered', async () => {
    const bytes = await readFile(file());
    const altered = Buffer.from(bytes);
    // A text of a passage, well inside the first group (after the header).
    const at = bytes.indexOf(Buffer.from('terrorist', 'latin1'));
    expect(at).toBeGreaterThan(0);
    altered[at] = 'T'.charCodeAt(0);
    const copy = path.join(dir, 'altered-text.v8');
    await writeFile(copy, altered);
    const read = await readCorpusCache(copy, 'v1');
    expect(read).toEqual({ cache: null, problem: CACHE_CORRUPT(copy, 'checksum mismatch (truncated or altered)') });
  });
});
