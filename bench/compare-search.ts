/**
 * `npm run bench:compare -- TREE… [--chapters N] [--cpu]`: the same searches through two or more copies of the source
 * tree (each TREE a checkout or `git archive` with `src/search/index.ts`), over N synthetic chapters (default 3,300,
 * written as text and parsed as the loader does; the parsed reports are kept in the temp folder for the next run).
 * Each query of the mixed bench set (480) and of every eval set runs through each tree in turn, so the trees share
 * the machine's load. Prints p50/p99 per query kind and tree (wall ms, or CPU ms with `--cpu`), and how many queries
 * differ between the last two trees in their top 10, total, verdict or suggestions: a speed change must show 0.
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
import { loadSeedReports } from './load-seed-reports.js';
import { writeCorpusFiles } from './write-corpus-files.js';

const EVAL_SETS = ['queries', 'extra-queries', 'fresh-queries', 'multi-chapter-dev', 'multi-chapter-held-out'];
const args = process.argv.slice(2);
const chapters = Number(args[args.indexOf('--chapters') + 1] ?? 3300) || 3300;
const cpu = args.includes('--cpu');
const trees = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--chapters').map((t) => path.resolve(t));
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
if (existsSync(cache)) reports = v8.deserialize(readFileSync(cache)) as Report[];
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

const queries: Array<{ text: string; kind: string; mode: 'ask' | 'incident' }> = buildQuerySet(reports, {
  count: 480,
}).map((q) => ({ text: q.text, kind: q.category, mode: q.mode }));
for (const set of EVAL_SETS) {
  const file = JSON.parse(readFileSync(path.join(root, 'test/fixtures/eval', `${set}.json`), 'utf8')) as
    | Array<{ query: string; mode: 'ask' | 'incident' }>
    | { queries: Array<{ query: string; mode: 'ask' | 'incident' }> };
  for (const q of Array.isArray(file) ? file : file.queries)
    queries.push({ text: q.query, kind: `eval ${q.mode}`, mode: q.mode });
}
const options = (mode: 'ask' | 'incident'): SearchOptions => ({ mode, limit: BENCH_LIMIT, now: BENCH_NOW });
for (const e of engines)
  for (const q of buildQuerySet(reports, { count: 60, seed: 7, generatedOnly: true }))
    e.search(e.index, q.text, options(q.mode));

const times = engines.map(() => new Map<string, number[]>());
const outcomes = engines.map(() => [] as string[]);
for (const q of queries) {
  engines.forEach((e, k) => {
    const started = performance.now();
    const used = process.cpuUsage();
    const res = e.search(e.index, q.text, options(q.mode));
    const spent = process.cpuUsage(used);
    const ms = cpu ? (spent.user + spent.system) / 1000 : performance.now() - started;
    for (const kind of [q.kind, 'all']) times[k]?.set(kind, [...(times[k]?.get(kind) ?? []), ms]);
    const hits = res.hits.map((h) => `${h.id}+${h.sameText?.length ?? 0}`).join(',');
    outcomes[k]?.push(
      `${q.mode} ${q.text} | ${res.total} | ${res.verdict?.answered} | ${res.suggestions.join(';')} | ${hits}`,
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
if (engines.length >= 2) {
  const a = outcomes[engines.length - 2] ?? [];
  const b = outcomes[engines.length - 1] ?? [];
  const differ = a.filter((line, i) => line !== b[i]);
  for (const line of differ.slice(0, 10)) process.stdout.write(`differs: ${line}\n`);
  process.stdout.write(
    `\nqueries whose top 10, total, verdict or suggestions differ (last two trees): ${differ.length} of ${a.length}\n`,
  );
}
