/**
 * `npm run bench:corpus`: start-up at series scale. Writes N synthetic chapters (default 3,300) as .txt files, then
 * starts the loading path in a fresh process twice: cold (no cache: every file parsed, the index built, the cache
 * written) and warm (the cache: nothing parsed, the index restored); then query p50/p99 over the mixed query set, and
 * 200 chapters copied into the folder of a running load while it answers. Prints a Markdown table with the load average.
 *
 *   npm run bench:corpus                      # 3,300 chapters
 *   npm run bench:corpus -- --chapters 500    # fewer
 *   npm run bench:corpus -- --skip-live       # cold, warm and queries only (no live import: a shorter run)
 *   npm run bench:corpus -- --base DIR        # chapters written under DIR (default: the temporary folder)
 *   npm run bench:corpus -- --tsx             # the loading path run through tsx, not built (as before 2026-12-02)
 *   npm run bench:corpus -- --parse-workers 2 # the cold start parses in 2 workers (0: one thread) whatever the load
 *   npm run bench:corpus -- --no-defer        # the cold start reads the incident records before its first answer
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSeedReports } from './load-seed-reports.js';
import { writeCorpusFiles } from './write-corpus-files.js';
import { CACHE_FILE } from '../src/corpus/corpus-cache.js';

const args = process.argv.slice(2);
const chapters = Number(args[args.indexOf('--chapters') + 1] ?? 3300) || 3300;
const skipLive = args.includes('--skip-live');
const root = fileURLToPath(new URL('..', import.meta.url));
// `--base DIR`: where the chapters are written (default in the temporary folder; helpers running side by side each
// give their own, or they would overwrite each other's chapters).
const baseArg = args.indexOf('--base');
const base = baseArg >= 0 ? path.resolve(args[baseArg + 1] ?? '') : path.join(tmpdir(), 'reportdesk-bench-corpus');
const dir = path.join(base, 'data');
const extra = path.join(base, 'incoming');
const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();

const log = (line: string) => process.stderr.write(`bench:corpus: ${line}\n`);
const startUptime = uptime();
await rm(base, { recursive: true, force: true });
await mkdir(base, { recursive: true });
const seed = await loadSeedReports(root);
log(`writing ${chapters} chapters to ${dir}`);
const written = await writeCorpusFiles(seed.reports, dir, chapters + 200);
// The last 200 chapters wait in another folder, for the live import.
await mkdir(extra, { recursive: true });
for (const report of written.slice(chapters)) await rm(path.join(dir, `${report.id}.txt`));
await writeLast200(written.slice(chapters));

async function writeLast200(reports: typeof written): Promise<void> {
  const { writeFile } = await import('node:fs/promises');
  const { renderChapterText } = await import('./render-chapter-text.js');
  for (const report of reports) await writeFile(path.join(extra, `${report.id}.txt`), renderChapterText(report));
}

type Run = Record<string, unknown> & { loadMs: number; firstAnswerMs: number; peakRssMb: number };
// What a user gets: `npm start` runs the app built to dist/ (bin/start.js), so the loading path is timed in built
// JavaScript too: dist/ brought up to date as bin/start.js does, and measure-start.ts bundled on its own with every
// import of src/ pointing at dist/. `--tsx` times it through tsx instead (as before 2026-12-02: 1.6-1.9 s more of
// module loading, in every figure counted from the process's start).
const viaTsx = args.includes('--tsx');
const script = viaTsx ? path.join(root, 'bench/measure-start.ts') : await buildMeasureScript();
const measure = (...more: string[]): Run => {
  const out = execFileSync(process.execPath, [...(viaTsx ? ['--import', 'tsx'] : []), script, dir, ...more], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Run;
};

async function buildMeasureScript(): Promise<string> {
  execFileSync(process.execPath, [path.join(root, 'bin/build-if-stale.js')], { stdio: 'inherit' });
  const { build } = await import('esbuild');
  const dist = path.join(root, 'dist');
  const outfile = path.join(dist, 'bench', 'measure-start.js');
  await build({
    entryPoints: [path.join(root, 'bench/measure-start.ts')],
    outfile,
    bundle: true,
    packages: 'external',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
    plugins: [
      {
        name: 'app-from-dist',
        setup(on) {
          on.onResolve({ filter: /\/src\// }, ({ path: imported, resolveDir }) => {
            const built = path.join(dist, path.relative(path.join(root, 'src'), path.resolve(resolveDir, imported)));
            return { path: `./${path.relative(path.dirname(outfile), built)}`, external: true };
          });
        },
      },
    ],
  });
  return outfile;
}

await rm(path.join(dir, CACHE_FILE), { force: true });
log('cold start (no cache)');
// `--parse-workers N`: the cold start parses in N workers (0: in the main thread) whatever the machine's load.
const parseWorkersAt = args.indexOf('--parse-workers');
const coldArgs = [
  ...(parseWorkersAt >= 0 ? ['--parse-workers', args[parseWorkersAt + 1] ?? '0'] : []),
  ...(args.includes('--no-defer') ? ['--no-defer'] : []),
];
const cold = measure(...coldArgs);
log(`cold: ${JSON.stringify(cold)}`);
log('warm start (cache) + queries');
const warm = measure('--queries', '480', '--workers', '2');
log(`warm: ${JSON.stringify(warm)}`);
// The app itself, as `npm start` runs it (bin/start.js, the console: no Slack tokens), warm: from the process's start
// to the first answer of a question piped in, three times.
const appStarts: number[] = [];
for (let run = 0; run < 3; run += 1) appStarts.push(await timeAppStart());
log(`npm start (console), warm, to the first answer: ${appStarts.map((ms) => Math.round(ms)).join(', ')} ms`);

function timeAppStart(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--no-regexp-tier-up', path.join(root, 'bin/start.js')], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', DATA_DIR: dir, LOG_LEVEL: 'warn' },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    child.stdout.once('data', () => {
      resolve(performance.now() - started);
      child.kill();
    });
    child.once('error', reject);
    child.stdin.end('/incident Atyrau\n');
  });
}
const live = skipLive ? null : measureLive();

function measureLive(): Run {
  log('warm start + 200 chapters copied in while answering');
  const run = measure('--live', extra);
  log(`live: ${JSON.stringify(run)}`);
  return run;
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const q = warm.queries as { p50: number; p99: number; count: number };
const l = live?.live as
  | { added: number; visibleAfterMs: number; answeredMeanwhile: number; longestWaitMs: number }
  | undefined;
const slowest = (warm.slowest ?? []) as Array<{ query: string; kind: string; mode: string; ms: number }>;
process.stdout.write(
  [
    `chapters: ${cold.files} files → ${cold.reports} reports, ${cold.passages} passages, ${cold.incidents} incident records`,
    '',
    '| measure | figure |',
    '|---|---|',
    cold.incidentsMs === undefined
      ? `| cold load (parse ${cold.parsed} files + build index) | ${s(cold.loadMs)} (first answer ${s(cold.firstAnswerMs)} after process start; cache written in ${s(cold.saveMs as number)}, event loop held at most ${Math.round(cold.saveBlockMs as number)} ms) |`
      : `| cold load (parse ${cold.parsed} files without incident records + build index) | ${s(cold.loadMs)} (first answer ${s(cold.firstAnswerMs)} after process start) |`,
    ...(cold.incidentsMs === undefined
      ? []
      : [
          `| cold: incident records read in the background, index swapped | ${s(cold.incidentsMs as number)} after process start (${cold.answeredMeanwhile as number} questions answered meanwhile, longest wait ${Math.round(cold.incidentsLongestWaitMs as number)} ms); cache written in ${s(cold.saveMs as number)}, event loop held at most ${Math.round(cold.saveBlockMs as number)} ms |`,
        ]),
    `| warm load (cache, ${warm.parsed} parsed) | ${s(warm.loadMs)} (first answer ${s(warm.firstAnswerMs)} after process start, ${s(warm.firstAnswerCpuMs as number)} of CPU) |`,
    `| \`npm start\` (bin/start.js, the console), warm: first answer to a question piped in | ${appStarts.map((ms) => s(ms)).join(' / ')} after the process's start |`,
    `| Slack's 2 answer workers (warm) | ready ${s(warm.workersReadyMs as number)} after process start (the main thread answers until then), event loop held at most ${Math.round(warm.workersLongestWaitMs as number)} ms meanwhile; a first question through a worker ${Math.round(warm.workerAnswerMs as number)} ms |`,
    `| peak RSS | cold ${Math.round(cold.peakRssMb)} MB, warm ${Math.round(warm.peakRssMb)} MB |`,
    `| query p50 / p99 (${q.count} mixed queries, warm) | ${q.p50.toFixed(1)} ms / ${q.p99.toFixed(1)} ms |`,
    l
      ? `| ${l.added} chapters copied in while answering | visible after ${s(l.visibleAfterMs)}; ${l.answeredMeanwhile} questions answered meanwhile, longest wait ${Math.round(l.longestWaitMs)} ms |`
      : '| chapters copied in while answering | not run (--skip-live) |',
    `timed in ${viaTsx ? 'the TypeScript sources through tsx' : 'built JavaScript (dist/, as npm start runs)'}`,
    '',
    'slowest queries (warm):',
    ...slowest.map((x) => `  ${x.ms.toFixed(1)} ms  [${x.kind}, ${x.mode}] ${x.query}`),
    '',
    `uptime before: ${startUptime}`,
    `uptime after:  ${uptime()}`,
    `load average now: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(', ')}`,
    '',
  ].join('\n'),
);
