import { describe, expect, it } from 'vitest';
import { splitChapters } from './split-chapters.js';

const p = (text: string) => ({ text, bullet: false });

describe('splitChapters', () => {
  it('starts a chapter at a chapter title line and at a country line', () => {
    expect(
      splitChapters([
        p('Chapter 2 -- Country Reports: East Asia and Pacific Overview'),
        p('JI remained a threat.'),
        p('Albania'),
        p('Albania cooperated.'),
      ]),
    ).toEqual([
      { country: null, openingHeading: null, leading: true, paragraphs: [] },
      {
        country: 'East Asia and Pacific',
        openingHeading: 'Chapter 2 -- Country Reports: East Asia and Pacific Overview',
        leading: false,
        paragraphs: [p('JI remained a threat.')],
      },
      { country: 'Albania', openingHeading: null, leading: false, paragraphs: [p('Albania cooperated.')] },
    ]);
  });

  it('names region overviews and the State Sponsors chapter', () => {
    const names = (text: string) => splitChapters([p(text)])[1]?.country;
    expect(
      [
        'WESTERN HEMISPHERE OVERVIEW',
        'Chapter 6 -- State Sponsors of Terror Overview',
        'Chapter 3: State Sponsors of Terrorism',
        'CUBA',
        'United Kingdom (Northern Ireland)',
      ].map(names),
    ).toEqual([
      'Western Hemisphere',
      'State Sponsors of Terrorism',
      'State Sponsors of Terrorism',
      'Cuba',
      'United Kingdom (Northern Ireland)',
    ]);
  });
});

describe('edge cases', () => {
  it('drops a name line that repeats the current chapter, and ignores bullets', () => {
    expect(splitChapters([p('AFRICA'), { text: 'Kenya', bullet: true }], { country: 'Africa' })).toEqual([
      { country: 'Africa', openingHeading: null, leading: true, paragraphs: [{ text: 'Kenya', bullet: true }] },
    ]);
  });
});
