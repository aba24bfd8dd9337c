import { describe, expect, it } from 'vitest';
import type { Report } from '../types.js';
import { parseIncidents } from './parse-incidents.js';
import { testChapter as chapter } from './test-chapter.js';

// Causes found on chapters nobody tuned for, each with a sentence invented in the series' style.

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

describe('parseIncidents on an event told twice', () => {
  it('keeps one record for an event the overview names and a later section tells in full, with the figures of both', () => {
    const report = chapter(2018);
    report.sections = [
      {
        id: 'o',
        heading: 'Overview',
        passages: [
          {
            id: 'o/p1',
            text: 'Testland suffered its worst attack in a decade on May 9, when gunmen attacked a church in Darlo.',
          },
        ],
      },
      {
        id: 'i',
        heading: 'Terrorist Incidents',
        passages: [
          {
            id: 'i/p1',
            text: 'On May 9, three gunmen opened fire on worshippers during a service. Twenty people were killed and 31 injured.',
          },
          {
            id: 'i/p2',
            text: 'The May 9 attack was followed by a curfew. On May 9, police arrested two suspects in Sorra.',
          },
        ],
      },
    ];
    expect(rows(report)).toEqual([
      ['2018-05-09', 'attack', ['Darlo'], 20, 31, null],
      ['2018-05-09', 'arrest', ['Sorra'], null, null, 2],
    ]);
  });
});

describe('parseIncidents on kinds named by a date and on places that are only destinations', () => {
  it('reads "an October 14 attack" as an attack, and no destination or clause after a semicolon as a place', () => {
    expect(
      rows(
        chapter(
          2021,
          'Police arrested and charged more than 40 suspects in connection with border raids, including an October 14 attack on the village of Kolda.',
          'On May 2, gunmen hijacked a bus traveling from Darlo to Sorra and killed 12 passengers.',
          'On June 8, bombs went off in Delmar, killing nine; police later defused two more in Karvan.',
        ),
      ),
    ).toEqual([
      ['2021-10-14', 'attack', ['Kolda'], null, null, null],
      ['2021-05-02', 'attack', ['Darlo'], 12, null, null],
      ['2021-06-08', 'attack', ['Delmar'], 9, null, null],
    ]);
  });

  it('places no event told "earlier that day" by the story it is counted from', () => {
    expect(
      rows(
        chapter(
          2015,
          'On April 9, police arrested a student in Darlo after a search of his flat. He was also charged with the murder of a teacher earlier that day.',
        ),
      ),
    ).toEqual([
      ['2015-04-09', 'arrest', ['Darlo'], null, null, 1],
      ['2015-04-09', 'attack', [], 1, null, null],
    ]);
  });
});

describe('parseIncidents on weeks and months told from the story', () => {
  it('counts "the following week" on seven days and dates "later that month" by the story’s month', () => {
    expect(
      rows(
        chapter(
          2016,
          'On March 3, a suicide bomber struck a market in Darlo. The attack killed 14 people and wounded 30. The following week, gunmen attacked a police post in Sorra, killing two officers. Later that month, rebels ambushed a convoy near Tessa.',
        ),
      ),
    ).toEqual([
      ['2016-03-03', 'attack', ['Darlo'], 14, 30, null],
      ['2016-03-10', 'attack', ['Sorra'], 2, null, null],
      ['2016-03', 'attack', ['Tessa'], null, null, null],
    ]);
  });
});

describe('parseIncidents on designations', () => {
  it('gives a group listed on a date no place', () => {
    expect(
      rows(
        chapter(
          2017,
          'On July 4, the Department of State designated the Sorra Front as a Foreign Terrorist Organization.',
        ),
      ),
    ).toEqual([['2017-07-04', 'designation', [], null, null, null]]);
  });
});

describe('parseIncidents on a figure told for two dated events together', () => {
  it('puts a figure of two dates apart on neither, and keeps it for two days in a row of one event', () => {
    expect(
      rows(
        chapter(
          2019,
          'On May 1 and May 3, militants attacked villages in the Rondo district, killing 27.',
          'On September 30 and October 1, fighters attacked Darlo, killing 12.',
        ),
      ),
    ).toEqual([
      ['2019-05-01', 'attack', ['Rondo'], null, null, null],
      ['2019-05-03', 'attack', ['Rondo'], null, null, null],
      ['2019-09-30', 'attack', ['Darlo'], 12, null, null],
    ]);
  });
});

describe('parseIncidents on same-day events told minutes from the story', () => {
  it('gives an arrest or a manifesto told minutes from the attack its own record on the attack’s day', () => {
    expect(
      rows(
        chapter(
          2019,
          'On June 4, a gunman opened fire at a mall in Darlo, killing nine people. Minutes before the attack, the gunman e-mailed a manifesto to several newspapers. Police arrested the suspect 20 minutes after the first call.',
        ),
      ),
    ).toEqual([
      ['2019-06-04', 'attack', ['Darlo'], 9, null, null],
      ['2019-06-04', 'threat', [], null, null, null],
      ['2019-06-04', 'arrest', [], null, null, 1],
    ]);
  });
});
