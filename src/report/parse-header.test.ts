import { describe, expect, it } from 'vitest';
import { unreadableDateWarning } from './messages.js';
import { parseHeader } from './parse-header.js';

describe('parseHeader', () => {
  it('reads the legacy Refworld header and drops its chrome', () => {
    const header = parseHeader(
      [
        'Last Updated: Monday, 22 January 2018, 12:53 GMT',
        '',
        'Country Reports on Terrorism 2011 - Kazakhstan',
        '',
        'Publisher United States Department of State',
        'Publication Date 31 July 2012',
        'Cite as United States Department of State, Country Reports on Terrorism 2011 - Kazakhstan, 31 July 2012, available at: http://www.refworld.org/docid/501fbcb2c.html [accessed 22 January 2018]',
        'DisclaimerThis is not a UNHCR publication.',
        '',
        'Overview: In the wake of violent incidents…',
        '',
        'Search Refworld',
      ].join('\n'),
    );
    expect(header).toEqual({
      sourceUrl: 'http://www.refworld.org/docid/501fbcb2c.html',
      metaCountry: null,
      metaYear: null,
      title: { title: 'Country Reports on Terrorism 2011 - Kazakhstan', year: 2011, country: 'Kazakhstan' },
      publisher: 'United States Department of State',
      publicationDate: '2012-07-31',
      citeAs:
        'United States Department of State, Country Reports on Terrorism 2011 - Kazakhstan, 31 July 2012, available at: http://www.refworld.org/docid/501fbcb2c.html [accessed 22 January 2018]',
      lines: ['Overview: In the wake of violent incidents…'],
      warnings: [],
    });
  });

  it('reads #source, #country and #year lines', () => {
    const header = parseHeader('#source: https://example.org/a\n#country: Chad\n#year: 2015\nChad fought terrorism.');
    expect([header.sourceUrl, header.metaCountry, header.metaYear, header.lines]).toEqual([
      'https://example.org/a',
      'Chad',
      2015,
      ['Chad fought terrorism.'],
    ]);
  });

  it('takes a state.gov release date before the text as the publication date', () => {
    const header = parseHeader(
      'Chapter 2. Country Reports: Europe and Eurasia Overview\n\nOffice of the Coordinator for Counterterrorism\nJuly 31, 2012\n\nAlthough terrorist groups continued to plot attacks against European targets, 2011 was calmer.\n\nJuly 23, 2007',
    );
    expect([header.publicationDate, header.lines]).toEqual([
      '2012-07-31',
      [
        'Chapter 2. Country Reports: Europe and Eurasia Overview',
        '',
        'Although terrorist groups continued to plot attacks against European targets, 2011 was calmer.',
      ],
    ]);
  });
});

describe('edge cases', () => {
  it('warns about an unreadable publication date', () => {
    const header = parseHeader('Publication Date sometime in spring\nText about terrorism.');
    expect([header.publicationDate, header.warnings]).toEqual([null, [unreadableDateWarning('sometime in spring')]]);
  });

  it('keeps the first title and drops repeated title lines', () => {
    const header = parseHeader(
      'Country Reports on Terrorism 2012\nCountry Reports on Terrorism 2012 Country Reports on Terrorism 2012\nText.',
    );
    expect([header.title, header.lines]).toEqual([
      { title: 'Country Reports on Terrorism 2012', year: 2012, country: null },
      ['Text.'],
    ]);
  });
});

describe('parseHeader source line', () => {
  it('keeps only the address of a #source line that says more', () => {
    const header = parseHeader('#source: reconstructed in the style of https://www.state.gov/x/\nOverview: text');
    expect(header.sourceUrl).toBe('https://www.state.gov/x/');
  });
});
