import { describe, expect, it } from 'vitest';
import type { Report } from '../types.js';
import { parseIncidents } from './parse-incidents.js';

/** A one-section chapter of the given paragraphs (sentences invented in the series' style, not copied from it). */
function chapter(year: number, ...paragraphs: string[]): Omit<Report, 'incidents'> {
  return {
    id: `crt-${year}-testland`,
    file: 'test.txt',
    title: `Country Reports on Terrorism ${year} - Testland`,
    country: 'Testland',
    year,
    publisher: null,
    publicationDate: null,
    citeAs: null,
    sourceUrl: null,
    sections: [{ id: 's', heading: 'Overview', passages: paragraphs.map((text, i) => ({ id: `s/p${i + 1}`, text })) }],
  };
}

const brief = (report: Omit<Report, 'incidents'>) =>
  parseIncidents(report).map((i) => ({
    date: i.date,
    kind: i.kind,
    places: i.places,
    killed: i.killed,
    wounded: i.wounded,
  }));

describe('parseIncidents on causes seen on unseen chapters', () => {
  it('makes two records of two events joined by "and on the same night", each with its own place and toll', () => {
    expect(
      brief(
        chapter(
          2014,
          'On March 3, gunmen killed 14 farmers in Korvel and nearby hamlets of Aster district, and on the same night killed six herders in Dunmor in Velan district.',
        ),
      ),
    ).toEqual([
      { date: '2014-03-03', kind: 'attack', places: ['Korvel'], killed: 14, wounded: null },
      { date: '2014-03-03', kind: 'attack', places: ['Dunmor'], killed: 6, wounded: null },
    ]);
  });

  it('never adds a running total of the year to the event told before it', () => {
    expect(
      brief(
        chapter(
          2014,
          'In early June, two bombs exploded at a market in Korvel, killing three people and wounding 15. By the end of the year, more than 90 civilians had been killed in the province.',
        ),
      ),
    ).toEqual([{ date: '2014-06', kind: 'attack', places: ['Korvel'], killed: 3, wounded: 15 }]);
  });

  it('takes the town of the sentence before when a sentence names only sites', () => {
    expect(
      brief(
        chapter(
          2014,
          'The spring began with a bombing on the tramway in Korvel. On April 2, a bomb exploded on a tram between the Harbor and Linden stations, killing nine people.',
        ),
      ),
    ).toEqual([{ date: '2014-04-02', kind: 'attack', places: ['Korvel'], killed: 9, wounded: null }]);
  });

  it('gives a claim of responsibility no place of the countries it threatens', () => {
    expect(
      brief(
        chapter(
          2014,
          'On May 4, the Eastern Front claimed responsibility for the ferry bombing and threatened further attacks on Testland and Norland.',
        ),
      ),
    ).toEqual([{ date: '2014-05-04', kind: 'threat', places: [], killed: null, wounded: null }]);
  });
});
