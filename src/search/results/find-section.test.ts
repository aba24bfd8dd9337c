import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReports } from '../../report/parse-report.js';
import { buildIndex } from '../index/build-index.js';
import { findSection } from './find-section.js';

const seed = readFileSync(new URL('../../../data/crt-2011-kazakhstan.txt', import.meta.url), 'utf8');
const index = buildIndex(parseReports(seed, { file: 'data/crt-2011-kazakhstan.txt' }).reports);
const heading = (name: string) => findSection(index, name)?.section.heading ?? null;

describe('findSection', () => {
  it('finds a section by a word of its heading', () => {
    expect(heading('finance')).toEqual('Countering Terrorist Finance');
    expect(heading('overview')).toEqual('Overview');
    expect(heading('incidents')).toEqual('2011 Terrorist Incidents');
    expect(heading('legislation')).toEqual('Legislation and Law Enforcement');
    expect(heading('cooperation')).toEqual('Regional and International Cooperation');
  });

  it('tolerates typos and narrows by country and year words', () => {
    expect(heading('finnance')).toEqual('Countering Terrorist Finance');
    expect(findSection(index, 'Kazakhstan 2011 finance')?.report.id).toEqual('crt-2011-kazakhstan');
  });
});

describe('edge cases', () => {
  it('returns null for no match, an empty name or a year with no report', () => {
    expect(heading('')).toEqual(null);
    expect(heading('zzzz qqqq')).toEqual(null);
    expect(heading('finance 1999')).toEqual(null);
  });
});

describe('findSection with words that name no heading', () => {
  it('returns null for a name close to no heading, so the person is shown the sections', () => {
    expect(findSection(index, 'foo')).toBeNull();
    expect(findSection(index, 'blah blah')).toBeNull();
  });
  it('still forgives a typo and ignores filler words', () => {
    expect(findSection(index, 'finanse')?.section.heading).toBe('Countering Terrorist Finance');
    expect(findSection(index, 'the overview section')?.section.heading).toBe('Overview');
    expect(findSection(index, 'money laundering')?.section.heading).toBe('Countering Terrorist Finance');
  });
});
