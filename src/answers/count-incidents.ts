import type { MatchedRecord, MatchedRecords } from './collect-incidents.js';
import type { Measure } from './evidence-words.js';

/** A count computed from records, with the records it came from. */
export interface IncidentCount {
  query: string;
  measure: Measure | 'records';
  /** The number: the sum of the stated figures, or the number of records for `records`. */
  total: number;
  /** Every record the query matches. */
  matching: number;
  /** The records the number came from (those stating the figure; every record for `records`). */
  counted: MatchedRecord[];
  /** Matching records that state no figure for the measure. */
  withoutFigure: number;
  /** Every measure summed over the matching records, for the line under a record count. */
  sums: Record<Measure, number>;
}

/**
 * Adds up a figure over every record a query matches (or counts the records), keeping the records it came from.
 * @example countIncidents(collectIncidents(engine, 'country:Kenya year:2017 kind:attack'), 'killed').total //=> 99
 */
export function countIncidents(matched: MatchedRecords, measure: Measure | 'records'): IncidentCount {
  const sums: Record<Measure, number> = { killed: 0, wounded: 0, arrested: 0 };
  for (const { incident } of matched.records) {
    sums.killed += incident.killed ?? 0;
    sums.wounded += incident.wounded ?? 0;
    sums.arrested += incident.arrested ?? 0;
  }
  if (measure === 'records') {
    return {
      query: matched.query,
      measure,
      total: matched.records.length,
      matching: matched.records.length,
      counted: matched.records,
      withoutFigure: matched.records.filter(
        ({ incident }) => incident.killed === null && incident.wounded === null && incident.arrested === null,
      ).length,
      sums,
    };
  }
  const counted = matched.records.filter(({ incident }) => incident[measure] !== null);
  return {
    query: matched.query,
    measure,
    total: sums[measure],
    matching: matched.records.length,
    counted,
    withoutFigure: matched.records.length - counted.length,
    sums,
  };
}
