import type { Corpus } from '../corpus/load-corpus.js';
import type { Report } from '../report/types.js';
import { clip, formatTable } from './format-table.js';

/** The `parse --json` document: the report objects exactly as the parser returns them. */
export function renderParseJson(corpus: Corpus): string {
  return JSON.stringify({ reports: corpus.reports, errors: corpus.errors }, null, 2);
}

/** What `reportdesk parse FILE…` prints for people: each report, its sections and an incident table. */
export function renderParseText(corpus: Corpus): string {
  const parts = corpus.reports.map(renderReport);
  for (const { file, message } of corpus.warnings) parts.push(`warning: ${file}: ${message}`);
  for (const { file, message } of corpus.errors) parts.push(`error: ${file}: ${message}`);
  parts.push(
    `${corpus.reports.length} report${corpus.reports.length === 1 ? '' : 's'} from ${corpus.files} file${corpus.files === 1 ? '' : 's'}` +
      (corpus.errors.length ? `, ${corpus.errors.length} file${corpus.errors.length === 1 ? '' : 's'} failed` : ''),
  );
  return parts.join('\n\n');
}

function renderReport(report: Report): string {
  const lines = [
    report.title,
    `  id: ${report.id}   country: ${report.country}   year: ${report.year ?? 'unknown'}`,
    `  publisher: ${report.publisher ?? 'unknown'}   published: ${report.publicationDate ?? 'unknown'}`,
    `  file: ${report.file || '(text)'}`,
  ];
  if (report.sourceUrl) lines.push(`  source: ${report.sourceUrl}`);
  lines.push('', '  Sections:');
  for (const s of report.sections)
    lines.push(`    ${s.heading} (${s.passages.length} passage${s.passages.length === 1 ? '' : 's'})`);
  lines.push('', `  Incidents: ${report.incidents.length}`);
  if (report.incidents.length) {
    const rows = report.incidents.map((i) => [
      i.endDate ? `${i.date}..${i.endDate}` : i.date,
      i.kind,
      clip(i.places.join(', ') || '-', 24),
      i.killed?.toString() ?? '-',
      i.wounded?.toString() ?? '-',
      i.arrested?.toString() ?? '-',
      clip(i.text, 70),
    ]);
    const table = formatTable(['date', 'kind', 'places', 'killed', 'wounded', 'arrested', 'text'], rows);
    lines.push(...table.split('\n').map((l) => `    ${l}`));
  }
  return lines.join('\n');
}
