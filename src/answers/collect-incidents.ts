import type { Incident, Report } from '../report/types.js';
import type { Citation, SearchResponse } from '../search/types.js';
import type { AnalysisEngine } from './engine.js';

/** A matching incident record with its report and citation. */
export interface MatchedRecord {
  incident: Incident;
  report: Report;
  citation: Citation;
}

export interface MatchedRecords {
  query: string;
  records: MatchedRecord[];
  response: SearchResponse;
}

/** More than the whole series holds (about 3,000 chapters, a few records each). */
const ALL = 1_000_000;

/**
 * Every incident record a query matches, not one page: what counts, exports and pictures are computed from. Passages
 * that are not incident records are left out. Records come in date order.
 * @example collectIncidents(engine, 'country:Kenya year:2017').records.length //=> 4
 */
export function collectIncidents(engine: AnalysisEngine, query: string): MatchedRecords {
  const now = engine.now?.();
  const response = engine.search(query, {
    mode: 'incident',
    limit: ALL,
    offset: 0,
    ...(now === undefined ? {} : { now }),
  });
  const reports = new Map(engine.reports.map((report) => [report.id, report]));
  const records = response.hits.flatMap((hit) => {
    const report = reports.get(hit.reportId);
    return hit.incident === null || report === undefined
      ? []
      : [{ incident: hit.incident, report, citation: hit.citation }];
  });
  records.sort((a, b) => a.incident.date.localeCompare(b.incident.date) || a.incident.id.localeCompare(b.incident.id));
  return { query, records: dropCopies(records), response };
}

/**
 * One record per event when two copies of one chapter are loaded (a Refworld copy and the PDF text of the same year):
 * records of the same country, year, date and words count once, so no count adds an event twice.
 */
function dropCopies(records: MatchedRecord[]): MatchedRecord[] {
  const seen = new Set<string>();
  return records.filter(({ incident, report }) => {
    const words = incident.text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    const key = `${report.country.toLowerCase()}|${report.year}|${incident.date}|${words}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The years of the loaded reports, ascending, once each. */
export function loadedYears(reports: readonly Report[]): number[] {
  return [...new Set(reports.flatMap((report) => (report.year === null ? [] : [report.year])))].sort((a, b) => a - b);
}
