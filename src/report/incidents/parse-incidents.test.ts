import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReports } from '../parse-report.js';

const fixture = (name: string) => {
  const text = readFileSync(new URL(`../../../test/fixtures/crt/${name}`, import.meta.url), 'utf8');
  const report = parseReports(text, { file: name }).reports[0];
  if (!report) throw new Error(`no report in ${name}`);
  return report;
};
const brief = (name: string) =>
  fixture(name).incidents.map(({ date, endDate, kind, places, killed, wounded, arrested }) => ({
    date,
    endDate,
    kind,
    places,
    killed,
    wounded,
    arrested,
  }));

describe('parseIncidents on other chapters of the series', () => {
  it('reads month-precision bullets ("A July attack … killed 13")', () => {
    expect(brief('crt-2011-turkey-other.txt')).toEqual([
      {
        date: '2011-05',
        endDate: null,
        kind: 'attack',
        places: ['Kastamonu'],
        killed: 1,
        wounded: null,
        arrested: null,
      },
      { date: '2011-07', endDate: null, kind: 'attack', places: ['Silvan'], killed: 13, wounded: null, arrested: null },
      { date: '2011-08', endDate: null, kind: 'attack', places: ['Cukurca'], killed: 9, wounded: null, arrested: null },
      { date: '2011-09', endDate: null, kind: 'attack', places: ['Ankara'], killed: 3, wounded: null, arrested: null },
    ]);
  });

  it('reads PDF text and security-force operations', () => {
    expect(brief('crt-2012-kazakhstan-pdf.txt')).toEqual([
      {
        date: '2012-07-11',
        endDate: null,
        kind: 'attack',
        places: ['Almaty'],
        killed: 8,
        wounded: null,
        arrested: null,
      },
      { date: '2012-08-17', endDate: null, kind: 'clash', places: [], killed: 9, wounded: null, arrested: null },
      // "On September 12, a week after suspected violent extremists set off an accidental explosion that killed one
      // of their own, … security forces killed at least two more during a raid … in Kulsary": two events.
      { date: '2012-09-05', endDate: null, kind: 'attack', places: [], killed: 1, wounded: null, arrested: null },
      {
        date: '2012-09-12',
        endDate: null,
        kind: 'clash',
        places: ['Kulsary'],
        killed: 2,
        wounded: null,
        arrested: null,
      },
    ]);
  });

  it('gives one record per date when a sentence names two', () => {
    const kenya = fixture('crt-2017-kenya-other.txt').incidents.filter((i) =>
      i.text.startsWith('On July 8 and September 6'),
    );
    expect(kenya.map((i) => [i.date, i.kind, i.places])).toEqual([
      ['2017-07-08', 'attack', ['Lamu County']],
      ['2017-09-06', 'attack', ['Lamu County']],
    ]);
  });

  describe('edge cases', () => {
    it('finds no incident in a chapter that dates none', () => {
      expect(fixture('crt-2009-afghanistan-refworld-pipe.txt').incidents).toEqual([]);
    });
    it('leaves out court outcomes and threat levels', () => {
      expect(fixture('crt-2006-greece-refworld-new.txt').incidents).toEqual([]);
      expect(fixture('crt-2022-united-kingdom-stategov.txt').incidents).toEqual([]);
    });
  });
});
