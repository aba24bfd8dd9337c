import { beforeAll, describe, expect, it } from 'vitest';
import { collectIncidents } from './collect-incidents.js';
import { countIncidents } from './count-incidents.js';
import type { AnalysisEngine } from './engine.js';
import { evidenceQuote, evidenceWords } from './evidence-words.js';
import { buildExportRow, EXPORT_COLUMNS, formatCsv, formatJson } from './export-records.js';
import { buildTestEngine } from './test-engine.js';

let engine: AnalysisEngine;
beforeAll(() => {
  engine = buildTestEngine();
});

describe('countIncidents', () => {
  it('adds up the killed the matching records state and keeps those records', () => {
    const count = countIncidents(collectIncidents(engine, 'country:Kenya year:2017 kind:attack'), 'killed');
    const stated = count.counted.map(({ incident }) => incident.killed ?? 0);
    expect(count.counted.length).toBeGreaterThan(0);
    expect(count.total).toBe(stated.reduce((a, b) => a + b, 0));
    expect(count.matching).toBe(count.counted.length + count.withoutFigure);
    expect(count.counted.every(({ report }) => report.country === 'Kenya' && report.year === 2017)).toBe(true);
  });

  it('counts the arrests the seed states, with the records that state none', () => {
    const count = countIncidents(collectIncidents(engine, 'country:Kazakhstan year:2011'), 'arrested');
    expect(count.counted.map(({ incident }) => incident.date)).toEqual(['2011-07-11', '2011-07-11', '2011-09-23']);
    expect(count.total).toBe(count.counted.reduce((sum, { incident }) => sum + (incident.arrested ?? 0), 0));
    expect(count.withoutFigure).toBe(count.matching - 3);
  });

  it('counts records when asked for records', () => {
    const matched = collectIncidents(engine, 'country:Kenya year:2017');
    const count = countIncidents(matched, 'records');
    expect(count.total).toBe(matched.records.length);
    expect(count.counted).toEqual(matched.records);
  });
});

describe('evidenceWords', () => {
  it('returns the words the figure was read from, and the sentence that holds them', () => {
    const [record] = collectIncidents(engine, 'Shubarshy year:2011 kind:attack').records;
    if (record === undefined) throw new Error('no record');
    expect(record.incident.date).toBe('2011-07-01');
    expect(evidenceWords(record.incident, 'killed')).toBe('killed two policemen');
    expect(evidenceQuote(record.incident, 'killed')).toEqual({
      quote:
        'On July 1, gunmen fired at a police post in the village of Shubarshy, located in the center of the Aktobe region, and killed two policemen.',
      marks: ['killed two policemen'],
    });
  });

  it('falls back to the sentence naming the figure when a record has no evidence for it', () => {
    const [record] = collectIncidents(engine, 'Shubarshy year:2011 kind:attack').records;
    if (record === undefined) throw new Error('no record');
    const bare = { ...record.incident, evidence: {} };
    expect(evidenceWords(bare, 'killed')).toContain('killed two policemen');
  });

  it('prefers an evidence field when a record has one', () => {
    const [record] = collectIncidents(engine, 'Shubarshy year:2011 kind:attack').records;
    if (record === undefined) throw new Error('no record');
    const withEvidence = { ...record.incident, evidence: { killed: 'killed two policemen' } };
    expect(evidenceWords(withEvidence, 'killed')).toBe('killed two policemen');
  });
});

describe('export', () => {
  it('writes every matching record, one row each, as CSV with a BOM and as JSON', () => {
    const matched = collectIncidents(engine, 'country:Kazakhstan');
    const rows = matched.records.map(buildExportRow);
    const csv = formatCsv(rows);
    expect(
      csv.startsWith(
        '\uFEFFreport,country,year,section,date,end date,places,kind,killed,wounded,arrested,evidence words,text,citation,source URL\r\n',
      ),
    ).toBe(true);
    expect(EXPORT_COLUMNS).toHaveLength(15);
    expect(JSON.parse(formatJson(rows))).toHaveLength(matched.records.length);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((row) => row.country === 'Kazakhstan' && row.citation !== '')).toBe(true);
  });
});

describe('edge cases', () => {
  it('counts one record when two copies of a chapter tell the same event', () => {
    const doubled = buildTestEngine(['data/crt-2011-kazakhstan.txt', 'data/crt-2011-kazakhstan.txt']);
    const single = buildTestEngine(['data/crt-2011-kazakhstan.txt']);
    expect(doubled.reports).toHaveLength(2);
    expect(collectIncidents(doubled, 'country:Kazakhstan').records).toHaveLength(
      collectIncidents(single, 'country:Kazakhstan').records.length,
    );
  });

  it('counts nothing when nothing matches', () => {
    const count = countIncidents(collectIncidents(engine, 'country:Kenya year:1999'), 'killed');
    expect(count).toMatchObject({ total: 0, matching: 0, counted: [], withoutFigure: 0 });
  });
});
