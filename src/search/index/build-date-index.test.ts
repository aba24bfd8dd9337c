import { describe, expect, it } from 'vitest';
import { buildDateIndex, sortedOrder, utcYearOfDay } from './build-date-index.js';

describe('utcYearOfDay', () => {
  it('gives the year Date gives, around every year boundary from 1600 to 2400 and at the ends of its range', () => {
    const days: number[] = [0, -1, 1, 100_000_000, -100_000_000, 100_000_001, -1e9, 1e9, 15_278.5, Number.NaN];
    for (let year = 1600; year <= 2400; year++) {
      const first = Date.UTC(year, 0, 1) / 86_400_000;
      days.push(first - 1, first, first + 59, first + 60, first + 364, first + 365);
    }
    expect(days.map(utcYearOfDay)).toEqual(days.map((d) => new Date(d * 86_400_000).getUTCFullYear()));
  });
});

describe('sortedOrder', () => {
  it('orders positions by first day and keeps ties in position order, negative days included', () => {
    const from = Int32Array.of(5, -3, 5, 0, -3, 2_000_000_000, -2_000_000_000, 5);
    expect([...sortedOrder(from, from.length)]).toEqual([6, 1, 4, 3, 0, 2, 7, 5]);
  });
});

describe('buildDateIndex', () => {
  it('sorts spans by first day, spans of one day in doc order', () => {
    const day = { from: 15_278, to: 15_278, year: 2011 };
    const index = buildDateIndex([[{ from: 15_300, to: 15_301, year: 2011 }], [day], [], [day]]);
    expect([...index.doc]).toEqual([1, 3, 0]);
    expect([...index.years]).toEqual([2011]);
  });
});
