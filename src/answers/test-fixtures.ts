/**
 * Hand-built core objects from data/crt-2011-kazakhstan.txt, for unit tests of the answers and their rendering
 * (tests only; the e2e tests use the real parser and index).
 */
import type { Incident, Report, Section } from '../report/types.js';
import type { Citation, SearchHit, SearchResponse } from '../search/types.js';

export const ATYRAU_TEXT =
  "On October 31, two explosions took place, possibly targeting official buildings in Atyrau. An explosive device detonated in a trash can behind the regional governor's office.";

export const INCIDENTS_SECTION: Section = {
  id: 'crt-2011-kazakhstan/2011-terrorist-incidents',
  heading: '2011 Terrorist Incidents',
  passages: [
    {
      id: 'crt-2011-kazakhstan/2011-terrorist-incidents/p1',
      text: 'Incidents with potential links to terrorism included:',
    },
    { id: 'crt-2011-kazakhstan/2011-terrorist-incidents/p2', text: ATYRAU_TEXT },
  ],
};

export const ATYRAU_INCIDENT: Incident = {
  id: 'crt-2011-kazakhstan/i9',
  reportId: 'crt-2011-kazakhstan',
  sectionId: INCIDENTS_SECTION.id,
  passageId: 'crt-2011-kazakhstan/2011-terrorist-incidents/p2',
  date: '2011-10-31',
  endDate: null,
  places: ['Atyrau'],
  actors: [],
  kind: 'attack',
  killed: 1,
  wounded: null,
  arrested: null,
  text: ATYRAU_TEXT,
  evidence: { date: 'October 31', places: 'buildings in Atyrau' },
};

export const REPORT: Report = {
  id: 'crt-2011-kazakhstan',
  file: 'data/crt-2011-kazakhstan.txt',
  title: 'Country Reports on Terrorism 2011 - Kazakhstan',
  country: 'Kazakhstan',
  year: 2011,
  publisher: 'United States Department of State',
  publicationDate: '2012-07-31',
  citeAs: null,
  sourceUrl: 'https://www.refworld.org/docid/501fbcc7c.html',
  sections: [INCIDENTS_SECTION],
  incidents: [ATYRAU_INCIDENT],
};

export const CITATION: Citation = {
  reportId: REPORT.id,
  title: REPORT.title,
  section: INCIDENTS_SECTION.heading,
  publisher: REPORT.publisher,
  publicationDate: REPORT.publicationDate,
  sourceUrl: REPORT.sourceUrl,
  text: 'United States Department of State, Country Reports on Terrorism 2011 - Kazakhstan, 31 July 2012, "2011 Terrorist Incidents"',
};

export function makeHit(overrides: Partial<SearchHit> = {}): SearchHit {
  return {
    kind: 'incident',
    id: ATYRAU_INCIDENT.id,
    reportId: REPORT.id,
    sectionId: INCIDENTS_SECTION.id,
    passageId: ATYRAU_INCIDENT.passageId,
    text: ATYRAU_TEXT,
    passageText: ATYRAU_TEXT,
    score: 1,
    matchedTerms: ['Atyrau'],
    incident: ATYRAU_INCIDENT,
    citation: CITATION,
    ...overrides,
  };
}

export function makeResponse(hits: SearchHit[], overrides: Partial<SearchResponse> = {}): SearchResponse {
  return {
    query: { raw: 'Atyrau', text: 'Atyrau', terms: ['atyrau'], filters: {}, dateRange: null },
    hits,
    total: hits.length,
    problems: [],
    suggestions: [],
    ...overrides,
  };
}
