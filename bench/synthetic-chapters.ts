/**
 * The synthetic chapter texts of `npm run bench:parse` and `bench/parse-snapshot.ts`: each is the seed's header
 * re-titled for a country and year, then 20–40 real paragraphs (seeded mulberry32 draw, so every run gives the same
 * text) from the seed chapter and the fixtures, with the fixtures' incident paragraphs among them.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { BENCH_COUNTRIES, BENCH_FIRST_YEAR, BENCH_LAST_YEAR } from './bench-countries.js';
import { createRandom } from './create-random.js';

export const SEED_FILE = 'data/crt-2011-kazakhstan.txt';
const FIXTURES = 'test/fixtures/crt';

/**
 * Builds `chapters` synthetic chapter texts from the seed and the fixtures under `root`.
 *
 * @param root - the repository folder
 * @param chapters - how many texts
 * @returns the seed's text and the synthetic texts
 * @example
 * const { corpus } = await syntheticChapters(process.cwd(), 10); // corpus.length === 10
 */
export async function syntheticChapters(root: string, chapters: number): Promise<{ seed: string; corpus: string[] }> {
  const seed = await readFile(path.join(root, SEED_FILE), 'utf8');
  const fixtureNames = (await readdir(path.join(root, FIXTURES))).filter((f) => f.endsWith('.txt')).sort();
  const texts = [seed, ...(await Promise.all(fixtureNames.map((f) => readFile(path.join(root, FIXTURES, f), 'utf8'))))];
  // Paragraphs of running text (no header lines): long enough to be prose.
  const pool = texts.flatMap((t) =>
    t
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p.length > 120),
  );
  const headerLines = seed.split('\n').slice(0, 10);
  const random = createRandom(20_111_031);
  const corpus: string[] = [];
  for (let i = 0; i < chapters; i += 1) {
    const country = BENCH_COUNTRIES[i % BENCH_COUNTRIES.length] ?? 'Kazakhstan';
    const year = random.int(BENCH_FIRST_YEAR, BENCH_LAST_YEAR);
    const header = headerLines.join('\n').replaceAll('2011', String(year)).replaceAll('Kazakhstan', country);
    const body = Array.from({ length: random.int(20, 40) }, () => random.pick(pool)).join('\n\n');
    corpus.push(`${header}\n\nOverview\n\n${body}\n`);
  }
  return { seed, corpus };
}
