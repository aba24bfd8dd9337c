/**
 * `npm run bench:compare -- TREE… [--chapters N | --passages N] [--cpu] [--repeat N] [--slowest N] [--only KIND]`:
 * the same searches through two or more copies of the source tree (each TREE a checkout or `git archive` with
 * `src/search/index.ts`), over N synthetic chapters (default 3,300, written as text and parsed as the loader does;
 * the parsed reports are kept in the temp folder for the next run). Each query of the mixed bench set (480) and of
 * every eval set runs through each tree in turn, so the trees share the machine's load. `--passages N` uses
 * `npm run bench`'s corpus of N passages and its 240 queries instead. `--repeat N` runs each query N times per tree
 * and keeps the least time (a GC pause or a descheduling lands on one run); the N slowest queries per tree are
 * listed (`--slowest`, default 10); `--only question` keeps the kinds that contain the word. Prints p50/p99 per
 * query kind and tree (wall ms, or CPU ms with `--cpu`), and how many queries differ between the last two trees in
 * their top 10 (ids, scores), total, verdict or suggestions: a speed change must show 0.
 *
 *   git archive main | tar -x -C /tmp/before && ln -s "$PWD/node_modules" /tmp/before/
 *   npm run bench:compare -- /tmp/before . --cpu
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { parseReports } from '../src/report/parse-report.js';
import type { Report } from '../src/report/types.js';
import type { SearchIndex } from '../src/search/index/search-index.js';
import type { SearchOptions, SearchResponse } from '../src/search/types.js';
import { BENCH_LIMIT, BENCH_NOW } from './bench-engines.js';
import { buildQuerySet } from './build-query-set.js';
import { buildSyntheticCorpus } from './build-synthetic-corpus.js';
import { DEFAULT_BENCH_OPTIONS } from './run-bench.js';
import { loadSeedReports } from './load-seed-reports.js';
import { writeCorpusFiles } from './write-corpus-files.js';

const COMPARED_HITS = 10;
const EVAL_SETS = ['queries', 'extra-queries', 'fresh-queries', 'multi-chapter-dev', 'multi-chapter-held-out'];
const args = process.argv.slice(2);
const chapters = Number(args[args.indexOf('--chapters') + 1] ?? 3300) || 3300;
const cpu = args.includes('--cpu');
const valued = ['--chapters', '--repeat', '--slowest', '--only', '--passages'];
const flagValue = (flag: string, fallback: string): string =>
  args.includes(flag) ? (args[args.indexOf(flag) + 1] ?? fallback) : fallback;
// Each query runs this many times per tree; its time is the least of them (a GC pause or a descheduling lands on one run).
const repeat = Math.max(1, Number(flagValue('--repeat', '1')) || 1);
// The N slowest queries of each tree are listed, with their kind and time.
const slowestShown = Math.max(0, Number(flagValue('--slowest', '10')) || 0);
// Only queries of kinds containing this text (`question`, `eval`).
const only = flagValue('--only', '');
// `npm run bench`'s corpus instead of the chapters: N passages (its seeds), and its 240 queries as the mixed set.
const benchPassages = Number(flagValue('--passages', '0')) || 0;
const trees = args
  .filter((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1] ?? ''))
  .map((t) => path.resolve(t));
const root = fileURLToPath(new URL('..', import.meta.url));
if (trees.length === 0) {
  process.stderr.write('usage: npm run bench:compare -- TREE… [--chapters N] [--cpu]\n');
  process.exit(2);
}

interface Engine {
  tree: string;
  index: SearchIndex;
  search: (index: SearchIndex, raw: string, options: SearchOptions) => SearchResponse;
}

const cache = path.join(tmpdir(), `reportdesk-compare-${chapters}.v8`);
let reports: Report[];
if (benchPassages > 0) {
  const seed = await loadSeedReports(root);
  reports = buildSyntheticCorpus(seed.reports, { passages: benchPassages, seed: DEFAULT_BENCH_OPTIONS.corpusSeed });
} else if (existsSync(cache)) reports = v8.deserialize(readFileSync(cache)) as Report[];
else {
  const seed = await loadSeedReports(root);
  const dir = path.join(tmpdir(), `reportdesk-compare-${chapters}`);
  await writeCorpusFiles(seed.reports, dir, chapters);
  reports = [];
  for (const file of readdirSync(dir).sort())
    reports.push(...parseReports(readFileSync(path.join(dir, file), 'utf8'), { file }).reports);
  writeFileSync(cache, v8.serialize(reports));
}
const passages = reports.reduce((n, r) => n + r.sections.reduce((m, s) => m + s.passages.length, 0), 0);
const incidents = reports.reduce((n, r) => n + r.incidents.length, 0);
process.stdout.write(`${reports.length} chapters, ${passages} passages, ${incidents} incident records\n`);

const engines: Engine[] = [];
for (const tree of trees) {
  const mod = (await import(path.join(tree, 'src/search/index.ts'))) as {
    buildIndex: (reports: Report[]) => SearchIndex;
    search: Engine['search'];
  };
  const started = performance.now();
  const used = process.cpuUsage();
  const index = mod.buildIndex(reports);
  const spent = process.cpuUsage(used);
  process.stdout.write(
    `${tree}: index built in ${(performance.now() - started).toFixed(0)} ms (CPU ${((spent.user + spent.system) / 1000).toFixed(0)} ms)\n`,
  );
  engines.push({ tree, index, search: mod.search });
}

const mixed =
  benchPassages > 0 ? { count: DEFAULT_BENCH_OPTIONS.queries, seed: DEFAULT_BENCH_OPTIONS.querySeed } : { count: 480 };
const queries: Array<{ text: string; kind: string; mode: 'ask' | 'incident' }> = buildQuerySet(reports, mixed).map(
  (q) => ({ text: q.text, kind: q.category, mode: q.mode }),
);
for (const set of EVAL_SETS) {
  const file = JSON.parse(readFileSync(path.join(root, 'test/fixtures/eval', `${set}.json`), 'utf8')) as
    | Array<{ query: string; mode: 'ask' | 'incident' }>
    | { queries: Array<{ query: string; mode: 'ask' | 'incident' }> };
  for (const q of Array.isArray(file) ? file : file.queries)
    queries.push({ text: q.query, kind: `eval ${q.mode}`, mode: q.mode });
}
if (only !== '') queries.splice(0, queries.length, ...queries.filter((q) => q.kind.includes(only)));
const options = (mode: 'ask' | 'incident'): SearchOptions => ({ mode, limit: BENCH_LIMIT, now: BENCH_NOW });
for (const e of engines)
  for (const q of buildQuerySet(reports, { count: 60, seed: 7, generatedOnly: true }))
    e.search(e.index, q.text, options(q.mode));

const times = engines.map(() => new Map<string, number[]>());
const outcomes = engines.map(() => [] as string[]);
const perQuery = engines.map(() => [] as Array<{ text: string; kind: string; ms: number }>);
for (const q of queries) {
  engines.forEach((e, k) => {
    let ms = Number.POSITIVE_INFINITY;
    let res: SearchResponse | null = null;
    for (let r = 0; r < repeat; r++) {
      const started = performance.now();
      const used = process.cpuUsage();
      res = e.search(e.index, q.text, options(q.mode));
      const spent = process.cpuUsage(used);
      ms = Math.min(ms, cpu ? (spent.user + spent.system) / 1000 : performance.now() - started);
    }
    if (!res) return;
    perQuery[k]?.push({ text: q.text, kind: q.kind, ms });
    const mix = q.kind.startsWith('eval') ? [] : ['mixed set'];
    for (const kind of [q.kind, ...mix, 'all']) times[k]?.set(kind, [...(times[k]?.get(kind) ?? []), ms]);
    // The top 10 (untimed: the timed page is the app's 5), each hit with its score, and the whole verdict.
    const top = e.search(e.index, q.text, { ...options(q.mode), limit: COMPARED_HITS });
    const hits = top.hits.map((h) => `${h.id}+${h.sameText?.length ?? 0}@${h.score.toPrecision(9)}`).join(',');
    outcomes[k]?.push(
      `${q.mode} ${q.text} | ${res.total} ${top.total} | ${JSON.stringify(res.verdict ?? null)} | ${res.suggestions.join(';')} | ${hits}`,
    );
  });
}

const percentile = (xs: number[], p: number): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};
process.stdout.write(
  `\n${cpu ? 'CPU' : 'wall'} ms per query, p50 / p99\n\n| kind | queries | ${trees.join(' | ')} |\n`,
);
process.stdout.write(`|---|---|${trees.map(() => '---').join('|')}|\n`);
for (const kind of times[0]?.keys() ?? []) {
  const cells = times.map((t) => {
    const xs = t.get(kind) ?? [];
    return `${percentile(xs, 50).toFixed(2)} / ${percentile(xs, 99).toFixed(2)}`;
  });
  process.stdout.write(`| ${kind} | ${times[0]?.get(kind)?.length ?? 0} | ${cells.join(' | ')} |\n`);
}
engines.forEach((e, k) => {
  if (slowestShown === 0) return;
  process.stdout.write(`\nslowest in ${e.tree}:\n`);
  const slow = [...(perQuery[k] ?? [])].sort((a, b) => b.ms - a.ms).slice(0, slowestShown);
  for (const q of slow) process.stdout.write(`  ${q.ms.toFixed(2)} ms  [${q.kind}] ${q.text}\n`);
});
if (engines.length >= 2) {
  const a = outcomes[engines.length - 2] ?? [];
  const b = outcomes[engines.length - 1] ?? [];
  const differ = a.filter((line, i) => line !== b[i]);
  for (const line of differ.slice(0, 10)) process.stdout.write(`differs: ${line}\n`);
  process.stdout.write(
    `\nqueries whose top 10, total, verdict or suggestions differ (last two trees): ${differ.length} of ${a.length}\n`,
  );
}
