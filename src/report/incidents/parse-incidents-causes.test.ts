import { describe, expect, it } from 'vitest';
import type { Report } from '../types.js';
import { parseIncidents } from './parse-incidents.js';
import { testChapter as chapter } from './test-chapter.js';

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

  it('takes a toll revised later for the one told first, and never adds the two', () => {
    expect(
      brief(
        chapter(
          2014,
          'On July 8, three bombs exploded on buses in Korvel during the morning rush hour. Initial reports put the toll at 40 dead; the provincial government later revised the figure to 52 killed, and more than 100 people were injured.',
        ),
      ),
    ).toEqual([{ date: '2014-07-08', kind: 'attack', places: ['Korvel'], killed: 52, wounded: 100 }]);
  });

  it('gives a claim made the same day no figures, and leaves the toll after it to the attack', () => {
    expect(
      brief(
        chapter(
          2014,
          'On August 3, a suicide bomber struck a church in Korvel, killing 12 people. The Eastern Front claimed responsibility the same day. Officials later revised the death toll to 15.',
        ),
      ),
    ).toEqual([
      { date: '2014-08-03', kind: 'attack', places: ['Korvel'], killed: 15, wounded: null },
      { date: '2014-08-03', kind: 'threat', places: [], killed: null, wounded: null },
    ]);
  });

  it('reads a bullet that opens "That same evening" as a day counted from the bullet before', () => {
    const report = chapter(
      2014,
      'On the morning of May 13, three bombs exploded at churches in Korvel, killing nine people.',
      'That same evening, a bomb exploded prematurely in a house in Dunmor, killing two bomb makers.',
    );
    expect(brief(report).map((r) => [r.date, r.places, r.killed])).toEqual([
      ['2014-05-13', ['Korvel'], 9],
      ['2014-05-13', ['Dunmor'], 2],
    ]);
  });

  it('splits a clause after a semicolon that tells a separate event the same day, with its own place and toll', () => {
    expect(
      brief(
        chapter(
          2014,
          'On June 9, army jets struck a rebel camp near Korvel, killing about 20 fighters; separate raids in Dunmor the same day killed three more.',
        ),
      ).map((r) => [r.date, r.kind, r.places, r.killed]),
    ).toEqual([
      ['2014-06-09', 'clash', ['Korvel'], 20],
      ['2014-06-09', 'clash', ['Dunmor'], 3],
    ]);
  });

  it('keeps the attack an operation answers out of its figures and places', () => {
    expect(
      brief(
        chapter(
          2014,
          'On June 10, soldiers killed 12 suspected militants near the Norlandian border town of Korvel, following an ambush on an army convoy in Dunmor that left four soldiers dead.',
        ),
      ),
    ).toEqual([{ date: '2014-06-10', kind: 'clash', places: ['Korvel'], killed: 12, wounded: null }]);
  });

  it('reads an oasis or a mountain range as the place, and a blast without casualties as 0 and 0', () => {
    expect(
      brief(
        chapter(
          2014,
          'On June 11, troops fired on a convoy near the Siwan Oasis, killing four people. On June 12, a small device exploded near a court in Korvel without causing casualties.',
        ),
      ).map((r) => [r.places, r.killed, r.wounded]),
    ).toEqual([
      [['Siwan'], 4, null],
      [['Korvel'], 0, 0],
    ]);
  });

  it('never adds the figures of an event dated in another year to the story before it', () => {
    expect(
      brief(
        chapter(
          2014,
          'On March 18, a suicide bomber attacked a convoy on the road to Korvel; the bomber was the only fatality. The attack followed the June 3, 2012 assault on the embassy in Korvel, which killed 19 people.',
        ),
      ),
    ).toEqual([{ date: '2014-03-18', kind: 'attack', places: ['Korvel'], killed: 1, wounded: null }]);
  });

  it('takes no place from a town named only to say how far away the event was', () => {
    expect(
      brief(
        chapter(
          2014,
          'On August 21, police shot and killed Haddou in an orchard near Dunmor, about 40 miles west of Korvel.',
        ),
      ),
    ).toEqual([{ date: '2014-08-21', kind: 'clash', places: ['Dunmor'], killed: 1, wounded: null }]);
  });

  it('reads places the way the series names them, and none from an event of another year or a new story', () => {
    const places = (...paragraphs: string[]) => brief(chapter(2014, ...paragraphs)).map((r) => r.places);
    expect(
      places('On February 3, the group set off five bombs against police posts in the provinces of Aster and Velan.'),
    ).toEqual([['Aster', 'Velan']]);
    expect(
      places('On March 4, bombs exploded at a temple and at the Harbor railway station in Korvel, killing 12 people.'),
    ).toEqual([['Korvel']]);
    expect(
      places(
        'In May, police arrested four suspects in Korvel that they linked to the 2011 Grand Market bombing in Dunmor.',
      ),
    ).toEqual([['Korvel']]);
    expect(
      places(
        'On June 2, rebel commander Omar Tal surrendered to the authorities. Police in Dunmor also dismantled several cells.',
      ),
    ).toEqual([[]]);
  });

  it('makes one record of "A week later, on <date>", with its figures', () => {
    expect(
      brief(
        chapter(
          2014,
          'On May 2, a bomb exploded at a bus stop in Korvel, killing four people. A week later, on May 9, a suicide bomber blew herself up outside a station in Dunmor, killing six people, including herself, and wounding 20.',
        ),
      ),
    ).toEqual([
      { date: '2014-05-02', kind: 'attack', places: ['Korvel'], killed: 4, wounded: null },
      { date: '2014-05-09', kind: 'attack', places: ['Dunmor'], killed: 6, wounded: 20 },
    ]);
  });
});
