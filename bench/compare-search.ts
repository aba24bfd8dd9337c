/**
 * `npm run bench:compare -- TREE… [--chapters N | --passages N] [--cpu] [--index] [--repeat N] [--slowest N] [--only KIND]`:
 * the same searches through two or
 * more copies of the source tree (each TREE a checkout or `git archive` with `src/search/index.ts`). The corpus is N
 * synthetic chapters (default 3,300, written as text and parsed as the loader does; the parsed reports are kept in the
 * temp folder for the next run), or with `--passages N` the `npm run bench` corpus of N passages, as the bench builds
 * it. Each query of the mixed bench set (480) and of every eval set in `test/fixtures/eval` runs through each tree in
 * turn, so the trees share the machine's load. Prints p50/p99 per query kind and tree (wall ms, or CPU ms with
 * `--cpu`), and how many queries differ between the last two trees in their top 10 (ids and scores), total, verdict or
 * suggestions: a speed change must show 0. With `--index`, also every field of the last two trees' indexes, compared
 * value by value (the heading Fuse by its records): a build change must show none differing. `--repeat N` runs each
 * query N times per tree and keeps the least time (a GC pause or a descheduling lands on one run); the N slowest
 * queries per tree are listed (`--slowest`, default 10); `--only question` keeps the kinds that contain the word.
 * With `--passages`, the mixed set is the bench's own 240 queries (its seed); a `mixed set` row leaves the eval sets out.
 *
 *   git archive main | tar -x -C /tmp/before && ln -s "$PWD/node_modules" /tmp/before/
 *   npm run bench:compare -- /tmp/before . --cpu --index
 *   npm run bench:compare -- /tmp/before . --passages 100000 --index
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
import { differences } from './compare-values.js';
import { loadSeedReports } from './load-seed-reports.js';
import { DEFAULT_BENCH_OPTIONS } from './run-bench.js';
import { writeCorpusFiles } from './write-corpus-files.js';

const COMPARED_HITS = 10;
const args = process.argv.slice(2);
const numberArg = (name: string): number | null => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : null);
const chapters = numberArg('--chapters') || 3300;
const benchPassages = numberArg('--passages');
const cpu = args.includes('--cpu');
const compareIndexes = args.includes('--index');
const repeat = Math.max(1, numberArg('--repeat') || 1);
const slowestShown = Math.max(0, numberArg('--slowest') ?? 10);
const only = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '') : '';
const valued = ['--chapters', '--passages', '--repeat', '--slowest', '--only'];
const trees = args
  .filter((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1] ?? ''))
  .map((t) => path.resolve(t));
const root = fileURLToPath(new URL('..', import.meta.url));
if (trees.length === 0) {
  process.stderr.write('usage: npm run bench:compare -- TREE… [--chapters N | --passages N] [--cpu] [--index]\n');
  process.exit(2);
}
// Every query set in test/fixtures/eval (a file with a `queries` list, or a list, of entries with `query`).
const evalDir = path.join(root, 'test/fixtures/eval');
const evalSets = readdirSync(evalDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => {
    const file = JSON.parse(readFileSync(path.join(evalDir, name), 'utf8')) as unknown;
    const list = Array.isArray(file) ? file : (file as { queries?: unknown }).queries;
    const entries = Array.isArray(list) ? (list as Array<{ query?: unknown; mode?: unknown }>) : [];
    return entries
      .filter((q) => typeof q.query === 'string')
      .map((q) => ({ query: String(q.query), mode: q.mode === 'incident' ? ('incident' as const) : ('ask' as const) }));
  });

interface Engine {
  tree: string;
  index: SearchIndex;
  search: (index: SearchIndex, raw: string, options: SearchOptions) => SearchResponse;
}

const cache = path.join(tmpdir(), `reportdesk-compare-${chapters}.v8`);
let reports: Report[];
if (benchPassages) {
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

const mixed = benchPassages
  ? { count: DEFAULT_BENCH_OPTIONS.queries, seed: DEFAULT_BENCH_OPTIONS.querySeed }
  : { count: 480 };
const queries: Array<{ text: string; kind: string; mode: 'ask' | 'incident' }> = buildQuerySet(reports, mixed).map(
  (q) => ({ text: q.text, kind: q.category, mode: q.mode }),
);
for (const set of evalSets) for (const q of set) queries.push({ text: q.query, kind: `eval ${q.mode}`, mode: q.mode });
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
    const hits = top.hits.map((h) => `${h.id}+${h.sameText?.length ?? 0}@${h.score}`).join(',');
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
if (compareIndexes && engines.length >= 2) {
  const a = engines[engines.length - 2]?.index;
  const b = engines[engines.length - 1]?.index;
  if (a && b) {
    const found = differences(comparable(a), comparable(b));
    for (const line of found.slice(0, 20)) process.stdout.write(`index differs: ${line}\n`);
    process.stdout.write(`index fields that differ (last two trees): ${found.length}\n`);
  }
}

// The index with the heading Fuse replaced by what it searches (its records), which a value comparison can read.
function comparable(index: SearchIndex): Record<string, unknown> {
  const { headingFuse, ...rest } = index;
  return { ...rest, headingRecords: headingFuse.getIndex().toJSON() };
}
