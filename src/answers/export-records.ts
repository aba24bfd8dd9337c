import { stringify } from 'csv-stringify/sync';
import type { MatchedRecord } from './collect-incidents.js';
import { evidenceWords } from './evidence-words.js';

/** One exported row: a record with everything needed to cite it. */
export interface ExportRow {
  report: string;
  country: string;
  year: number | null;
  section: string;
  date: string;
  endDate: string | null;
  places: string;
  kind: string;
  killed: number | null;
  wounded: number | null;
  arrested: number | null;
  evidence: string;
  text: string;
  citation: string;
  sourceUrl: string | null;
}

/** The CSV header, in column order. */
export const EXPORT_COLUMNS: ReadonlyArray<{ key: keyof ExportRow; header: string }> = [
  { key: 'report', header: 'report' },
  { key: 'country', header: 'country' },
  { key: 'year', header: 'year' },
  { key: 'section', header: 'section' },
  { key: 'date', header: 'date' },
  { key: 'endDate', header: 'end date' },
  { key: 'places', header: 'places' },
  { key: 'kind', header: 'kind' },
  { key: 'killed', header: 'killed' },
  { key: 'wounded', header: 'wounded' },
  { key: 'arrested', header: 'arrested' },
  { key: 'evidence', header: 'evidence words' },
  { key: 'text', header: 'text' },
  { key: 'citation', header: 'citation' },
  { key: 'sourceUrl', header: 'source URL' },
];

/** A record as one export row; figures stay empty (null) where the report states none. */
export function buildExportRow({ incident, report, citation }: MatchedRecord): ExportRow {
  const figures = (['killed', 'wounded', 'arrested'] as const).filter((m) => incident[m] !== null);
  return {
    report: report.title,
    country: report.country,
    year: report.year,
    section: citation.section,
    date: incident.date,
    endDate: incident.endDate,
    places: incident.places.join('; '),
    kind: incident.kind,
    killed: incident.killed,
    wounded: incident.wounded,
    arrested: incident.arrested,
    evidence: figures
      .map((measure) => evidenceWords(incident, measure))
      .filter((w, i, all) => all.indexOf(w) === i)
      .join(' … '),
    text: incident.text,
    citation: citation.text,
    sourceUrl: citation.sourceUrl ?? report.sourceUrl,
  };
}

/**
 * Every record as CSV (csv-stringify), UTF-8 with a byte-order mark so spreadsheets read the accents and dashes right.
 * @example formatCsv(rows).startsWith('\uFEFFreport,country,year') //=> true
 */
export function formatCsv(rows: readonly ExportRow[]): string {
  return stringify(
    rows.map((row) => EXPORT_COLUMNS.map(({ key }) => row[key] ?? '')),
    { bom: true, header: true, columns: EXPORT_COLUMNS.map(({ header }) => header), record_delimiter: 'windows' },
  );
}

/** Every record as a JSON array (pretty-printed, nulls kept). */
export function formatJson(rows: readonly ExportRow[]): string {
  return `${JSON.stringify(rows, null, 2)}\n`;
}
