import { INCIDENT_KINDS, type Incident, type IncidentKind } from '../report/types.js';

/** One bar of the timeline: a month (`2017-03`) or a year (`2017`). */
export interface TimelineBin {
  /** `2017-03` or `2017`. */
  key: string;
  /** `Mar 2017` or `2017`. */
  label: string;
  counts: Record<IncidentKind, number>;
  /** Sums of the figures the records state; records that state none add nothing. */
  killed: number;
  wounded: number;
}

export interface Timeline {
  unit: 'month' | 'year';
  bins: TimelineBin[];
  /** Records placed in a bar. */
  placed: number;
  /** Records dated only by a year, left out of monthly bars (always placed in yearly ones). */
  yearOnly: number;
  /** Records whose figures state killed or wounded. */
  withFigures: number;
}

/** Spans up to this many months are drawn month by month; longer ones year by year. */
export const MAX_MONTHS = 36;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function emptyCounts(): Record<IncidentKind, number> {
  return { attack: 0, clash: 0, arrest: 0, threat: 0, designation: 0 };
}

function parseYearMonth(date: string): { year: number; month: number | null } | null {
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (match === null) return null;
  const [, year = '', month] = match;
  return { year: Number(year), month: month === undefined ? null : Number(month) };
}

function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * Counts records per month (spans up to {@link MAX_MONTHS}) or per year, by kind, with the killed and wounded the
 * records state. Every month or year between the first and the last record gets a bar, empty ones included.
 * @example binIncidents([{ date: '2011-10-31', kind: 'attack', killed: 1, ... }]).bins[0].label //=> 'Oct 2011'
 */
export function binIncidents(incidents: readonly Incident[]): Timeline {
  const dated = incidents.flatMap((incident) => {
    const when = parseYearMonth(incident.date);
    return when === null ? [] : [{ incident, ...when }];
  });
  const withFigures = incidents.filter((i) => i.killed !== null || i.wounded !== null).length;
  if (dated.length === 0) return { unit: 'year', bins: [], placed: 0, yearOnly: 0, withFigures };
  const monthly = dated.filter((d) => d.month !== null);
  const firstMonth = Math.min(...monthly.map((d) => d.year * 12 + (d.month ?? 1) - 1));
  const lastMonth = Math.max(...monthly.map((d) => d.year * 12 + (d.month ?? 1) - 1));
  const unit = monthly.length > 0 && lastMonth - firstMonth + 1 <= MAX_MONTHS ? 'month' : 'year';
  const bins = new Map<string, TimelineBin>();
  if (unit === 'month') {
    for (let m = firstMonth; m <= lastMonth; m++) {
      const year = Math.floor(m / 12);
      const month = (m % 12) + 1;
      const key = monthKey(year, month);
      bins.set(key, { key, label: `${MONTHS[month - 1] ?? ''} ${year}`, counts: emptyCounts(), killed: 0, wounded: 0 });
    }
  } else {
    const years = dated.map((d) => d.year);
    for (let year = Math.min(...years); year <= Math.max(...years); year++) {
      bins.set(String(year), { key: String(year), label: String(year), counts: emptyCounts(), killed: 0, wounded: 0 });
    }
  }
  let placed = 0;
  let yearOnly = 0;
  for (const { incident, year, month } of dated) {
    if (unit === 'month' && month === null) {
      yearOnly++;
      continue;
    }
    const bin = bins.get(unit === 'month' ? monthKey(year, month ?? 1) : String(year));
    if (bin === undefined) continue;
    bin.counts[incident.kind]++;
    bin.killed += incident.killed ?? 0;
    bin.wounded += incident.wounded ?? 0;
    placed++;
  }
  return { unit, bins: [...bins.values()], placed, yearOnly, withFigures };
}

/** The kinds that occur in a timeline, in the fixed order of {@link INCIDENT_KINDS}. */
export function kindsPresent(timeline: Timeline): IncidentKind[] {
  return INCIDENT_KINDS.filter((kind) => timeline.bins.some((bin) => bin.counts[kind] > 0));
}
