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
