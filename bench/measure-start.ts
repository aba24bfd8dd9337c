/**
 * One start of the app's loading path, in its own process (so cold and warm are real restarts): loads DIR through the
 * cache as main.ts does, answers one question, then (with --queries N) times N mixed queries, and (with --live DIR2)
 * copies DIR2's chapters into DIR while asking questions, until the watcher has swapped them in, and (with --workers N)
 * starts N answer workers as the Slack app does; `--parse-workers N` parses in N workers (0: in the main thread) instead
 * of letting the loader decide from the machine's load. A cold start defers the incident records as the app does (the
 * passages answer first; the watcher then reads the records in full, in the background pool, and the index is swapped):
 * `incidentsMs` is when they are in, `incidentsLongestWaitMs` the longest a question waited meanwhile; `--no-defer`
 * parses everything before the first answer (as before 2026-12-02). Prints JSON.
 */
import { cp, readdir } from 'node:fs/promises';
import path from 'node:path';
import { ConsoleLogger, LogLevel } from '@slack/logger';
import { buildAnswerDeps } from '../src/answers/build-answer-deps.js';
import { buildIndexAndSnapshotOffThread, buildIndexOffThread } from '../src/answers/build-index-off-thread.js';
import { createLiveAnswerDeps } from '../src/answers/live-answer-deps.js';
import { loadCachedCorpus, saveCachedCorpus } from '../src/corpus/load-cached-corpus.js';
import { backgroundPool, countDeferred, DEFER_INCIDENTS_OVER_BYTES } from '../src/corpus/load-corpus.js';
import { watchCorpus } from '../src/corpus/watch-corpus.js';
import { createAnswerPool } from '../src/slack/answer-pool.js';
import { buildIndex, restoreIndexSnapshot, search, storeIndexSnapshotInSlices } from '../src/search/index.js';
import { BENCH_LIMIT, BENCH_NOW } from './bench-engines.js';
import { buildQuerySet } from './build-query-set.js';
import { summarizeLatencies } from './summarize-latencies.js';

const [dir = '', ...rest] = process.argv.slice(2);
const queryCount = Number(rest[rest.indexOf('--queries') + 1] ?? 0) || 0;
const liveDir = rest.includes('--live') ? (rest[rest.indexOf('--live') + 1] ?? null) : null;
const workers = rest.includes('--workers') ? Number(rest[rest.indexOf('--workers') + 1]) || 0 : 0;
// `--parse-workers N`: parse in a pool of N workers whatever the machine's load (0: in this thread); without it the
// loader decides as the app does (workers only while a core is idle).
const parseWorkers = rest.includes('--parse-workers') ? Number(rest[rest.indexOf('--parse-workers') + 1]) : null;
const pool =
  parseWorkers !== null && Number.isInteger(parseWorkers) && parseWorkers >= 0 ? { size: parseWorkers } : null;
const defer = !rest.includes('--no-defer');

const started = performance.now();
// As main.ts does: the cache's snapshot of the index is made in slices.
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const loaded = await loadCachedCorpus(
  dir,
  {
    build: buildIndex,
    store: (index) => storeIndexSnapshotInSlices(index, nextTurn),
    restore: restoreIndexSnapshot,
  },
  {
    ...(defer ? { deferIncidentsOver: DEFER_INCIDENTS_OVER_BYTES } : {}),
    ...(pool !== null && !defer ? { pool } : {}),
  },
);
const deps = buildAnswerDeps(loaded.corpus.reports, undefined, loaded.index);
const loadMs = performance.now() - started;
const askedAt = performance.now();
deps.engine.search('how many suspects were arrested in the July operation', {
  mode: 'ask',
  limit: BENCH_LIMIT,
  now: BENCH_NOW,
});
// Time from the process's start (node and tsx included) to the first answer, and the CPU time of every thread of the
// process until then (steadier than wall time on a shared machine).
const firstAnswerMs = performance.now();
// What the first answer is made of: module loading before the load starts, the load, and the first question alone.
const importMs = started;
const firstQuestionMs = firstAnswerMs - askedAt;
const cpu = process.cpuUsage();
const firstAnswerCpuMs = (cpu.user + cpu.system) / 1000;
const incomplete = countDeferred(loaded.corpus) > 0;
let corpus = loaded.corpus;
let index = loaded.index;
const completion: Record<string, unknown> = {};
// As main.ts does: the cache, and answer workers started later, take the index worker's snapshot bytes as they are.
let completedSnapshot: Uint8Array | null = null;
if (incomplete) {
  // As main.ts does: the watcher parses the deferred files again in full (in the background pool), the index over
  // them is built in a worker thread and swapped in; a question is asked every 200 ms meanwhile (a busy channel).
  const live = createLiveAnswerDeps(deps);
  const waits: number[] = [];
  let asking = true;
  const asker = (async () => {
    while (asking) {
      const t = performance.now();
      live.deps.engine.search('who claimed the bombing', { mode: 'ask', limit: BENCH_LIMIT, now: BENCH_NOW });
      await new Promise((resolve) => setTimeout(resolve, 200));
      waits.push(performance.now() - t - 200);
    }
  })();
  const complete = await new Promise<{
    next: typeof corpus;
    built: Awaited<ReturnType<typeof buildIndexAndSnapshotOffThread>>;
  }>((resolve) => {
    const watcher = watchCorpus(
      dir,
      loaded.corpus,
      (next) => {
        watcher.close();
        void buildIndexAndSnapshotOffThread(next.reports).then((built) => resolve({ next, built }));
      },
      { complete: { pool: pool ?? backgroundPool() } },
    );
    void watcher.check();
  });
  live.swap(buildAnswerDeps(complete.next.reports, undefined, complete.built.index));
  asking = false;
  await asker;
  corpus = complete.next;
  index = complete.built.index;
  completedSnapshot = complete.built.snapshot;
  completion.incidentsMs = performance.now();
  completion.incidentsLongestWaitMs = Math.max(...waits);
  completion.answeredMeanwhile = waits.length;
}
const saveStarted = performance.now();
// How long the event loop is held while the cache is written (a running app answers nothing meanwhile).
const saveBlockMs = await longestBlock(async () => {
  if (incomplete)
    await saveCachedCorpus(
      dir,
      corpus,
      completedSnapshot === null ? await storeIndexSnapshotInSlices(index, nextTurn) : [completedSnapshot],
    );
  else if (loaded.source !== 'cache') await loaded.save();
});
const saveMs = performance.now() - saveStarted;

const passages = corpus.reports.reduce((n, r) => n + r.sections.reduce((m, s) => m + s.passages.length, 0), 0);
const incidents = corpus.reports.reduce((n, r) => n + r.incidents.length, 0);
const result: Record<string, unknown> = {
  source: loaded.source,
  files: corpus.files,
  parsed: corpus.parsed,
  errors: corpus.errors.length,
  reports: corpus.reports.length,
  passages,
  incidents,
  loadMs,
  firstAnswerMs,
  firstAnswerCpuMs,
  importMs,
  firstQuestionMs,
  saveMs,
  saveBlockMs,
  ...completion,
};

if (workers > 0) {
  // As main.ts does with Slack: the answer workers start once the reports are loaded, restore their index from the
  // cache's bytes, and the main thread answers meanwhile. Timed: until every worker is ready (from the process's
  // start), the longest the main thread's event loop waited meanwhile, and a first question through a worker.
  const quiet = new ConsoleLogger();
  quiet.setLevel(LogLevel.ERROR);
  const gaps = await longestBlock(async () => {
    const pool = createAnswerPool({
      reports: [...corpus.reports],
      size: workers,
      logger: quiet,
      snapshot: loaded.storedIndex ?? completedSnapshot,
      inlineUntilReady: true,
    });
    while (pool.problem() !== null) await new Promise((resolve) => setTimeout(resolve, 20));
    result.workersReadyMs = performance.now();
    const asked = performance.now();
    await pool.answer({ kind: 'message', text: 'how many suspects were arrested in the July operation' });
    result.workerAnswerMs = performance.now() - asked;
    await pool.close();
  });
  result.workersLongestWaitMs = gaps;
}

if (queryCount > 0) {
  const queries = buildQuerySet(corpus.reports, { count: queryCount });
  for (const q of buildQuerySet(corpus.reports, { count: 60, seed: 7, generatedOnly: true }))
    search(index, q.text, { mode: q.mode, limit: BENCH_LIMIT, now: BENCH_NOW });
  const times = queries.map((q) => {
    const t = performance.now();
    search(index, q.text, { mode: q.mode, limit: BENCH_LIMIT, now: BENCH_NOW });
    return performance.now() - t;
  });
  result.queries = summarizeLatencies(times);
  // The queries that make the p99: the slowest ten, with their kind.
  result.slowest = queries
    .map((q, i) => ({ query: q.text, kind: q.category, mode: q.mode, ms: times[i] ?? 0 }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 10);
}

if (liveDir !== null) {
  const live = createLiveAnswerDeps(buildAnswerDeps(corpus.reports, undefined, index));
  const expected = corpus.files + (await readdir(liveDir)).filter((n) => n.endsWith('.txt')).length;
  let swapped = 0;
  const done = new Promise<number>((resolve) => {
    // As main.ts does: the index is built in a worker thread, the newest reload wins.
    let reloads = 0;
    const watcher = watchCorpus(dir, corpus, (next) => {
      const mine = ++reloads;
      void buildIndexOffThread(next.reports).then((index) => {
        if (mine !== reloads) return;
        live.swap(buildAnswerDeps(next.reports, undefined, index));
        swapped += 1;
        if (next.files >= expected) {
          watcher.close();
          resolve(performance.now());
        }
      });
    });
  });
  // Questions keep coming while the chapters are copied in and the watcher loads them.
  const gaps: number[] = [];
  let answered = 0;
  let asking = true;
  const ask = async () => {
    while (asking) {
      const t = performance.now();
      live.deps.engine.search('who claimed the bombing', { mode: 'ask', limit: BENCH_LIMIT, now: BENCH_NOW });
      answered += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      gaps.push(performance.now() - t);
    }
  };
  const copyStarted = performance.now();
  const asker = ask();
  for (const name of await readdir(liveDir)) await cp(path.join(liveDir, name), path.join(dir, name));
  const endedAt = await done;
  asking = false;
  await asker;
  result.live = {
    added: expected - corpus.files,
    swaps: swapped,
    visibleAfterMs: endedAt - copyStarted,
    answeredMeanwhile: answered,
    longestWaitMs: Math.max(...gaps),
    reportsAfter: live.deps.reports.length,
  };
}
result.peakRssMb = process.resourceUsage().maxRSS / 1024;

// The longest time the event loop went without a turn while `work` ran (a 5 ms timer that notes each gap).
async function longestBlock(work: () => Promise<void>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  await work();
  clearInterval(timer);
  return Math.max(longest, performance.now() - last);
}
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
