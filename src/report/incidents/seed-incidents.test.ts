import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReports } from '../parse-report.js';
import type { Incident } from '../types.js';

interface Expected {
  date: string;
  endDate?: string;
  places: string[];
  kind: Incident['kind'];
  killed?: number;
  wounded?: number;
  arrested?: number;
  quote: string;
}

const seedText = readFileSync(new URL('../../../data/crt-2011-kazakhstan.txt', import.meta.url), 'utf8');
const expected = JSON.parse(
  readFileSync(new URL('../../../test/fixtures/eval/seed-incidents.json', import.meta.url), 'utf8'),
) as { incidents: Expected[] };

const [report] = parseReports(seedText, { file: 'data/crt-2011-kazakhstan.txt' }).reports;
const incidents = report?.incidents ?? [];

/** The record that tells an expected event: the one whose own text holds the expected quote, on that date. */
function recordFor(e: Expected): Incident | undefined {
  return incidents.find((i) => i.date === e.date && i.text.includes(e.quote));
}

describe('parseIncidents on the seed report', () => {
  it('finds exactly the 13 hand-checked records, no others', () => {
    expect(incidents).toHaveLength(expected.incidents.length);
    const matched = new Set(expected.incidents.map(recordFor).filter(Boolean));
    expect(matched.size).toBe(expected.incidents.length);
  });

  it.each(expected.incidents.map((e) => [`${e.date} ${e.quote}`, e] as const))('gets every field of %s', (_, e) => {
    // The figures the hand-checked record states must match; the ones it leaves out are not checked.
    const { killed, wounded, arrested } = e;
    expect(recordFor(e)).toMatchObject({
      kind: e.kind,
      endDate: e.endDate ?? null,
      places: expect.arrayContaining(e.places),
      ...(killed === undefined ? {} : { killed }),
      ...(wounded === undefined ? {} : { wounded }),
      ...(arrested === undefined ? {} : { arrested }),
    });
  });

  it('links each record to its report, section and passage, and the passage holds its text', () => {
    for (const i of incidents) {
      expect(i.reportId).toBe(report?.id);
      const section = report?.sections.find((s) => s.id === i.sectionId);
      const passage = section?.passages.find((p) => p.id === i.passageId);
      expect(passage?.text).toContain(i.text.split(' ').slice(0, 6).join(' '));
    }
  });

  it('names the actors the report gives, with acronyms linked to their long names', () => {
    const designation = incidents.find((i) => i.kind === 'designation');
    expect(designation?.actors).toEqual(expect.arrayContaining(['JAK', 'Jund al-Khilafah']));
    const aktobe = incidents.find((i) => i.date === '2011-05-17');
    expect(aktobe?.actors).toEqual(expect.arrayContaining(['KNB', 'Committee for National Security']));
  });

  it('gives stable ids in report order', () => {
    expect(incidents.map((i) => i.id)).toEqual(incidents.map((_, n) => `${report?.id}/i${n + 1}`));
    const again = parseReports(seedText, { file: 'data/crt-2011-kazakhstan.txt' }).reports[0]?.incidents;
    expect(again).toEqual(incidents);
  });
});
