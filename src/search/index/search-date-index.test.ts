import { describe, expect, it } from 'vitest';
import { buildDateIndex } from './build-date-index.js';
import { type DayInterval, dayNumber } from './day-interval.js';
import { type DateQuery, fitDocDates, toDateQuery } from '../rank/fit-doc-dates.js';
import type { ParsedQuery } from '../types.js';
import { searchDateIndex } from './search-date-index.js';
import type { SearchDoc } from './search-index.js';

// Only `dates` matters to the date index and to fitDocDates.
const docsWith = (dates: DayInterval[][]): SearchDoc[] => dates.map((d) => ({ dates: d }) as unknown as SearchDoc);
const day = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number);
  return dayNumber(y ?? 0, m ?? 1, d ?? 1);
};
const span = (from: string, to = from): DayInterval => ({
  from: day(from),
  to: day(to),
  year: Number(from.slice(0, 4)),
});
const fitsOf = (docs: SearchDoc[], query: DateQuery) => {
  const { fit, docs: list } = searchDateIndex(buildDateIndex(docs.map((d) => d.dates)), query, docs);
  return { fit: Array.from(fit), docs: Array.from(list) };
};
const expected = (docs: SearchDoc[], query: DateQuery) => {
  const fit = docs.map((d) => fitDocDates(d, query));
  return { fit, docs: fit.flatMap((f, i) => (f > 0 ? [i] : [])) };
};

const docs = docsWith([
  [span('2011-10-31')],
  [span('2011-10-01', '2011-10-31')],
  [span('2011-07-11', '2011-07-16')],
  [],
  [span('2012-10-31'), span('2012-11-02')],
  [span('2011-12-25', '2012-01-05')],
  [span('2011-01-01', '2011-12-31')],
  [span('2023-10-30')],
]);

/** The date query of a range; every range these tests use makes one, so a null fails the test. */
function dateQuery(
  range: NonNullable<ParsedQuery['dateRange']>,
  filters: { since?: string; until?: string } = {},
): DateQuery {
  const query = toDateQuery(range, filters);
  if (query === null) throw new Error(`no date query for ${range.label}`);
  return query;
}

describe('searchDateIndex', () => {
  it('gives the fit fitDocDates gives, for fixed and yearless spans', () => {
    const ranges = [
      { from: '2011-10-31', to: '2011-10-31', label: 'x' },
      { from: '2011-07-01', to: '2011-07-31', label: 'x' },
      { from: '2011-07-14', to: '2011-07-14', label: 'x' },
      { from: '2000-10-31', to: '2000-10-31', label: 'x', anyYear: true },
      { from: '2000-10-01', to: '2000-12-31', label: 'x', anyYear: true },
      { from: '2000-01-01', to: '2000-01-03', label: 'x', anyYear: true },
      { from: '2011-11-01', to: '9999-12-31', label: 'x' },
      { from: '0001-01-01', to: '2011-10-15', label: 'x' },
    ];
    for (const range of ranges) {
      const query = dateQuery(range);
      expect(fitsOf(docs, query)).toEqual(expected(docs, query));
    }
  });

  it('applies since:/until: bounds together with a yearless span', () => {
    const query = dateQuery(
      { from: '2000-10-01', to: '2000-12-31', label: 'since October', anyYear: true },
      { since: '2012-01-01' },
    );
    expect(fitsOf(docs, query)).toEqual(expected(docs, query));
    // The Dec 25 – Jan 5 span meets both October–December 2011 and 2012 onwards.
    expect(fitsOf(docs, query).docs).toEqual([4, 5, 7]);
  });

  it('returns the records of one day in every year for a yearless day', () => {
    const query = dateQuery({ from: '2000-10-31', to: '2000-10-31', label: 'October 31', anyYear: true });
    expect(fitsOf(docs, query).docs).toEqual([0, 1, 4, 6]);
  });
});

describe('edge cases', () => {
  it('checks spans it cannot sort (a year other than the calendar year of the first day) record by record', () => {
    const odd = docsWith([[{ from: day('2012-01-02'), to: day('2012-01-03'), year: 2011 }], [span('2011-01-02')]]);
    const query = dateQuery({ from: '2000-01-02', to: '2000-01-02', label: 'January 2', anyYear: true });
    expect(fitsOf(odd, query)).toEqual(expected(odd, query));
  });

  it('finds nothing in an empty index', () => {
    const query = dateQuery({ from: '2011-10-31', to: '2011-10-31', label: 'x' });
    expect(fitsOf([], query)).toEqual({ fit: [], docs: [] });
  });
});
