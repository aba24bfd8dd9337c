import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeReportText } from '../decode-report-text.js';
import { parseReports } from '../parse-report.js';
import type { Report } from '../types.js';
import { parseIncidents } from './parse-incidents.js';
import { testChapter as chapter } from './test-chapter.js';

// A reader checks a figure against the words quoted for it: every quote must be words of the chapter as written.

/** Each quoted piece of a record (the pieces of one field are joined with " … "), with what it quotes. */
function quotes(incidents: Report['incidents']): Array<[string, string]> {
  return incidents.flatMap((incident) =>
    Object.entries(incident.evidence ?? {}).flatMap(([field, words]) =>
      field === 'accounts' || typeof words !== 'string'
        ? []
        : words.split(' … ').map((piece) => [field, piece] as [string, string]),
    ),
  );
}

const passagesOf = (report: Pick<Report, 'sections'>) =>
  report.sections.flatMap((s) => s.passages.map((p) => p.text)).join('\n');

describe('incident evidence is quoted verbatim', () => {
  it('on every chapter of the test fixtures', () => {
    const root = new URL('../../../', import.meta.url);
    const files = [
      'data/crt-2011-kazakhstan.txt',
      ...readdirSync(new URL('test/fixtures/crt/', root))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => `test/fixtures/crt/${f}`),
    ];
    let pieces = 0;
    const notVerbatim: string[] = [];
    for (const file of files) {
      for (const report of parseReports(decodeReportText(readFileSync(new URL(file, root))), { file }).reports) {
        const text = passagesOf(report);
        for (const [field, piece] of quotes(report.incidents)) {
          pieces += 1;
          if (!text.includes(piece)) notVerbatim.push(`${file} ${field}: ${piece}`);
        }
      }
    }
    expect(pieces).toBeGreaterThan(100);
    expect(notVerbatim).toEqual([]);
  });

  it.each([
    [
      'an aside cut before reading',
      'On March 28, troops raided a camp near Tarn. Two Federal Security Service (FSB) officers died in the fighting.',
    ],
    [
      'a victim named before the next sentence',
      'On November 21, Tarn executed Omar Bessa Ulma, the only surviving gunman of the 2008 attacks, after the court upheld his conviction in August. The National Center proposal stalled.',
    ],
    [
      'a place after an aside cut from the clause',
      'On May 3, Sorra fighters beheaded Ann Then, a hostage kidnapped from Ulma, Bessa, in May, in Tarn, Korvel.',
    ],
    [
      'a day counted back from the one told',
      'On February 10, a roadside bomb struck a vehicle near Tarn, killing seven soldiers; the attack came a day after gunmen killed 18 civilians in the villages of Ulma and Bessa.',
    ],
    [
      'places listed with their dates',
      'Rebels seized Kidal on March 30, Gao on March 31, and Timbuktu on April 1, as army units abandoned their positions. Fighting continued in Gao and Timbuktu.',
    ],
  ])('for %s', (_what, paragraph) => {
    const report = chapter(2012, paragraph);
    const incidents = parseIncidents(report);
    expect(incidents.length).toBeGreaterThan(0);
    for (const [, piece] of quotes(incidents)) expect(passagesOf(report)).toContain(piece);
  });
});
