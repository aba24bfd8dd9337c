import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDuplicateChapters } from './find-duplicate-chapters.js';
import { parseReports } from './parse-report.js';

const load = (file: string) =>
  parseReports(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), { file }).reports;
const excerpt2011 = load('test/fixtures/crt/crt-2011-kazakhstan-refworld-legacy.txt');
const seed2011 = load('data/crt-2011-kazakhstan.txt');
const pdf2012 = load('test/fixtures/crt/crt-2012-kazakhstan-pdf.txt');
const refworld2012 = load('test/fixtures/crt/crt-2012-kazakhstan-refworld-legacy.txt');
const israel = load('test/fixtures/crt/crt-2011-israel-other.txt');
const israelWestBank = load('test/fixtures/crt/crt-2011-israel-refworld-legacy.txt');

describe('findDuplicateChapters', () => {
  it('keeps the richer of two copies of one chapter, whichever loads first', () => {
    const { reports, duplicates } = findDuplicateChapters([...excerpt2011, ...seed2011]);
    expect(reports.map((r) => r.file)).toEqual(['data/crt-2011-kazakhstan.txt']);
    expect(duplicates.map((d) => [d.dropped.file, d.kept.file])).toEqual([
      ['test/fixtures/crt/crt-2011-kazakhstan-refworld-legacy.txt', 'data/crt-2011-kazakhstan.txt'],
    ]);
  });

  it('reads "Israel" and "Israel, West Bank, and Gaza" of one year as one chapter when the text is the same', () => {
    const { reports } = findDuplicateChapters([...israelWestBank, ...israel]);
    expect(reports.map((r) => r.file)).toEqual(['test/fixtures/crt/crt-2011-israel-other.txt']);
  });

  it('keeps two excerpts of different parts of one chapter, and the same country in other years', () => {
    const all = [...pdf2012, ...refworld2012, ...seed2011];
    expect(findDuplicateChapters(all)).toEqual({ reports: all, duplicates: [] });
  });

  describe('edge cases', () => {
    it('drops a file loaded twice once', () => {
      const again = parseReports(readFileSync(new URL('../../data/crt-2011-kazakhstan.txt', import.meta.url), 'utf8'), {
        file: 'copy.txt',
      }).reports;
      const { reports, duplicates } = findDuplicateChapters([...seed2011, ...again]);
      expect(reports.map((r) => r.file)).toEqual(['data/crt-2011-kazakhstan.txt']);
      expect(duplicates.map((d) => d.dropped.file)).toEqual(['copy.txt']);
    });
  });
});
