import type { Report } from '../src/report/types.js';
import { type BenchQuery, buildQuerySet, QUERY_CATEGORIES, type QueryCategory } from './build-query-set.js';
import { buildSyntheticCorpus } from './build-synthetic-corpus.js';
import { type BenchEngine, OUR_SEARCH, PLAIN_FUSE } from './bench-engines.js';
import { type LatencySummary, summarizeLatencies } from './summarize-latencies.js';

/** What to run; see `DEFAULT_BENCH_OPTIONS`. */
export interface BenchOptions {
  /** Corpus sizes in passages. */
  sizes: number[];
  /** Queries measured per size for our search (after the warm-up). */
  queries: number;
  /** Warm-up queries per size, from a different seed than the measured ones. */
  warmup: number;
  /** Corpora up to this many passages run the whole query set through plain Fuse too. */
  plainFullUpTo: number;
  /** Above `plainFullUpTo`, plain Fuse runs this many queries, an even sample of the set. */
  plainSample: number;
  corpusSeed: number;
  querySeed: number;
  /** How many of the slowest measured queries the result lists, each with its time (`--slowest`). */
  slowest: number;
}

export const DEFAULT_BENCH_OPTIONS: Readonly<BenchOptions> = Object.freeze({
  sizes: [1_000, 10_000, 100_000],
  queries: 240,
  warmup: 30,
  plainFullUpTo: 1_000,
  // Plain Fuse scans every passage for every query: seconds per query at 100k passages.
  plainSample: 20,
  corpusSeed: 20_111_031,
  querySeed: 31_102_011,
  slowest: 5,
});

/** The machine-facing side: clock, heap and progress, injected so the run itself has no globals. */
export interface BenchDeps {
  /** `performance.now()`. */
  now: () => number;
  /** `process.memoryUsage().heapUsed`, in bytes. */
  heapUsed: () => number;
  /** `global.gc` when node runs with `--expose-gc`; without it heap figures include garbage. */
  gc: (() => void) | undefined;
  onProgress: (message: string) => void;
}

export interface EngineResult {
  buildMs: number;
  /** Heap used after the build and a full GC, corpus included (MB). */
  heapMb: number;
  /** Heap the index adds over the corpus alone (MB). */
  indexHeapMb: number;
  latency: LatencySummary;
  /** Measured queries that returned at least one hit (a query rejected at once would flatter latency). */
  withHits: number;
}

export interface SizeResult {
  passages: number;
  reports: number;
  incidents: number;
  corpusMs: number;
  ours: EngineResult & {
    byCategory: Record<QueryCategory, LatencySummary>;
    /** The slowest measured queries, slowest first, each timed once as every query is. */
    slowest: Array<{ query: string; kind: QueryCategory; ms: number }>;
  };
  plain: EngineResult & { sampled: boolean };
  /** Ours on exactly the queries plain Fuse ran, so the ratio compares like with like. */
  oursOnPlainQueries: LatencySummary;
  /** Plain Fuse ÷ ours on the same queries: how many times faster ours is. */
  ratio: { p50: number; p99: number };
}

const MB = 1024 * 1024;

/**
 * Runs the benchmark for each corpus size: builds the synthetic corpus, then our index and plain Fuse
 * over it in turn (one at a time, so each heap figure holds one index), and times the query set.
 *
 * @param seedReports - the parsed real chapters the corpora are made from
 * @param options - sizes, query counts and seeds
 * @param deps - clock, heap, gc and progress
 * @returns one result per size, in the order asked
 * @example
 * runBench(seed.reports, { ...DEFAULT_BENCH_OPTIONS, sizes: [1_000] }, deps)[0]?.ours.latency.p99;
 */
export function runBench(seedReports: readonly Report[], options: BenchOptions, deps: BenchDeps): SizeResult[] {
  return options.sizes.map((size) => runSize(seedReports, size, options, deps));
}

function runSize(seedReports: readonly Report[], size: number, options: BenchOptions, deps: BenchDeps): SizeResult {
  deps.onProgress(`${size} passages: building the synthetic corpus`);
  const corpusStart = deps.now();
  const reports = buildSyntheticCorpus(seedReports, { passages: size, seed: options.corpusSeed });
  const corpusMs = deps.now() - corpusStart;
  const queries = buildQuerySet(reports, { count: options.queries, seed: options.querySeed });
  const warmup = buildQuerySet(reports, { count: options.warmup, seed: options.querySeed + 1, generatedOnly: true });
  const corpusHeap = settledHeap(deps);

  deps.onProgress(`${size} passages: our index, ${queries.length} queries`);
  const ours = measureEngine(OUR_SEARCH, reports, queries, warmup, corpusHeap, deps);

  const plainQueries = size <= options.plainFullUpTo ? queries : sampleQueries(queries, options.plainSample);
  deps.onProgress(`${size} passages: plain Fuse, ${plainQueries.length} queries`);
  const plain = measureEngine(PLAIN_FUSE, reports, plainQueries, warmup.slice(0, 2), corpusHeap, deps);

  const oursOnPlainQueries = summarizeLatencies(plainQueries.map((query) => ours.byQuery.get(query) ?? Number.NaN));
  const byCategory = Object.fromEntries(
    QUERY_CATEGORIES.map((category) => [
      category,
      summarizeLatencies(
        queries.filter((query) => query.category === category).map((query) => ours.byQuery.get(query) ?? Number.NaN),
      ),
    ]),
  ) as Record<QueryCategory, LatencySummary>;
  const slowest = [...ours.byQuery]
    .sort((a, b) => b[1] - a[1])
    .slice(0, options.slowest)
    .map(([query, ms]) => ({ query: query.text, kind: query.category, ms }));

  return {
    passages: size,
    reports: reports.length,
    incidents: reports.reduce((sum, report) => sum + report.incidents.length, 0),
    corpusMs,
    ours: { ...ours.result, byCategory, slowest },
    plain: { ...plain.result, sampled: plainQueries.length < queries.length },
    oursOnPlainQueries,
    ratio: {
      p50: plain.result.latency.p50 / oursOnPlainQueries.p50,
      p99: plain.result.latency.p99 / oursOnPlainQueries.p99,
    },
  };
}

function measureEngine<Index>(
  engine: BenchEngine<Index>,
  reports: Report[],
  queries: readonly BenchQuery[],
  warmup: readonly BenchQuery[],
  corpusHeap: number,
  deps: BenchDeps,
): { result: EngineResult; byQuery: Map<BenchQuery, number> } {
  const buildStart = deps.now();
  const index = engine.build(reports);
  const buildMs = deps.now() - buildStart;
  const heap = settledHeap(deps);

  for (const query of warmup) engine.search(index, query);
  const byQuery = new Map<BenchQuery, number>();
  let withHits = 0;
  for (const query of queries) {
    const start = deps.now();
    const hits = engine.search(index, query);
    byQuery.set(query, deps.now() - start);
    if (hits > 0) withHits++;
  }
  return {
    result: {
      buildMs,
      heapMb: heap / MB,
      indexHeapMb: (heap - corpusHeap) / MB,
      latency: summarizeLatencies([...byQuery.values()]),
      withHits,
    },
    byQuery,
  };
}

function settledHeap(deps: BenchDeps): number {
  deps.gc?.();
  return deps.heapUsed();
}

/**
 * Every k-th item, spread over the whole list.
 *
 * @example
 * evenSample(['a', 'b', 'c', 'd'], 2); //=> ['a', 'c']
 */
export function evenSample<T>(items: readonly T[], count: number): T[] {
  if (count >= items.length) return [...items];
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)] as T);
}

/**
 * A sample of the query set with the categories in turn (a plain stride would land on one category,
 * since the set interleaves them), each category's picks spread over its hand-written and made-up queries.
 *
 * @example
 * sampleQueries(queries, 20).map((q) => q.category).slice(0, 6);
 * //=> ['word', 'misspelling', 'phrase', 'question', 'date', 'filter', 'operator']
 */
export function sampleQueries(queries: readonly BenchQuery[], count: number): BenchQuery[] {
  if (count >= queries.length) return [...queries];
  const groups = QUERY_CATEGORIES.map((category) => queries.filter((query) => query.category === category)).filter(
    (g) => g.length > 0,
  );
  const picks = groups.map((group, g) =>
    evenSample(group, Math.floor(count / groups.length) + (g < count % groups.length ? 1 : 0)),
  );
  const sample: BenchQuery[] = [];
  const rounds = Math.max(...picks.map((pick) => pick.length));
  for (let round = 0; round < rounds; round++) {
    for (const pick of picks) {
      const query = pick[round];
      if (query && sample.length < count) sample.push(query);
    }
  }
  return sample;
}
