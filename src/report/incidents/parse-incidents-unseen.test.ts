import { describe, expect, it } from 'vitest';
import type { Report } from '../types.js';
import { parseIncidents } from './parse-incidents.js';

// Causes found on chapters nobody tuned for, each with a sentence invented in the series' style.

/** A one-section chapter of the given paragraphs. */
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

const rows = (report: Omit<Report, 'incidents'>) =>
  parseIncidents(report).map((i) => [i.date, i.kind, i.places, i.killed, i.wounded, i.arrested]);

describe('parseIncidents on chapters nobody tuned for', () => {
  it('takes a toll given again in a later sentence as another account, and adds other victims told later', () => {
    expect(
      rows(
        chapter(
          2018,
          'On May 3, a truck bomb killed 40 people at a market in Darlo. Officials initially put the death toll at 52 before revising it.',
          'On June 9, police killed five gunmen in Sorra. The gunmen had killed two officers before the raid.',
        ),
      ),
    ).toEqual([
      ['2018-05-03', 'attack', ['Darlo'], 40, null, null],
      ['2018-06-09', 'clash', ['Sorra'], 7, null, null],
    ]);
  });
});

describe('parseIncidents on days counted from the story', () => {
  it('dates an event told "three days later" before the sentence’s own dates, and places no statement', () => {
    expect(
      rows(
        chapter(
          2013,
          'On May 2, gunmen killed 14 villagers near Darlo. Police arrested the local mayor, Ali Tessa, three days later, and the governor imposed a curfew from May 10 to 14.',
          'On June 6, a car bomb killed 20 people in Sorra. In a video statement released the same day, the group’s leader declared war on the army.',
        ),
      ),
    ).toEqual([
      ['2013-05-02', 'attack', ['Darlo'], 14, null, null],
      ['2013-05-05', 'arrest', ['Darlo'], null, null, 1],
      ['2013-06-06', 'attack', ['Sorra'], 20, null, null],
      ['2013-06-06', 'threat', [], null, null, null],
    ]);
  });
});

describe('parseIncidents on a date told after a semicolon', () => {
  it('reads the places of the clause after the semicolon, not of a list of names before it', () => {
    expect(
      rows(
        chapter(
          2010,
          'Rebel violence went on in Darlo, Sorra, and Delmar; on May 4, rebels attacked a ferry on the Kolda reservoir, killing 12 of its crew.',
          'Bombs went off in Karvan, Tessa, and Marlo on June 2 and killed 30 people.',
        ),
      ),
    ).toEqual([
      ['2010-05-04', 'attack', ['Kolda'], 12, null, null],
      ['2010-06-02', 'attack', ['Karvan', 'Tessa', 'Marlo'], 30, null, null],
    ]);
  });
});
