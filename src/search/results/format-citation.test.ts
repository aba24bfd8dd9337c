import { describe, expect, it } from 'vitest';
import type { Report, Section } from '../../report/types.js';
import { formatCitation } from './format-citation.js';

const section: Section = {
  id: 'crt-2011-kazakhstan/2011-terrorist-incidents',
  heading: '2011 Terrorist Incidents',
  passages: [],
};
const report: Report = {
  id: 'crt-2011-kazakhstan',
  file: '',
  title: 'Country Reports on Terrorism 2011 - Kazakhstan',
  country: 'Kazakhstan',
  year: 2011,
  publisher: 'United States Department of State',
  publicationDate: '2012-07-31',
  citeAs: null,
  sourceUrl: 'https://www.refworld.org/docid/5017b2c4c.html',
  sections: [section],
  incidents: [],
};

describe('formatCitation', () => {
  it('returns every known field and one formatted line', () => {
    expect(formatCitation(report, section)).toEqual({
      reportId: 'crt-2011-kazakhstan',
      title: 'Country Reports on Terrorism 2011 - Kazakhstan',
      section: '2011 Terrorist Incidents',
      publisher: 'United States Department of State',
      publicationDate: '2012-07-31',
      sourceUrl: 'https://www.refworld.org/docid/5017b2c4c.html',
      text: 'United States Department of State, "Country Reports on Terrorism 2011 - Kazakhstan", 31 July 2012, section "2011 Terrorist Incidents", https://www.refworld.org/docid/5017b2c4c.html',
    });
  });
});

describe('edge cases', () => {
  it('leaves out what the report does not state', () => {
    const bare = { ...report, publisher: null, publicationDate: null, sourceUrl: null };
    expect(formatCitation(bare, section).text).toEqual(
      '"Country Reports on Terrorism 2011 - Kazakhstan", section "2011 Terrorist Incidents"',
    );
  });
});
