import { INCIDENT_KINDS, type IncidentKind, type Report } from '../report/types.js';
import { MONTH_NAMES } from '../report/vocabulary.js';
import { buildOperatorExamples, type OperatorExamples } from './operator-examples.js';

/** What the bot knows, counted: shown in App Home and used for examples in help texts. */
export interface CorpusOverview {
  reports: { id: string; title: string; sections: string[]; incidents: number }[];
  /** The chapters loaded, by country (or region), alphabetically, with their years in order. */
  byCountry: { country: string; years: number[] }[];
  incidentsByYear: { year: string; count: number }[];
  incidentsByKind: { kind: IncidentKind; count: number }[];
  /** Example queries built from the data: real places, dates, kinds and filters. */
  exampleQueries: string[];
  /** An example of each search operator, from the data. */
  operatorExamples: OperatorExamples;
}

/** `2011-10-31` → `October 31`; null for a month- or year-only date. */
function spokenDay(iso: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  return match && month ? `${month} ${Number(match[3])}` : null;
}

/**
 * Counts the loaded reports' sections and incidents, and picks example queries from them.
 * @example describeCorpus([kazakhstan2011]).exampleQueries[0] //=> 'Atyrau'
 */
export function describeCorpus(reports: readonly Report[]): CorpusOverview {
  // The loaded reports never change while the app runs: count them once, not on every help or Home view.
  const cached = OVERVIEWS.get(reports);
  if (cached !== undefined) return cached;
  const overview = countCorpus(reports);
  OVERVIEWS.set(reports, overview);
  return overview;
}

const OVERVIEWS = new WeakMap<readonly Report[], CorpusOverview>();

function countCorpus(reports: readonly Report[]): CorpusOverview {
  const incidents = reports.flatMap((report) => report.incidents);
  const byYear = new Map<string, number>();
  const byKind = new Map<IncidentKind, number>();
  const placeCounts = new Map<string, number>();
  for (const incident of incidents) {
    const year = incident.date.slice(0, 4);
    byYear.set(year, (byYear.get(year) ?? 0) + 1);
    byKind.set(incident.kind, (byKind.get(incident.kind) ?? 0) + 1);
    for (const place of incident.places) placeCounts.set(place, (placeCounts.get(place) ?? 0) + 1);
  }
  const places = [...placeCounts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([p]) => p);
  const dated = incidents.find((incident) => spokenDay(incident.date) !== null);
  const withKilled = incidents.find((incident) => incident.killed !== null && incident.places.length > 0);
  const arrest = incidents.find((incident) => incident.kind === 'arrest');
  const examples: string[] = [];
  if (places[0] !== undefined) examples.push(places[0]);
  if (dated !== undefined) examples.push(spokenDay(dated.date) ?? dated.date);
  if (withKilled?.places[0] !== undefined) examples.push(`place:${withKilled.places[0]} kind:${withKilled.kind}`);
  if (arrest !== undefined) examples.push(`kind:arrest since:${arrest.date.slice(0, 7)}`);
  const firstReport = reports.find((report) => report.year !== null);
  if (firstReport?.year != null) examples.push(`country:${firstReport.country} year:${firstReport.year}`);
  if (places[1] !== undefined) examples.push(`${places[1]} police`);

  return {
    reports: reports.map((report) => ({
      id: report.id,
      title: report.title,
      sections: report.sections.map((section) => section.heading),
      incidents: report.incidents.length,
    })),
    byCountry: chaptersByCountry(reports),
    incidentsByYear: [...byYear.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([year, count]) => ({ year, count })),
    incidentsByKind: INCIDENT_KINDS.filter((kind) => byKind.has(kind)).map((kind) => ({
      kind,
      count: byKind.get(kind) ?? 0,
    })),
    exampleQueries: examples,
    operatorExamples: buildOperatorExamples(reports),
  };
}

function chaptersByCountry(reports: readonly Report[]): CorpusOverview['byCountry'] {
  const years = new Map<string, Set<number>>();
  for (const r of reports) {
    const set = years.get(r.country) ?? new Set<number>();
    if (r.year !== null) set.add(r.year);
    years.set(r.country, set);
  }
  return [...years.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([country, set]) => ({ country, years: [...set].sort((a, b) => a - b) }));
}
