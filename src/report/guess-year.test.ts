import { describe, expect, it } from 'vitest';
import { guessYear } from './guess-year.js';

describe('guessYear', () => {
  it('returns the year named most, ties to the later year', () => {
    expect([guessYear('In 2009, no acts… since 2006… in 2009'), guessYear('in 2011, since 2008')]).toEqual([
      2009, 2011,
    ]);
  });
});

describe('edge cases', () => {
  it('ignores deadlines and returns null without years', () => {
    expect([guessYear('the drawdown of U.S. troops by the end of 2014'), guessYear('no years')]).toEqual([null, null]);
  });
});

describe('guessYear: years written after a month', () => {
  it('counts a year that dates an event ("in December 2003") for less than one the text is about', () => {
    expect(
      guessYear(
        'Korvel remained a partner in 2004. Attacks in December 2003 and March 2003 and on July 7, 2003 were recalled.',
      ),
    ).toBe(2004);
  });
});
