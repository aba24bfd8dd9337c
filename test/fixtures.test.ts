import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReports } from '../src/report/parse-report.js';
import type { Report } from '../src/report/types.js';

/**
 * Parses every excerpt in test/fixtures/crt and checks it against INDEX.tsv.
 *
 * How a row is compared, fairly for its odd layouts:
 * - country: the INDEX value without its parenthetical note ("Africa (regional overview)" → "Africa")
 *   must match a report's country, one containing the other after normalising case, punctuation
 *   and "and"/"the" ("Israel, West Bank, and Gaza" = "Israel, West Bank and Gaza"); on a
 *   multi-chapter page one report is enough. Checked only where the text names that country.
 * - year: where the text (or its #source address) states the year, a report has it; where it does
 *   not, the parser must not invent another year (null is fine).
 * - headings: each heading of section_headings_seen, without its parenthetical note and tags, must be a
 *   section heading of one of the page's reports, or the chapter name line the parser turned into a
 *   report's country ("CUBA", "United Kingdom (Northern Ireland)").
 */

const DIR = new URL('./fixtures/crt/', import.meta.url);

interface IndexRow {
  file: string;
  country: string;
  year: number;
  headings: string[];
}

function readIndex(): IndexRow[] {
  const [head, ...lines] = readFileSync(new URL('INDEX.tsv', DIR), 'utf8').trim().split('\n');
  const columns = (head ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    const cell = (name: string): string => cells[columns.indexOf(name)] ?? '';
    return {
      file: cell('file'),
      country: cell('country'),
      year: Number(cell('report_year')),
      headings: cell('section_headings_seen')
        .split(';')
        .map((heading) => heading.trim())
        .filter((heading) => heading !== ''),
    };
  });
}

const normalize = (text: string): string =>
  text
    .replace(/<[^>]+>/g, '')
    .replace(/\([^)]*\)/g, ' ')
    .toLowerCase()
    .replace(/\b(?:and|the)\b/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** "Legislati<strong>on</strong>, … (split by tags)" → "Legislation, …"; keeps "(Northern Ireland)" of a name. */
const indexHeading = (heading: string): string =>
  heading
    .replace(/<[^>]+>/g, '')
    .replace(/\s*\((?:sub-heading|no colon|split by tags)\)$/i, '')
    .trim();

const sameHeading = (a: string, b: string): boolean =>
  a.replace(/:$/, '').replace(/\s+/g, ' ').toLowerCase() === b.replace(/:$/, '').replace(/\s+/g, ' ').toLowerCase();

interface Verdict {
  country: boolean | 'not stated';
  year: boolean | 'not stated';
  headings: boolean;
  detail: string;
}

function judge(row: IndexRow, text: string, reports: Report[]): Verdict {
  const mainCountry = normalize(row.country);
  const countryStated = normalize(text).includes(mainCountry.split(' ')[0] ?? mainCountry);
  const countryOk = reports.some((report) => {
    const country = normalize(report.country);
    return country.includes(mainCountry) || mainCountry.includes(country);
  });
  const yearStated = text.includes(String(row.year));
  const yearOk = yearStated
    ? reports.some((report) => report.year === row.year)
    : reports.every((report) => report.year === null || report.year === row.year);
  const names = reports.flatMap((report) => [report.country, ...report.sections.map((section) => section.heading)]);
  const missing = row.headings.map(indexHeading).filter((heading) => !names.some((name) => sameHeading(name, heading)));
  return {
    country: countryStated ? countryOk : countryOk || 'not stated',
    year: yearStated ? yearOk : yearOk || 'not stated',
    headings: missing.length === 0,
    detail: `countries=${JSON.stringify(reports.map((report) => report.country))} years=${JSON.stringify(
      reports.map((report) => report.year),
    )} missing headings=${JSON.stringify(missing)}`,
  };
}

const rows = readIndex();
const verdicts = rows.map((row) => {
  const text = readFileSync(new URL(row.file, DIR), 'utf8');
  const { reports } = parseReports(text, { file: `test/fixtures/crt/${row.file}` });
  return { file: row.file, ...judge(row, text, reports) };
});

describe('fixtures in test/fixtures/crt', () => {
  it('lists every fixture file in INDEX.tsv', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
  });

  it.each(verdicts)('$file: country, year and headings match INDEX.tsv', (verdict) => {
    expect({
      file: verdict.file,
      country: verdict.country,
      year: verdict.year,
      headings: verdict.headings,
      why: verdict.detail,
    }).toEqual({
      file: verdict.file,
      country: true,
      year: true,
      headings: true,
      why: verdict.detail,
    });
  });

  it('scores every file right (table of failures)', () => {
    const score = (key: 'country' | 'year' | 'headings') => verdicts.filter((verdict) => verdict[key] === true).length;
    const failures = verdicts
      .filter((verdict) => verdict.country !== true || verdict.year !== true || !verdict.headings)
      .map(
        (verdict) =>
          `${verdict.file}: country=${verdict.country} year=${verdict.year} headings=${verdict.headings} ${verdict.detail}`,
      );
    expect({ failures, country: score('country'), year: score('year'), headings: score('headings') }).toEqual({
      failures: [],
      country: verdicts.length,
      year: verdicts.length,
      headings: verdicts.length,
    });
  });
});

describe('edge cases', () => {
  it('the comparison fails a wrong country, a wrong year and a missing heading', () => {
    const row: IndexRow = { file: 'x.txt', country: 'Colombia', year: 2011, headings: ['Overview'] };
    const wrong = parseReports(
      'Country Reports on Terrorism 2010 - Mexico\n\n2010 Terrorist Incidents: Colombia bombing.',
    ).reports;
    expect(judge(row, 'Colombia 2011', wrong)).toMatchObject({ country: false, year: false, headings: false });
  });
});
