import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PARSE_TIMED_OUT } from './messages.js';
import { parseFile } from './parse-file.js';
import { startParsePool } from './parse-pool.js';

const SEED = fileURLToPath(new URL('../../data/crt-2011-kazakhstan.txt', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../../test/fixtures/crt/crt-2006-greece-refworld-new.txt', import.meta.url));

// A long file of repeated dates: its parse takes seconds, far longer than the deadline the test gives it.
function slowChapter(): Uint8Array {
  const lines = Array.from({ length: 20_000 }, (_, i) => `On July ${(i % 28) + 1}, 2011, on October 31, 2011.`);
  return new TextEncoder().encode(`Country Reports on Terrorism 2011 - Kazakhstan\n\nOverview: ${lines.join(' ')}\n`);
}

describe('startParsePool', () => {
  it('parses a batch in one worker as this thread does, stopping only the file past its deadline', async () => {
    const seed = await readFile(SEED);
    const fixture = await readFile(FIXTURE);
    const slow = slowChapter();
    const pool = startParsePool({ size: 1, deadlineMs: (bytes) => (bytes === slow.byteLength ? 0 : 60_000) });
    try {
      // One worker: the four files go to it in one batch, the slow one in the middle; the files after it go to the
      // worker that replaces it.
      const results = await Promise.all([
        pool.parse(seed, 'a.txt'),
        pool.parse(fixture, 'b.txt'),
        pool.parse(slow, 'slow.txt'),
        pool.parse(seed, 'c.txt'),
      ]);
      expect(results).toEqual([
        parseFile(seed, 'a.txt'),
        parseFile(fixture, 'b.txt'),
        { ok: false, message: PARSE_TIMED_OUT(0) },
        parseFile(seed, 'c.txt'),
      ]);
    } finally {
      await pool.close();
    }
  });
});
