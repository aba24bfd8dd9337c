import { readFile } from 'node:fs/promises';
import { jsonSafe, terminalSafe } from './terminal-safe.js';
import { parseArgs } from 'node:util';
import type { Corpus } from '../corpus/load-corpus.js';
import type { EvalQuery, EvalReport } from '../search/index.js';
import type { SearchHit, SearchResponse } from '../search/types.js';
import { buildAnswerDeps, evaluateAnswers } from '../answers/index.js';
import type { CliIo } from './cli-io.js';
import { clip } from './format-table.js';
import { loadData } from '../corpus/load-data.js';
import {
  ALL_AT_RANK_ONE,
  CANNOT_READ,
  ERROR_LINE,
  EVAL_ABSTAINED_LINE,
  EVAL_ANSWERED_LINE,
  EVAL_KIND_LINE,
  EVAL_NEEDS_QUERIES,
  EVAL_NOT_ANSWERED,
  EVAL_WRONGLY_ANSWERED,
  LIMIT_OUT_OF_RANGE,
  NO_REPORTS_LOADED,
  NO_RESULTS,
  NOT_AT_RANK_ONE,
  NOT_IN_TOP,
  QUERIES_FILE_SHAPE,
  QUERY_ENTRY_SHAPE,
  RESULTS_FOR,
  SEARCH_NEEDS_QUERY,
  SKIPPED_FILE,
  TRY_SUGGESTIONS,
} from './messages.js';

/** Hits a JSON eval entry lists per query ("at least 10 where there are 10"). */
const EVAL_DEPTH = 10;

/** `reportdesk search [--json] [--limit N] [--incidents] [--data DIR] "<query>"` */
export async function searchCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      limit: { type: 'string', default: '10' },
      incidents: { type: 'boolean', default: false },
      data: { type: 'string', multiple: true },
    },
  });
  const query = positionals.join(' ').trim();
  const limit = Number(values.limit);
  if (!query) return usageError(io, SEARCH_NEEDS_QUERY);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) return usageError(io, LIMIT_OUT_OF_RANGE);
  const corpus = await loadOrFail(values.data, io);
  if (!corpus) return 1;
  const deps = buildAnswerDeps(corpus.reports);
  const response = deps.engine.search(query, { mode: values.incidents ? 'incident' : 'ask', limit });
  io.out(`${values.json ? jsonSafe(JSON.stringify(response, null, 2)) : terminalSafe(renderResponse(response))}\n`);
  return 0;
}

/** `reportdesk eval --queries FILE [--json] [--data DIR]…` */
export async function evalCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      queries: { type: 'string' },
      json: { type: 'boolean', default: false },
      data: { type: 'string', multiple: true },
    },
  });
  if (!values.queries) return usageError(io, EVAL_NEEDS_QUERIES);
  let queries: EvalQuery[];
  try {
    queries = parseQueriesFile(await readFile(values.queries, 'utf8'));
  } catch (error) {
    return usageError(io, CANNOT_READ(values.queries, error instanceof Error ? error.message : String(error)));
  }
  const corpus = await loadOrFail(values.data, io);
  if (!corpus) return 1;
  // Each query goes through the entry point its mode names, read as the bot reads it (help, summaries, mentions).
  // A copy of a chapter dropped at load still names its chapter (country and year) for a query's `file`.
  const report = evaluateAnswers(
    buildAnswerDeps(corpus.reports),
    queries,
    undefined,
    EVAL_DEPTH,
    corpus.duplicates ?? [],
  );
  if (values.json) {
    const results = report.results.map((r) => ({
      query: r.query,
      ms: Number(r.ms.toFixed(3)),
      answered: r.answered,
      rank: r.rank,
      hits: r.top.map((h) => ({
        kind: h.kind,
        id: h.id,
        reportId: h.reportId,
        text: h.text,
        passageText: h.passageText,
        score: h.score,
      })),
    }));
    io.out(`${jsonSafe(JSON.stringify({ summary: summarize(report), results }, null, 2))}\n`);
    return 0;
  }
  const summary = summarize(report);
  const lines = [
    `queries: ${report.results.length}`,
    `recall@1: ${report.recallAt1.toFixed(3)}`,
    `recall@3: ${report.recallAt3.toFixed(3)}`,
    `MRR:      ${report.mrr.toFixed(3)}`,
  ];
  for (const [kind, value] of Object.entries(report.recallAt1ByKind)) lines.push(EVAL_KIND_LINE(kind, value));
  if (summary.answered !== null) lines.push(EVAL_ANSWERED_LINE(summary.answered));
  if (summary.abstained !== null) lines.push(EVAL_ABSTAINED_LINE(summary.abstained));
  const misses = report.results.filter((r) => r.answerable !== false && r.rank !== 1);
  lines.push('', misses.length ? NOT_AT_RANK_ONE(misses.length) : ALL_AT_RANK_ONE);
  for (const m of misses)
    lines.push(`  [${m.mode}] ${m.query}  →  ${m.rank === null ? NOT_IN_TOP(EVAL_DEPTH) : `rank ${m.rank}`}`);
  const wrongAnswers = report.results.filter((r) => r.answerable === false && r.answered);
  if (wrongAnswers.length)
    lines.push('', EVAL_WRONGLY_ANSWERED(wrongAnswers.length), ...wrongAnswers.map((r) => `  [${r.mode}] ${r.query}`));
  const silent = report.results.filter((r) => r.answerable !== false && !r.answered);
  if (silent.length) lines.push('', EVAL_NOT_ANSWERED(silent.length), ...silent.map((r) => `  [${r.mode}] ${r.query}`));
  io.out(`${terminalSafe(lines.join('\n'))}\n`);
  return 0;
}

// The figures of a run, rounded for people and JSON alike.
function summarize(report: EvalReport) {
  const round = (x: number | null): number | null => (x === null ? null : Number(x.toFixed(3)));
  return {
    queries: report.results.length,
    recallAt1: round(report.recallAt1),
    recallAt3: round(report.recallAt3),
    mrr: round(report.mrr),
    recallAt1ByKind: Object.fromEntries(Object.entries(report.recallAt1ByKind).map(([k, v]) => [k, round(v)])),
    answered: round(report.answeredShare),
    abstained: round(report.abstainedShare),
  };
}

/**
 * Reads a queries file: `{ "queries": [ { "mode", "query", "expect", "file"?, "answerable"?, "kind"? } ] }` or a
 * bare array. A query with `answerable: false` needs no `expect`.
 */
export function parseQueriesFile(text: string): EvalQuery[] {
  const data: unknown = JSON.parse(text);
  const list = Array.isArray(data) ? data : (data as { queries?: unknown }).queries;
  if (!Array.isArray(list)) throw new Error(QUERIES_FILE_SHAPE);
  return list.map((q: unknown, i) => {
    const { mode, query, expect, file, answerable, kind } = (q ?? {}) as Record<string, unknown>;
    const unanswerable = answerable === false;
    if (
      (mode !== 'incident' && mode !== 'ask') ||
      typeof query !== 'string' ||
      (typeof expect !== 'string' && !unanswerable)
    ) {
      throw new Error(QUERY_ENTRY_SHAPE(i + 1));
    }
    return {
      mode,
      query,
      expect: typeof expect === 'string' ? expect : '',
      ...(typeof file === 'string' && file !== '' ? { file } : {}),
      ...(typeof answerable === 'boolean' ? { answerable } : {}),
      ...(typeof kind === 'string' ? { kind } : {}),
    };
  });
}

function renderResponse(response: SearchResponse): string {
  const lines: string[] = [];
  for (const p of response.problems) lines.push(`problem: ${p.message}`);
  if (response.hits.length === 0) {
    lines.push(NO_RESULTS(response.query.raw));
    if (response.suggestions.length) lines.push(TRY_SUGGESTIONS(response.suggestions));
    return lines.join('\n');
  }
  lines.push(RESULTS_FOR(response.total, response.query.raw));
  response.hits.forEach((hit, i) => {
    lines.push('', ...renderHit(hit, i + 1));
  });
  return lines.join('\n');
}

function renderHit(hit: SearchHit, rank: number): string[] {
  const head =
    hit.kind === 'incident' && hit.incident
      ? `${rank}. [incident ${hit.incident.date}${hit.incident.endDate ? `..${hit.incident.endDate}` : ''} ${hit.incident.kind}${hit.incident.places.length ? ` · ${hit.incident.places.join(', ')}` : ''}]`
      : `${rank}. [passage]`;
  return [
    `${head}  score ${hit.score.toFixed(3)}  ${hit.id}`,
    `   ${clip(hit.text, 400)}`,
    `   — ${hit.citation.text}`,
  ];
}

export async function loadOrFail(dirs: readonly string[] | string | undefined, io: CliIo): Promise<Corpus | null> {
  const corpus = await loadData(typeof dirs === 'string' ? dirs : dirs?.length ? dirs : 'data', io.errStream);
  for (const { file, message } of corpus.errors) io.err(`${terminalSafe(SKIPPED_FILE(file, message))}\n`);
  for (const d of corpus.duplicates ?? []) io.err(`${terminalSafe(d.message)}\n`);
  if (corpus.reports.length === 0) {
    io.err(`${NO_REPORTS_LOADED((typeof dirs === 'string' ? dirs : dirs?.join(', ')) || 'data')}\n`);
    return null;
  }
  return corpus;
}

export function usageError(io: CliIo, message: string): number {
  io.err(`${terminalSafe(ERROR_LINE(message))}\n`);
  return 2;
}
