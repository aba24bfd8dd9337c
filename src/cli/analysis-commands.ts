import { parseArgs } from 'node:util';
import {
  type AnswerDeps,
  analysisEngine,
  buildAnswerDeps,
  buildExportFile,
  buildMapFile,
  buildTimelineFile,
  collectIncidents,
  countIncidents,
  parseAnalysisQuery,
  parseCompareRequest,
} from '../answers/index.js';
import { evidenceQuote } from '../answers/evidence-words.js';
import { resolveComparison } from '../answers/compare-request.js';
import {
  countHeadline,
  compareCounts,
  compareHeadline,
  noFigureLine,
  STATED_FIGURES_NOTE,
} from '../answers/messages.js';
import { BAD_FORMAT, COMPARE_NEEDS, NEEDS_QUERY, NOTHING_MATCHES, WROTE_FILE } from './messages.js';
import type { CliIo } from './cli-io.js';
import { loadOrFail, usageError } from './search-commands.js';
import { writeAnswerFile } from './write-answer-file.js';

async function loadDeps(dir: string | undefined, io: CliIo): Promise<AnswerDeps | null> {
  const corpus = await loadOrFail(dir, io);
  return corpus === null ? null : buildAnswerDeps(corpus.reports);
}

/** A question ("how many were killed in Kenya in 2017") or a query, as the /incident query it comes to. */
function toQuery(deps: AnswerDeps, text: string): ReturnType<typeof parseAnalysisQuery> {
  return parseAnalysisQuery(
    text,
    deps.reports.map((report) => report.country),
  );
}

/** `reportdesk chart|map [--out FILE] [--data DIR] "<query>"`: writes the PNG and prints its path. */
export async function pictureCommand(kind: 'chart' | 'map', args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string' }, data: { type: 'string' } },
  });
  const text = positionals.join(' ').trim();
  if (text === '') return usageError(io, NEEDS_QUERY(kind));
  const deps = await loadDeps(values.data, io);
  if (deps === null) return 1;
  const engine = analysisEngine(deps);
  const matched = collectIncidents(engine, toQuery(deps, text).query);
  if (matched.records.length === 0) {
    io.err(`${NOTHING_MATCHES(matched.query)}\n`);
    return 1;
  }
  const file = kind === 'chart' ? buildTimelineFile(engine, matched) : buildMapFile(matched);
  const written = await writeAnswerFile(file, values.out);
  io.out(`${WROTE_FILE(written.path, file.title)}\n${written.altText ?? ''}\n`);
  return 0;
}

/** `reportdesk export [--format csv|json] [--out FILE] [--data DIR] "<query>"`: every matching record, to stdout or FILE. */
export async function exportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'csv' }, out: { type: 'string' }, data: { type: 'string' } },
  });
  const text = positionals.join(' ').trim();
  if (text === '') return usageError(io, NEEDS_QUERY('export'));
  if (values.format !== 'csv' && values.format !== 'json') return usageError(io, BAD_FORMAT);
  const deps = await loadDeps(values.data, io);
  if (deps === null) return 1;
  const file = buildExportFile(collectIncidents(analysisEngine(deps), toQuery(deps, text).query), values.format);
  if (values.out === undefined) io.out((await file.build()).bytes.toString('utf8'));
  else io.err(`${WROTE_FILE((await writeAnswerFile(file, values.out)).path, file.title)}\n`);
  return 0;
}

/** `reportdesk count [--data DIR] "<question or query>"`: the number, then every record it came from. */
export async function countCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { data: { type: 'string' } } });
  const text = positionals.join(' ').trim();
  if (text === '') return usageError(io, NEEDS_QUERY('count'));
  const deps = await loadDeps(values.data, io);
  if (deps === null) return 1;
  const { query, measure } = toQuery(deps, text);
  const count = countIncidents(collectIncidents(analysisEngine(deps), query), measure);
  const lines = [
    countHeadline(count.total, count.measure, count.counted.length, count.matching, count.query),
    noFigureLine(count.withoutFigure, count.measure === 'records' ? 'killed, wounded or arrested' : count.measure),
    STATED_FIGURES_NOTE,
    '',
    ...count.counted.map(({ incident, citation }) => {
      const figure = count.measure === 'records' ? '' : ` · ${incident[count.measure]} ${count.measure}`;
      const { quote, marks } = evidenceQuote(incident, count.measure === 'records' ? null : count.measure);
      const read = marks.length > 0 ? `\n  read from: ${marks.map((mark) => `“${mark}”`).join(', ')}` : '';
      return `${incident.date} · ${incident.places.join(', ') || 'no place named'}${figure}\n  “${quote}”${read}\n  ${citation.text}`;
    }),
  ];
  io.out(`${lines.join('\n')}\n`);
  return 0;
}

/** `reportdesk compare [--data DIR] COUNTRY YEAR YEAR SECTION`: the section's sentences, kept, reworded, added, dropped. */
export async function compareCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { data: { type: 'string' } } });
  const request = parseCompareRequest(`compare ${positionals.join(' ')}`);
  if (request === null) return usageError(io, COMPARE_NEEDS);
  const deps = await loadDeps(values.data, io);
  if (deps === null) return 1;
  const result = resolveComparison(analysisEngine(deps), request, (report, section) =>
    deps.engine.formatCitation(report, section),
  );
  if (result.kind === 'missing') {
    io.err(`${result.message}\n`);
    return 1;
  }
  const from = result.from.report.year ?? 0;
  const to = result.to.report.year ?? 0;
  const lines = [
    compareHeadline(result.country, result.to.section.heading, from, to),
    compareCounts(result.comparison.counts),
    '',
  ];
  for (const row of result.comparison.rows) {
    if (row.change === 'added') lines.push(`+ added    ${to}: ${row.after}`);
    else if (row.change === 'dropped') lines.push(`- dropped  ${from}: ${row.before}`);
    else if (row.change === 'kept') lines.push(`= kept     ${row.after}`);
    else lines.push(`~ reworded ${from}: ${row.before}\n           ${to}: ${row.after}`);
  }
  io.out(`${lines.join('\n')}\n`);
  return 0;
}
