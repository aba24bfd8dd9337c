import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeReportText } from '../decode-report-text.js';
import { parseReports } from '../parse-report.js';
import type { Report } from '../types.js';
import { type IncidentGold, type IncidentScore, placesMatch, scoreIncidents } from './score-incidents.js';

const root = new URL('../../../', import.meta.url);
const goldPath = new URL('test/fixtures/eval/incidents-gold.json', root);
const scorerPath = new URL('test/fixtures/eval/score-incidents.py', root);
const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as IncidentGold;
const files = [
  'data/crt-2011-kazakhstan.txt',
  ...readdirSync(new URL('test/fixtures/crt/', root))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => `test/fixtures/crt/${f}`),
];

/** Floors set just under what the extractor reaches on the shared gold (see README, "Incident records"). */
const FLOOR = { recall: 0.95, precision: 0.97, figures: 0.95 };

const python = spawnSync('python3', ['--version']).status === 0;

let reports: Report[] = [];
let score: IncidentScore;
beforeAll(() => {
  reports = files.flatMap(
    (file) => parseReports(decodeReportText(readFileSync(new URL(file, root))), { file }).reports,
  );
  score = scoreIncidents(
    gold,
    reports.flatMap((r) => r.incidents.map((record) => ({ file: r.file, record }))),
  );
});

describe('placesMatch', () => {
  it('ignores accents, case, apostrophes and a leading "the", and takes a whole-word part', () => {
    expect(placesMatch('Utøya', 'utoya')).toBe(false); // ø has no ASCII decomposition: dropped, as in python
    expect(placesMatch('Apartadó', 'Apartado')).toBe(true);
    expect(placesMatch("Nairobi's Westgate", 'Nairobis Westgate')).toBe(true);
    expect(placesMatch('the Sinai', 'Sinai')).toBe(true);
    expect(placesMatch('Marawi City', 'Marawi')).toBe(true);
    expect(placesMatch('Hakkari', 'Hakkar')).toBe(false);
  });
});

describe('the extractor on the shared gold (62 chapters)', () => {
  it('stays above the recall, precision and figures floors', () => {
    expect(score.gold).toBe(74);
    expect(score.recall).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(score.precision).toBeGreaterThanOrEqual(FLOOR.precision);
    expect(score.figures).toBeGreaterThanOrEqual(FLOOR.figures);
  });

  it('gives the found incidents their kind (a claim, a raid and an attack told apart)', () => {
    expect(score.fields.kind.right / score.fields.kind.total).toBeGreaterThanOrEqual(0.97);
  });

  it.skipIf(!python)('scores exactly as score-incidents.py does (skips where python3 is not installed)', () => {
    const json = JSON.stringify({ reports: reports.map((r) => ({ file: r.file, incidents: r.incidents })) });
    const run = spawnSync('python3', [scorerPath.pathname, goldPath.pathname], { input: json, encoding: 'utf8' });
    const last = run.stdout.trim().split('\n').pop() ?? '';
    const m =
      /recall [\d.]+ \((\d+)\/(\d+)\), precision [\d.]+ \((\d+)\/(\d+), (\d+) borderline.*right record [\d.]+ \((\d+)\/(\d+)\)/.exec(
        last,
      );
    expect(m?.slice(1).map(Number)).toEqual([
      score.found,
      score.gold,
      score.found,
      score.extracted - score.borderline,
      score.borderline,
      score.figuresRight,
      score.figuresStated,
    ]);
    for (const [field, { right, total }] of Object.entries(score.fields)) {
      expect(run.stdout).toContain(`field ${field.padEnd(9)} ${right}/${total}\n`);
    }
  });
});
