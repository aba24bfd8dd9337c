/**
 * `node --expose-gc --import tsx bench/time-build.ts [TREE…] [--rounds N] [--passages N]`: only the index build, over
 * the bench's synthetic corpus (default 100k passages), as `npm run bench` builds it. With several trees (checkouts
 * with `src/search/index.ts`), each round builds with each tree in turn, so the trees share the machine's load;
 * prints every build's wall and CPU ms and each tree's median, with the load average.
 *
 *   git worktree add /tmp/base main && ln -s "$PWD/node_modules" /tmp/base/
 *   node --expose-gc --import tsx bench/time-build.ts /tmp/base . --rounds 3
 */
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../src/report/types.js';
import { buildSyntheticCorpus } from './build-synthetic-corpus.js';
import { DEFAULT_BENCH_OPTIONS } from './run-bench.js';
import { loadSeedReports } from './load-seed-reports.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) || fallback : fallback;
};
const rounds = option('--rounds', 3);
const passages = option('--passages', 100_000);
const trees = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')).map((t) => path.resolve(t));
const root = fileURLToPath(new URL('..', import.meta.url));
if (trees.length === 0) trees.push(root);

const seed = await loadSeedReports(root);
const corpus = (size: number): Report[] =>
  buildSyntheticCorpus(seed.reports, { passages: size, seed: DEFAULT_BENCH_OPTIONS.corpusSeed });
const builders: Array<(reports: Report[]) => unknown> = [];
for (const tree of trees) {
  const mod = (await import(path.join(tree, `src/search/index${path.extname(fileURLToPath(import.meta.url))}`))) as {
    buildIndex: (reports: Report[]) => unknown;
  };
  builders.push(mod.buildIndex);
}
// As in `npm run bench`: the smaller sizes are built first, so the code is warm when the large one is.
for (const build of builders) for (const size of [1_000, 10_000]) build(corpus(size));
const reports = corpus(passages);
const gc = typeof globalThis.gc === 'function' ? globalThis.gc : () => undefined;
const times = trees.map(() => [] as number[]);
const cpuTimes = trees.map(() => [] as number[]);
for (let round = 0; round < rounds; round++) {
  builders.forEach((build, k) => {
    gc();
    const started = performance.now();
    const used = process.cpuUsage();
    build(reports);
    const spent = process.cpuUsage(used);
    const ms = performance.now() - started;
    times[k]?.push(ms);
    cpuTimes[k]?.push((spent.user + spent.system) / 1000);
    process.stdout.write(
      `round ${round + 1} ${trees[k]}: ${ms.toFixed(0)} ms (CPU ${((spent.user + spent.system) / 1000).toFixed(0)} ms, of which system ${(spent.system / 1000).toFixed(0)}), load ${loadavg()[0]?.toFixed(2)}\n`,
    );
  });
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
trees.forEach((tree, k) => {
  process.stdout.write(
    `${tree}: median ${median(times[k] ?? []).toFixed(0)} ms (CPU ${median(cpuTimes[k] ?? []).toFixed(0)} ms) of ${rounds}\n`,
  );
});
