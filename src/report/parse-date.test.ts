import { describe, expect, it } from 'vitest';
import { isDateLine, parseDate } from './parse-date.js';

describe('parseDate', () => {
  it('parses the date layouts of the copies', () => {
    expect(['31 July 2012', 'April 30, 2009', '5 August 2010', '2012-07-31', 'Aug 5, 2010'].map(parseDate)).toEqual([
      '2012-07-31',
      '2009-04-30',
      '2010-08-05',
      '2012-07-31',
      '2010-08-05',
    ]);
  });
});

describe('edge cases', () => {
  it('returns null for text that is no date', () => {
    expect(['', 'sometime', '31 Juno 2012', 'July 2012 was hot'].map(parseDate)).toEqual([null, null, null, null]);
  });

  it('recognises a line that is only a date', () => {
    expect([isDateLine('July 23, 2007'), isDateLine('On July 23, 2007, a bomb exploded.')]).toEqual([true, false]);
  });
});
