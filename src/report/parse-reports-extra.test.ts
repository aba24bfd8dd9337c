import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeReportText } from './decode-report-text.js';
import { parseReports } from './parse-report.js';
import type { Report } from './types.js';

// Chapters not in test/fixtures/crt: real excerpts and reconstructions in other formats (see crt-extra/README.md).
const load = (name: string) => {
  const bytes = readFileSync(new URL(`../../test/fixtures/crt-extra/${name}`, import.meta.url));
  return parseReports(decodeReportText(bytes), { file: name });
};
const only = (name: string): Report => {
  const { reports } = load(name);
  expect(reports).toHaveLength(1);
  return reports[0] as Report;
};
const headings = (report: Report) => report.sections.map((section) => section.heading);
const passages = (report: Report) =>
  report.sections.flatMap((section) => section.passages.map((passage) => passage.text));
const brief = (report: Report) =>
  report.incidents.map(({ date, endDate, kind, killed, wounded, arrested }) => [
    date,
    endDate,
    kind,
    killed,
    wounded,
    arrested,
  ]);
const NEW_HEADINGS = [
  'Overview',
  '2015 Terrorist Incidents',
  'Legislation, Law Enforcement, and Border Security',
  'Countering the Financing of Terrorism',
  'Countering Violent Extremism',
  'International and Regional Cooperation',
];

describe('parseReports on a legacy Refworld copy with CRLF and NBSP (Nigeria 2015)', () => {
  const report = only('crt-2015-nigeria-refworld-legacy-crlf.txt');

  it('returns the header fields and the sections', () => {
    expect([report.country, report.year, report.publicationDate, report.publisher]).toEqual([
      'Nigeria',
      2015,
      '2016-06-02',
      'United States Department of State',
    ]);
    expect(headings(report)).toEqual(NEW_HEADINGS);
  });

  it('returns one record per dated event: ranges, "the same day", "the following day"; no policy milestones', () => {
    expect(brief(report)).toEqual([
      // "In March 2015, Boko Haram pledged allegiance to ISIL": a group's dated declaration, a threat (the guide's claims
      // and videos; two independent golds read pledges so).
      ['2015-03', null, 'threat', null, null, null],
      ['2015-01-03', '2015-01-07', 'attack', null, null, null],
      ['2015-01-10', null, 'attack', 19, 18, null],
      ['2015-02-24', null, 'attack', 17, null, null],
      ['2015-02-24', null, 'attack', 10, null, null],
      ['2015-07-01', null, 'attack', 150, null, null],
      ['2015-07-05', null, 'attack', 44, 67, null],
      ['2015-09-20', null, 'attack', 54, 90, null],
      ['2015-10-02', null, 'attack', 18, 41, null],
      ['2015-11-17', null, 'attack', 32, 80, null],
      ['2015-11-18', null, 'attack', 15, null, null],
      // Each town with its own toll: one record each (the guide), the Madagali bombings and the Maiduguri attack.
      ['2015-12-28', null, 'attack', 30, null, null],
      ['2015-12-28', null, 'attack', 20, null, null],
      ['2015-04-20', null, 'arrest', null, null, 4],
      ['2015-08', null, 'arrest', null, null, 200],
      ['2015-12-01', null, 'arrest', null, null, 11],
    ]);
    expect(report.incidents.map((incident) => incident.places)).toContainEqual(['Kano']);
    expect(report.incidents[1]?.places).toEqual(['Baga']);
    expect(report.incidents[5]?.places).toEqual(['Kukawa']);
  });
});

describe('parseReports on a state.gov regional page (Africa 2014)', () => {
  const { reports } = load('crt-2014-africa-stategov.txt');

  it('returns the regional overview and each country chapter, without the page footer', () => {
    expect(reports.map((report) => [report.id, report.publicationDate])).toEqual([
      ['crt-2014-africa', '2015-06-19'],
      ['crt-2014-kenya', '2015-06-19'],
      ['crt-2014-somalia', '2015-06-19'],
    ]);
    expect(headings(reports[0] as Report)).toEqual([
      'Chapter 2. Country Reports: Africa Overview',
      'Trans-Sahara Counterterrorism Partnership',
    ]);
    const text = reports.flatMap(passages).join('\n');
    expect(text).not.toMatch(/Office of Website Management|External links|^Footer$|Back to Top/m);
  });

  it('reads the real 2014 Kenya paragraph: every dated attack, none absorbing the undated ones', () => {
    const kenya = reports[1] as Report;
    expect(brief(kenya)).toEqual([
      ['2014-12-02', null, 'attack', 38, null, null],
      ['2014-11-22', null, 'attack', 28, null, null],
      ['2014-07', null, 'attack', 2, null, null],
      ['2014-06-15', '2014-06-17', 'attack', 50, null, null],
      ['2014-06-15', null, 'attack', null, null, null],
      ['2014-05-03', null, 'attack', 4, 1, null],
      ['2014-04', null, 'arrest', null, null, 4000],
      ['2014-09-09', null, 'arrest', null, null, 3],
    ]);
  });

  it('counts a list of victims and calls an airstrike a clash', () => {
    expect(brief(reports[2] as Report)).toEqual([
      // "a U.S. airstrike killed al-Shabaab leader Ahmed Abdi Godane": one named man killed.
      ['2014-09-01', null, 'clash', 1, null, null],
      ['2014-02-21', null, 'attack', 11, null, null],
      ['2014-05-24', null, 'attack', 10, null, null],
      ['2014-12-25', null, 'attack', 4, null, null],
    ]);
  });
});

describe('parseReports on a PDF text copy (Philippines 2017)', () => {
  const report = only('crt-2017-philippines-pdf.txt');

  it('joins the broken lines into the series headings and passages', () => {
    expect([report.country, report.year]).toEqual(['Philippines', 2017]);
    expect(headings(report)).toEqual(NEW_HEADINGS.map((h) => h.replace('2015', '2017')));
    expect(passages(report).join(' ')).not.toMatch(/<|>|SHOW MORE|YUMPU/);
  });

  it('gives the siege its end date and its dead on every side; martial law is no incident', () => {
    expect(brief(report)).toEqual([
      ['2017-04-11', null, 'clash', 13, null, null],
      ['2017-05-23', '2017-10-23', 'attack', 1112, null, null],
      ['2017-08-21', null, 'attack', 9, 11, null],
      ['2017-12-28', null, 'attack', null, 2, null],
      ['2017-10-16', null, 'clash', 2, null, null],
      ['2017-11-21', null, 'arrest', null, null, 2],
    ]);
  });
});

describe('parseReports on other formats', () => {
  it('reads a new Refworld copy and merges two days in a row into one record (Mali 2019)', () => {
    const report = only('crt-2019-mali-refworld-new.txt');
    expect([report.year, report.publicationDate]).toEqual([2019, '2020-06-24']);
    expect(headings(report)).toEqual(NEW_HEADINGS.map((h) => h.replace('2015', '2019')));
    expect(brief(report)).toEqual([
      ['2019-01-20', null, 'attack', 10, 25, null],
      ['2019-03-17', null, 'attack', 26, null, null],
      ['2019-09-30', '2019-10-01', 'attack', 38, null, null],
      ['2019-11-01', null, 'attack', 50, null, null],
      // "ISIS claimed responsibility on November 2": a dated claim is a threat record (incident-guide.md).
      ['2019-11-02', null, 'threat', null, null, null],
      ['2019-11-18', null, 'attack', 41, 29, null],
      ['2019-07-11', null, 'arrest', null, null, 6],
    ]);
  });

  it('reads a Windows-1252 chapter with no headings as one section (Pakistan 2006)', () => {
    const report = only('crt-2006-pakistan-cp1252.txt');
    expect(headings(report)).toEqual(['Pakistan']);
    expect(passages(report).join(' ')).toContain('Pakistan’s cooperation was “essential,”');
    expect(passages(report).join(' ')).not.toContain('\ufffd');
    expect(brief(report)).toEqual([
      ['2006-02-09', null, 'attack', 40, null, null],
      ['2006-03-02', null, 'attack', 4, 52, null],
      ['2006-04-11', null, 'attack', 57, null, null],
      ['2006-10-30', null, 'clash', 80, null, null],
      ['2006-11-08', null, 'attack', 42, null, null],
      ['2006-08', null, 'arrest', null, null, 1],
      ['2006-12-24', null, 'arrest', null, null, 14],
    ]);
  });

  it('reads a copy with a BOM and metadata lines (Burkina Faso 2020)', () => {
    const report = only('crt-2020-burkina-faso-bom.txt');
    expect([report.id, report.country, report.year]).toEqual(['crt-2020-burkina-faso', 'Burkina Faso', 2020]);
    expect(report.incidents[0]?.places).toEqual(['Nagraogo']);
  });

  it('reads headings alone on their line before bullets with no blank lines (Mozambique 2023)', () => {
    const report = only('crt-2023-mozambique-stategov.txt');
    expect(headings(report)).toEqual(NEW_HEADINGS.map((h) => h.replace('2015', '2023')));
    expect(report.sections[1]?.passages.map((p) => p.text.slice(0, 20))).toEqual([
      'ISIS-M carried out m',
      'In June 2023, ISIS-M',
      'On August 22, FADM a',
      'On October 13 and 14',
      'On December 28, ISIS',
    ]);
    expect(report.incidents.map((i) => [i.date, i.kind])).toEqual([
      ['2023-06', 'attack'],
      ['2023-08-22', 'clash'],
      ['2023-10-13', 'attack'],
      ['2023-12-28', 'attack'],
      ['2023-09-07', 'arrest'],
    ]);
  });
});

describe('parseReports on real excerpts', () => {
  it('reads the Refworld pipe header', () => {
    const report = only('crt-2012-austria-refworld-pipe.txt');
    expect([report.country, report.year, report.publicationDate]).toEqual(['Austria', 2012, '2013-05-30']);
    expect(headings(report)).toEqual(['Overview', 'Legislation, Law Enforcement, and Border Security']);
  });

  it('drops the .gov banner and dates no incident in a "no incidents" chapter', () => {
    const austria = only('crt-2021-austria-stategov.txt');
    expect(passages(austria).join(' ')).not.toMatch(/official website|\.gov website|lock \(/i);
    expect(only('crt-2022-austria-stategov.txt').incidents).toEqual([]);
    expect(only('crt-2019-albania-ecoi.txt').incidents).toEqual([]);
  });

  it('opens no empty chapters for a page’s list of countries', () => {
    const { reports, warnings } = load('crt-2018-europe-stategov.txt');
    expect(reports.map((report) => report.id)).toEqual(['crt-2018-albania']);
    expect(headings(reports[0] as Report)).toEqual([
      'Overview',
      '2018 Terrorist Incidents',
      'Legislation, Law Enforcement, and Border Security',
    ]);
    expect(warnings).toEqual([]);
  });

  it('reads "NIGERIA Overview:" on a news site’s copy as the chapter and its heading, without the site’s lines', () => {
    const report = only('crt-2015-nigeria-other.txt');
    expect([report.country, report.year]).toEqual(['Nigeria', 2015]);
    expect(headings(report)).toEqual(['Overview']);
    expect(passages(report)[0]).toMatch(/^Boko Haram continued/);
  });
});
