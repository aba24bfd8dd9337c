import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { isoDay, isoMonth } from './iso-date.js';

describe('isoDay and isoMonth', () => {
  it('write what date-fns format writes, over years, months and days', () => {
    const dates = [
      new Date(2011, 9, 31),
      new Date(2004, 0, 1),
      new Date(2024, 1, 29),
      new Date(1999, 11, 31),
      new Date(Date.UTC(2015, 5, 15, 23, 59)),
    ];
    const early = new Date(2000, 0, 1);
    early.setFullYear(12);
    const zero = new Date(2000, 0, 1);
    zero.setFullYear(0);
    for (const date of [...dates, early, zero]) {
      expect(isoDay(date)).toBe(format(date, 'yyyy-MM-dd'));
      expect(isoMonth(date)).toBe(format(date, 'yyyy-MM'));
    }
    expect(isoDay(new Date(2011, 9, 31))).toBe('2011-10-31');
    expect(isoDay(early)).toBe('0012-01-01');
  });
});
