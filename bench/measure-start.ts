/**
 * One start of the app's loading path, in its own process (so cold and warm are real restarts): loads DIR through the
 * cache as main.ts does, answers one question, then (with --queries N) times N mixed queries, and (with --live DIR2)
 * copies DIR2's chapters into DIR while asking questions, until the watcher has swapped them in. Prints JSON.
 */
import { cp, readdir } from 'node:fs/promises';
import path from 'node:path';
import { buildAnswerDeps } from '../src/answers/build-answer-deps.js';
import { createLiveAnswerDeps } from '../src/answers/live-answer-deps.js';
import { loadCachedCorpus } from '../src/corpus/load-cached-corpus.js';
import { watchCorpus } from '../src/corpus/watch-corpus.js';
import { buildIndex, restoreIndexSnapshot, search, storeIndexSnapshot } from '../src/search/index.js';
import { BENCH_LIMIT, BENCH_NOW } from './bench-engines.js';
import { buildQuerySet } from './build-query-set.js';
import { summarizeLatencies } from './summarize-latencies.js';

const [dir = '', ...rest] = process.argv.slice(2);
const queryCount = Number(rest[rest.indexOf('--queries') + 1] ?? 0) || 0;
const liveDir = rest.includes('--live') ? (rest[rest.indexOf('--live') + 1] ?? null) : null;

const started = performance.now();
const loaded = await loadCachedCorpus(dir, {
  build: buildIndex,
  store: storeIndexSnapshot,
  restore: restoreIndexSnapshot,
});
const deps = buildAnswerDeps(loaded.corpus.reports, undefined, loaded.index);
const loadMs = performance.now() - started;
deps.engine.search('how many suspects were arrested in the July operation', {
  mode: 'ask',
  limit: BENCH_LIMIT,
  now: BENCH_NOW,
});
// Time from the process's start (node and tsx included) to the first answer.
const firstAnswerMs = performance.now();
const saveStarted = performance.now();
if (loaded.source !== 'cache') await loaded.save();
const saveMs = performance.now() - saveStarted;

const passages = loaded.corpus.reports.reduce((n, r) => n + r.sections.reduce((m, s) => m + s.passages.length, 0), 0);
const incidents = loaded.corpus.reports.reduce((n, r) => n + r.incidents.length, 0);
const result: Record<string, unknown> = {
  source: loaded.source,
  files: loaded.corpus.files,
  parsed: loaded.corpus.parsed,
  errors: loaded.corpus.errors.length,
  reports: loaded.corpus.reports.length,
  passages,
  incidents,
  loadMs,
  firstAnswerMs,
  saveMs,
};

if (queryCount > 0) {
  const queries = buildQuerySet(loaded.corpus.reports, { count: queryCount });
  for (const q of buildQuerySet(loaded.corpus.reports, { count: 60, seed: 7, generatedOnly: true }))
    search(loaded.index, q.text, { mode: q.mode, limit: BENCH_LIMIT, now: BENCH_NOW });
  const times = queries.map((q) => {
    const t = performance.now();
    search(loaded.index, q.text, { mode: q.mode, limit: BENCH_LIMIT, now: BENCH_NOW });
    return performance.now() - t;
  });
  result.queries = summarizeLatencies(times);
}

if (liveDir !== null) {
  const live = createLiveAnswerDeps(deps);
  const expected = loaded.corpus.files + (await readdir(liveDir)).filter((n) => n.endsWith('.txt')).length;
  let swapped = 0;
  const done = new Promise<number>((resolve) => {
    const watcher = watchCorpus(dir, loaded.corpus, (next) => {
      live.swap(buildAnswerDeps(next.reports));
      swapped += 1;
      if (next.files >= expected) {
        watcher.close();
        resolve(performance.now());
      }
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
    added: expected - loaded.corpus.files,
    swaps: swapped,
    visibleAfterMs: endedAt - copyStarted,
    answeredMeanwhile: answered,
    longestWaitMs: Math.max(...gaps),
    reportsAfter: live.deps.reports.length,
  };
}
result.peakRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
