import { describe, expect, it } from 'vitest';
import { parseTitle } from './parse-title.js';

describe('parseTitle', () => {
  it('reads the title layouts of the series', () => {
    expect(
      [
        'Country Reports on Terrorism 2011 - Kazakhstan',
        '2009 Country Reports on Terrorism - Afghanistan',
        'U.S. Department of State Country Reports on Terrorism 2004 - Colombia',
        'Country Report on Terrorism 2011 - Chapter 2 - Colombia',
        'Country Reports on Terrorism 2017 - Terrorist Safe Havens: The Southern Philippines',
        'Country Reports on Terrorism 2011 - Israel, West Bank, and Gaza',
        'Country Reports on Terrorism 2012',
      ].map((line) => {
        const title = parseTitle(line);
        return [title?.year, title?.country];
      }),
    ).toEqual([
      [2011, 'Kazakhstan'],
      [2009, 'Afghanistan'],
      [2004, 'Colombia'],
      [2011, 'Colombia'],
      [2017, 'The Southern Philippines'],
      [2011, 'Israel, West Bank, and Gaza'],
      [2012, null],
    ]);
  });
});

describe('edge cases', () => {
  it('reads chrome-like series lines as titles without a country', () => {
    expect([
      parseTitle('Country Reports on Terrorism -Report Home Page'),
      parseTitle('Country Reports on Terrorism'),
    ]).toEqual([
      { title: 'Country Reports on Terrorism -Report Home Page', year: null, country: null },
      { title: 'Country Reports on Terrorism', year: null, country: null },
    ]);
  });

  it('rejects sentences that start with the series name and other lines', () => {
    expect(
      [
        'Country Reports on Terrorism 2011 is submitted in compliance with Title 22 of the United States Code.',
        'Overview: Kazakhstan',
      ].map(parseTitle),
    ).toEqual([null, null]);
  });
});
