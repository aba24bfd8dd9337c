import { describe, expect, it } from 'vitest';
import { guessCountry, parsePlaceName, parseRegionName } from './places.js';

describe('parsePlaceName', () => {
  it('returns the canonical name of a country or region line', () => {
    expect(
      ['CUBA', 'Albania', 'WESTERN HEMISPHERE', 'Israel, West Bank, and Gaza', 'United Kingdom (Northern Ireland)'].map(
        parsePlaceName,
      ),
    ).toEqual([
      'Cuba',
      'Albania',
      'Western Hemisphere',
      'Israel, West Bank and Gaza',
      'United Kingdom (Northern Ireland)',
    ]);
  });
});

describe('parseRegionName', () => {
  it('normalises the State Sponsors chapter name', () => {
    expect([parseRegionName('State Sponsors of Terror'), parseRegionName('EUROPE AND EURASIA')]).toEqual([
      'State Sponsors of Terrorism',
      'Europe and Eurasia',
    ]);
  });
});

describe('guessCountry', () => {
  it('returns the most named country, never the United States', () => {
    expect(guessCountry('The United States and the United States helped Mexico. Mexico and Guatemala.')).toEqual(
      'Mexico',
    );
  });
});

describe('edge cases', () => {
  it('returns null for unknown names and texts without countries', () => {
    expect([parsePlaceName('Overview'), parsePlaceName('The Uni'), guessCountry('No place here.')]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('counts "the Philippines" and "Philippines" as one and does not read Nigeria as Niger', () => {
    expect([guessCountry('the Philippines; Philippines; Mali'), guessCountry('Nigeria, Nigeria, Niger')]).toEqual([
      'Philippines',
      'Nigeria',
    ]);
  });
});
