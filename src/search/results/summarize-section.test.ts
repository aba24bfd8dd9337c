import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReports } from '../../report/parse-report.js';
import type { Section } from '../../report/types.js';
import { summarizeSection } from './summarize-section.js';

const seed = readFileSync(new URL('../../../data/crt-2011-kazakhstan.txt', import.meta.url), 'utf8');
const [report] = parseReports(seed, { file: 'data/crt-2011-kazakhstan.txt' }).reports;
const section = (heading: string): Section => {
  const found = report?.sections.find((s) => s.heading === heading);
  if (!found) throw new Error(`no section ${heading}`);
  return found;
};

describe('summarizeSection', () => {
  it('returns verbatim sentences of the section, in report order, much shorter than the section', () => {
    if (!report) throw new Error('no report');
    const s = section('2011 Terrorist Incidents');
    const whole = s.passages.map((p) => p.text).join('\n');
    const summary = summarizeSection(report, s);
    expect(summary.sentences.length).toEqual(3);
    const positions = summary.sentences.map((t) => whole.indexOf(t));
    expect(positions.every((p) => p >= 0)).toEqual(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(summary.sentences.join(' ').length).toBeLessThan(whole.length / 2);
  });

  it('lists the section’s incidents by date and cites the section', () => {
    if (!report) throw new Error('no report');
    const summary = summarizeSection(report, section('2011 Terrorist Incidents'), { maxSentences: 2 });
    expect(summary.sentences.length).toEqual(2);
    expect(summary.incidents.map((i) => i.date)).toEqual([
      '2011-05-17',
      '2011-07-01',
      '2011-07-02',
      '2011-07-09',
      '2011-07-11',
      '2011-10-24',
      '2011-10-31',
      '2011-11-30',
    ]);
    expect(summary.citation.section).toEqual('2011 Terrorist Incidents');
  });
});

describe('edge cases', () => {
  it('skips lead-ins ending in a colon and handles an empty section', () => {
    if (!report) throw new Error('no report');
    const summary = summarizeSection(report, section('2011 Terrorist Incidents'), { maxSentences: 10 });
    expect(summary.sentences.includes('Incidents with potential links to terrorism included:')).toEqual(false);
    expect(summarizeSection(report, { id: 'x', heading: 'Empty', passages: [] }).sentences).toEqual([]);
  });
});
