/**
 * `npm run bench:parse`: how long the parser (sections, passages and incident records) takes on the seed chapter and
 * on ~3,300 synthetic chapter texts recombined from the real ones. Prints milliseconds; `--chapters N` to change the
 * count, `--runs N` for the seed's repeats, `--workers N` to parse the series through the corpus loader's pool of N worker
 * threads (as a cold load does; CPU then counts every thread) instead of in this thread.
 *
 * The synthetic chapters are texts, not parsed reports: each is the seed's header re-titled for a country and year,
 * then 20–40 real paragraphs (seeded mulberry32 draw, so every run parses the same text) from the seed chapter and
 * the fixtures, with the fixtures' incident paragraphs among them, so the incident passes see real running text.
 */
import os from 'node:os';
import { startParsePool } from '../src/corpus/parse-pool.js';
import { parseReports } from '../src/report/parse-report.js';
import { SEED_FILE, syntheticChapters } from './synthetic-chapters.js';

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

async function main(): Promise<void> {
  const chapters = argument('chapters', 3300);
  const runs = argument('runs', 20);
  const { seed, corpus } = await syntheticChapters(process.cwd(), chapters);
  const megabytes = corpus.reduce((n, t) => n + t.length, 0) / 1e6;

  // Warm up, then time the seed alone (median of runs) and the whole synthetic series once.
  parseReports(seed, { file: SEED_FILE });
  const seedTimes: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    const t = performance.now();
    parseReports(seed, { file: SEED_FILE });
    seedTimes.push(performance.now() - t);
  }
  seedTimes.sort((a, b) => a - b);
  const workers = process.argv.includes('--workers') ? argument('workers', os.availableParallelism()) : 0;
  let incidents = 0;
  const cpu = process.cpuUsage();
  const t = performance.now();
  if (workers === 0) {
    for (const [i, text] of corpus.entries()) {
      for (const report of parseReports(text, { file: `synthetic-${i}.txt` }).reports)
        incidents += report.incidents.length;
    }
  } else {
    // The pool's workers start inside the timed span, as in a cold load.
    const pool = startParsePool({ size: workers });
    const encoder = new TextEncoder();
    // Each result is counted and let go as it comes, as the in-thread loop does (a load keeps them all).
    await Promise.all(
      corpus.map((text, i) =>
        pool.parse(encoder.encode(text), `synthetic-${i}.txt`).then((result) => {
          if (result.ok) for (const report of result.reports) incidents += report.incidents.length;
        }),
      ),
    );
    await pool.close();
  }
  const total = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const [load] = os.loadavg();
  process.stdout.write(
    `${[
      `seed chapter: median ${(seedTimes[Math.floor(runs / 2)] ?? 0).toFixed(1)} ms over ${runs} runs`,
      `${chapters} synthetic chapters (${megabytes.toFixed(1)} MB${workers > 0 ? `, ${workers} workers` : ''}): ${Math.round(total)} ms wall, ${Math.round((used.user + used.system) / 1000)} ms CPU, ${incidents} incident records`,
      `load average ${load?.toFixed(1)} on ${os.cpus().length} cores`,
    ].join('\n')}\n`,
  );
}

void main();
