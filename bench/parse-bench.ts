/**
 * `npm run bench:parse`: how long the parser (sections, passages and incident records) takes on the seed chapter and
 * on ~3,300 synthetic chapter texts recombined from the real ones. Prints milliseconds; `--chapters N` to change the
 * count, `--runs N` for the seed's repeats.
 *
 * The synthetic chapters are texts, not parsed reports: each is the seed's header re-titled for a country and year,
 * then 20–40 real paragraphs (seeded mulberry32 draw, so every run parses the same text) from the seed chapter and
 * the fixtures, with the fixtures' incident paragraphs among them, so the incident passes see real running text.
 */
import os from 'node:os';
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
  let incidents = 0;
  const cpu = process.cpuUsage();
  const t = performance.now();
  for (const [i, text] of corpus.entries()) {
    for (const report of parseReports(text, { file: `synthetic-${i}.txt` }).reports)
      incidents += report.incidents.length;
  }
  const total = performance.now() - t;
  const used = process.cpuUsage(cpu);
  const [load] = os.loadavg();
  process.stdout.write(
    `${[
      `seed chapter: median ${(seedTimes[Math.floor(runs / 2)] ?? 0).toFixed(1)} ms over ${runs} runs`,
      `${chapters} synthetic chapters (${megabytes.toFixed(1)} MB): ${Math.round(total)} ms wall, ${Math.round((used.user + used.system) / 1000)} ms CPU, ${incidents} incident records`,
      `load average ${load?.toFixed(1)} on ${os.cpus().length} cores`,
    ].join('\n')}\n`,
  );
}

void main();
