import { describe, expect, it } from 'vitest';
import type { Incident, Report } from '../../report/types.js';
import { buildIndex } from './build-index.js';

function incident(id: string, passageId: string, sectionId: string, text: string): Incident {
  return {
    id,
    reportId: 'kz-2011',
    sectionId,
    passageId,
    date: '2011-10-31',
    endDate: null,
    places: ['Atyrau'],
    actors: [],
    kind: 'attack',
    killed: null,
    wounded: null,
    arrested: null,
    text,
    evidence: {},
  };
}

const report: Report = {
  id: 'kz-2011',
  file: 'kz.txt',
  title: 'Kazakhstan',
  country: 'Kazakhstan',
  year: 2011,
  publisher: null,
  publicationDate: null,
  citeAs: null,
  sourceUrl: null,
  sections: [
    {
      id: 'kz-2011/s1',
      heading: 'Overview',
      passages: [
        { id: 'kz-2011/p1', text: 'Two explosions in Atyrau on October 31.' },
        { id: 'kz-2011/p2', text: 'The police detained suspects.' },
      ],
    },
  ],
  incidents: [
    incident('kz-2011/i1', 'kz-2011/p1', 'kz-2011/s1', 'Two explosions in Atyrau.'),
    // A record whose passage is in no section: its section is found by id, and records of that passage share a number.
    incident('kz-2011/i2', 'kz-2011/p9', 'kz-2011/s1', 'A bomb in Atyrau.'),
    incident('kz-2011/i3', 'kz-2011/p9', 'kz-2011/s1', 'A second bomb in Atyrau.'),
    // A record whose section is unknown is not indexed.
    incident('kz-2011/i4', 'kz-2011/p8', 'kz-2011/s9', 'An attack in Atyrau.'),
  ],
};

describe('buildIndex', () => {
  it('numbers passages by id: a record shares its passage number, a report listed twice keeps its numbers', () => {
    const index = buildIndex([report, report]);
    expect(index.docs.map((d) => d.id)).toEqual([
      'kz-2011/p1',
      'kz-2011/p2',
      'kz-2011/i1',
      'kz-2011/i2',
      'kz-2011/i3',
      'kz-2011/p1',
      'kz-2011/p2',
      'kz-2011/i1',
      'kz-2011/i2',
      'kz-2011/i3',
    ]);
    expect([...index.docPassage]).toEqual([0, 1, 0, 2, 2, 0, 1, 0, 2, 2]);
    expect([...index.docReport]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(index.docs[3]?.passage).toEqual({ id: 'kz-2011/p9', text: 'A bomb in Atyrau.' });
    expect(index.docs[3]?.section.id).toBe('kz-2011/s1');
    expect(index.docs[7]?.passage).toBe(report.sections[0]?.passages[0]);
  });

  it('fills the lookups by id, the later of a repeated id winning', () => {
    const index = buildIndex([report, report]);
    expect([...index.passageDoc]).toEqual([
      ['kz-2011/p1', 5],
      ['kz-2011/p2', 6],
    ]);
    expect(index.passageById.get('kz-2011/p2')?.passage.text).toBe('The police detained suspects.');
    expect([...index.incidentById.keys()]).toEqual(['kz-2011/i1', 'kz-2011/i2', 'kz-2011/i3', 'kz-2011/i4']);
    expect(index.sectionById.get('kz-2011/s1')?.report).toBe(report);
    expect(index.reportById.get('kz-2011')).toBe(report);
    expect(index.headingFuse.search('Overview')[0]?.item.section.id).toBe('kz-2011/s1');
  });
});
