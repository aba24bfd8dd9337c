import { QUERY_CATEGORIES } from './build-query-set.js';
import { checkTargets, TARGETS } from './check-targets.js';
import type { BenchOptions, SizeResult } from './run-bench.js';

/** Where and how the bench ran, printed with the figures. */
export interface BenchMeta {
  startedAt: string;
  /** `0319aec`, or `0319aec + uncommitted src/search changes`; null when git could not tell. */
  searchCode: string | null;
  node: string;
  platform: string;
  cpus: string;
  gcExposed: boolean;
  /** 1-minute load average when the run started and ended: other processes on the machine skew timings. */
  loadAverage: { start: number; end: number };
  cores: number;
  seedFiles: number;
  seedReports: number;
  seedSkipped: number;
  totalMs: number;
  options: BenchOptions;
}

/** A figure for the table: more decimals for small numbers (`0.42`, `7.3`, `1520`), `–` for none. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (Math.abs(value) < 10) return value.toFixed(2);
  if (Math.abs(value) < 100) return value.toFixed(1);
  return value.toFixed(0);
}

function row(cells: readonly (string | number)[]): string {
  return `| ${cells.join(' | ')} |`;
}

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)];
}

/**
 * Renders the results as Markdown: the main table (sizes × build, heap, latency, plain Fuse, speed-up),
 * the targets at 100k marked met or missed, latency by query kind, the slowest queries and how it was
 * measured.
 *
 * @param results - one per size
 * @param meta - machine and options
 * @returns the Markdown text
 * @example
 * process.stdout.write(renderMarkdown(results, meta));
 */
export function renderMarkdown(results: readonly SizeResult[], meta: BenchMeta): string {
  const lines: string[] = ['# reportdesk search benchmark', ''];
  lines.push(
    ...table(
      [
        'passages',
        'chapters',
        'build ms',
        'heap MB',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'Fuse build ms',
        'Fuse p50 ms',
        'Fuse p99 ms',
        'Fuse queries',
        'ratio Fuse÷ours p50 · p99',
      ],
      results.map((r) => [
        r.passages,
        r.reports,
        formatNumber(r.ours.buildMs),
        formatNumber(r.ours.heapMb),
        formatNumber(r.ours.latency.p50),
        formatNumber(r.ours.latency.p95),
        formatNumber(r.ours.latency.p99),
        formatNumber(r.plain.buildMs),
        formatNumber(r.plain.latency.p50),
        formatNumber(r.plain.latency.p99),
        `${r.plain.latency.count}${r.plain.sampled ? ' (sample)' : ''}`,
        `${formatNumber(r.ratio.p50)}× · ${formatNumber(r.ratio.p99)}×`,
      ]),
    ),
  );

  lines.push('', `## Targets at ${TARGETS.passages.toLocaleString('en-US')} passages`, '');
  lines.push(
    ...table(
      ['target', 'limit', 'measured', 'status'],
      checkTargets(results).map((c) => [
        c.name,
        c.limit,
        c.actual === null ? '–' : `${formatNumber(c.actual)} ${c.unit}`,
        c.status,
      ]),
    ),
  );

  lines.push('', '## Our latency by query kind (p50 / p99 ms)', '');
  lines.push(
    ...table(
      [
        'passages',
        ...QUERY_CATEGORIES.map((category) => `${category} (${results[0]?.ours.byCategory[category].count ?? 0})`),
      ],
      results.map((r) => [
        r.passages,
        ...QUERY_CATEGORIES.map(
          (c) => `${formatNumber(r.ours.byCategory[c].p50)} / ${formatNumber(r.ours.byCategory[c].p99)}`,
        ),
      ]),
    ),
  );

  const largest = results.at(-1);
  if (largest) {
    lines.push('', `## Slowest queries at ${largest.passages} passages (ours)`, '');
    for (const { query, kind, ms } of largest.ours.slowest)
      lines.push(`- ${formatNumber(ms)} ms (${kind}) \`${query}\``);
  }

  lines.push('', '## How this was measured', '', ...renderMethod(results, meta));
  return `${lines.join('\n')}\n`;
}

// A load above ~half the cores before the bench adds its own means other work shared the machine.
function busy(meta: BenchMeta): boolean {
  return Math.max(meta.loadAverage.start, meta.loadAverage.end - 1) > meta.cores / 2;
}

function renderMethod(results: readonly SizeResult[], meta: BenchMeta): string[] {
  const o = meta.options;
  const skipped = meta.seedSkipped > 0 ? ` (${meta.seedSkipped} unparseable files skipped)` : '';
  const hits = results.map(
    (r) =>
      `${r.passages}: ours ${r.ours.withHits}/${r.ours.latency.count}, Fuse ${r.plain.withHits}/${r.plain.latency.count}`,
  );
  const indexHeap = results.map((r) => `${formatNumber(r.ours.indexHeapMb)} MB at ${r.passages}`);
  const gc = meta.gcExposed ? '`global.gc()`' : 'no GC (run node with --expose-gc for settled figures)';
  return [
    `- ${meta.startedAt}, node ${meta.node}, ${meta.platform}, ${meta.cpus}; ` +
      `whole run ${formatNumber(meta.totalMs / 1000)} s; load average ${formatNumber(meta.loadAverage.start)} at the start, ` +
      `${formatNumber(meta.loadAverage.end)} at the end${busy(meta) ? ' (other processes may have been competing for the CPU: timings may be inflated)' : ''}.`,
    `- Search code: ${meta.searchCode ?? 'unknown (no git)'}.`,
    `- Corpora: synthetic chapters (~190 countries × 2004–2023) recombined from ${meta.seedReports} real chapters ` +
      `in ${meta.seedFiles} files${skipped}; corpus seed ${o.corpusSeed}, query seed ${o.querySeed}.`,
    `- Ours: ${o.queries} mixed queries per size (words, misspellings, phrases, questions, dates, filters), ` +
      `each timed once after ${o.warmup} warm-up queries that share none of them; limit 5, fixed \`now\`.`,
    "- Plain Fuse.js: `new Fuse(passages, { keys: ['text'] })`, `search(q, { limit: 5 })`; " +
      `the whole query set up to ${o.plainFullUpTo} passages, above that an even sample of ${o.plainSample} queries ` +
      `over the six kinds (it takes up to seconds per query). On ${o.plainSample} queries its p99 is its slowest query.`,
    '- Ratio: plain Fuse latency ÷ ours on the same queries (ours timed on that sample); ' +
      '100× means ours is 100 times faster. Percentiles are nearest-rank.',
    `- Queries that returned at least one hit: ${hits.join('; ')}.`,
    '- Build: one `buildIndex` call on already-parsed reports (parsing the files is not included). ' +
      `Heap: \`heapUsed\` after ${gc}, corpus included; the index alone adds ${indexHeap.join(', ')}.`,
  ];
}

/**
 * Renders the same results as JSON (NaN becomes null).
 *
 * @example
 * JSON.parse(renderJson(results, meta)).targets[0].status; //=> 'met'
 */
export function renderJson(results: readonly SizeResult[], meta: BenchMeta): string {
  return `${JSON.stringify({ meta, sizes: results, targets: checkTargets(results) }, null, 2)}\n`;
}
