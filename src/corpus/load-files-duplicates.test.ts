import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadFiles } from './load-corpus.js';

const file = (p: string): string => fileURLToPath(new URL(`../../${p}`, import.meta.url));
// The seed and a Refworld excerpt of the same chapter (Kazakhstan 2011): two copies of one chapter.
const COPIES = [
  file('data/crt-2011-kazakhstan.txt'),
  file('test/fixtures/crt/crt-2011-kazakhstan-refworld-legacy.txt'),
];

describe('loadFiles', () => {
  it('drops the poorer copy of a chapter loaded twice, and says which', async () => {
    const corpus = await loadFiles(COPIES);
    expect(corpus.reports.map((r) => r.file)).toEqual([COPIES[0]]);
    expect(corpus.duplicates?.map((d) => [d.file, d.keptFile])).toEqual([[COPIES[1], COPIES[0]]]);
  });

  it('keeps both copies when asked (parse and eval-incidents show what each named file holds)', async () => {
    const corpus = await loadFiles(COPIES, { keepDuplicates: true });
    expect(corpus.reports.map((r) => r.file)).toEqual(COPIES);
    expect(corpus.duplicates ?? []).toEqual([]);
  });
});
