import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadSeedReports } from './load-seed-reports.js';
import { BenchArgsError, BENCH_USAGE, parseBenchArgs } from './parse-bench-args.js';
import { renderJson, renderMarkdown } from './render-results.js';
import { runBench } from './run-bench.js';

const GB = 1024 ** 3;

// Which search code was measured: the commit, and whether src/search had uncommitted changes (the
// figures then describe the working tree). Null outside a git checkout.
function describeSearchCode(root: string): string | null {
  const git = (...args: string[]): string => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' }).trim();
  try {
    const commit = git('rev-parse', '--short', 'HEAD');
    return git('status', '--porcelain', '--', 'src/search') === ''
      ? commit
      : `${commit} + uncommitted src/search changes`;
  } catch (error) {
    process.stderr.write(
      `bench: could not read the git commit: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return null;
  }
}

// Composition root of `npm run bench`: reads the seed files, runs, prints. Figures go to stdout and
// progress to stderr, so `npm run bench -- --json > bench.json` stays valid JSON.
async function main(argv: string[]): Promise<number> {
  const args = parseBenchArgs(argv);
  if (args.help) {
    process.stdout.write(`${BENCH_USAGE}\n`);
    return 0;
  }
  const startedAt = new Date().toISOString();
  const startLoad = loadavg()[0] ?? 0;
  const started = performance.now();
  const root = fileURLToPath(new URL('..', import.meta.url));
  const seed = await loadSeedReports(root);
  const gc = typeof globalThis.gc === 'function' ? globalThis.gc : undefined;
  if (!gc)
    process.stderr.write(
      'bench: global.gc is missing (run node with --expose-gc); heap figures will include garbage\n',
    );
  const results = runBench(seed.reports, args.options, {
    now: () => performance.now(),
    heapUsed: () => process.memoryUsage().heapUsed,
    gc: gc ? () => void gc() : undefined,
    onProgress: (message) => process.stderr.write(`bench: ${message}\n`),
  });
  const meta = {
    startedAt,
    searchCode: describeSearchCode(root),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: `${availableParallelism()} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / GB)} GB`,
    gcExposed: gc !== undefined,
    loadAverage: { start: startLoad, end: loadavg()[0] ?? 0 },
    cores: availableParallelism(),
    seedFiles: seed.files,
    seedReports: seed.reports.length,
    seedSkipped: seed.skipped.length,
    totalMs: performance.now() - started,
    options: args.options,
  };
  process.stdout.write(args.json ? renderJson(results, meta) : renderMarkdown(results, meta));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof BenchArgsError) {
      process.stderr.write(`bench: ${error.message}\n\n${BENCH_USAGE}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`bench: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
