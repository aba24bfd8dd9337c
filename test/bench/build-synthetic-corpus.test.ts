import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSeedPool } from '../../bench/build-seed-pool.js';
import { buildSyntheticCorpus, shiftIsoDate } from '../../bench/build-synthetic-corpus.js';
import { loadSeedReports } from '../../bench/load-seed-reports.js';
import { splitSentences } from '../../src/report/split-sentences.js';
import type { Report } from '../../src/report/types.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function passageCount(reports: readonly Report[]): number {
  return reports.reduce(
    (sum, report) => sum + report.sections.reduce((n, section) => n + section.passages.length, 0),
    0,
  );
}

function allIds(reports: readonly Report[]): string[] {
  return reports.flatMap((report) => [
    report.id,
    ...report.sections.flatMap((section) => [section.id, ...section.passages.map((passage) => passage.id)]),
    ...report.incidents.map((incident) => incident.id),
  ]);
}

describe('buildSyntheticCorpus', () => {
  let seed: Report[] = [];
  beforeAll(async () => {
    seed = (await loadSeedReports(ROOT)).reports;
  });

  it('returns the same corpus for the same seed', () => {
    const first = buildSyntheticCorpus(seed, { passages: 2_000, seed: 7 });
    const second = buildSyntheticCorpus(seed, { passages: 2_000, seed: 7 });
    expect(second).toEqual(first);
  });

  it('returns a different corpus for another seed', () => {
    const first = buildSyntheticCorpus(seed, { passages: 2_000, seed: 7 });
    const other = buildSyntheticCorpus(seed, { passages: 2_000, seed: 8 });
    expect(other.map((report) => report.id)).not.toEqual(first.map((report) => report.id));
  });

  it.each([1_000, 10_000])('returns %i passages, within 1%', (passages) => {
    const count = passageCount(buildSyntheticCorpus(seed, { passages }));
    expect(Math.abs(count - passages)).toBeLessThanOrEqual(passages * 0.01);
  });

  it('returns unique report, section, passage and incident ids', () => {
    const ids = allIds(buildSyntheticCorpus(seed, { passages: 10_000 }));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('returns chapters over many countries and the years 2004–2023', () => {
    const reports = buildSyntheticCorpus(seed, { passages: 10_000 });
    const years = reports.map((report) => report.year ?? 0);
    expect(new Set(reports.map((report) => report.country)).size).toBeGreaterThan(150);
    expect(Math.min(...years)).toBe(2004);
    expect(Math.max(...years)).toBe(2023);
  });

  it('returns incident records that point at their passage and name real places', () => {
    // Swapped places come from the pool; a parser place the pool leaves out (`Kenya’s`) stays as it was.
    const places = new Set([
      ...buildSeedPool(seed).places,
      ...seed.flatMap((report) => report.incidents.flatMap((i) => i.places)),
    ]);
    const reports = buildSyntheticCorpus(seed, { passages: 10_000 });
    const incidents = reports.flatMap((report) => report.incidents.map((incident) => ({ report, incident })));
    expect(incidents.length).toBeGreaterThan(0);
    for (const { report, incident } of incidents) {
      const passage = report.sections.flatMap((section) => section.passages).find((p) => p.id === incident.passageId);
      expect(incident.reportId).toBe(report.id);
      // A record's own sentences, not always adjacent in its passage.
      for (const sentence of splitSentences(incident.text)) expect(passage?.text).toContain(sentence);
      for (const place of incident.places) expect(places).toContain(place);
    }
  });

  it('returns the seed incident re-dated into the chapter year', () => {
    const reports = buildSyntheticCorpus(seed, { passages: 10_000 });
    const dated = reports.flatMap((report) =>
      report.incidents.map((incident) => ({ year: report.year, date: incident.date })),
    );
    const inYear = dated.filter(({ year, date }) => date.startsWith(String(year)));
    // The real records are about their chapter's year, apart from a few that recall an earlier one.
    expect(inYear.length / dated.length).toBeGreaterThan(0.9);
  });
});

describe('edge cases', () => {
  it('returns exactly one passage when asked for one', async () => {
    const { reports } = await loadSeedReports(ROOT);
    expect(passageCount(buildSyntheticCorpus(reports, { passages: 1 }))).toBe(1);
  });

  it('throws RangeError for a count that is not a positive integer', () => {
    expect(() => buildSyntheticCorpus([], { passages: 0 })).toThrow(RangeError);
    expect(() => buildSyntheticCorpus([], { passages: 10 })).toThrow(RangeError);
  });

  it('moves 29 February to the 28th in a year without one', () => {
    expect(shiftIsoDate('2012-02-29', 1)).toBe('2013-02-28');
    expect(shiftIsoDate('2011-10', 5)).toBe('2016-10');
    expect(shiftIsoDate('2011', -2)).toBe('2009');
  });
});
