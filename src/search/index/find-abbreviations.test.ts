import { describe, expect, it } from 'vitest';
import type { Report } from '../../report/types.js';
import { buildIndex } from './build-index.js';
import { findAbbreviations } from './find-abbreviations.js';

const report = (id: string, ...texts: string[]): Report => ({
  id,
  file: '',
  title: id,
  country: id,
  year: 2011,
  publisher: null,
  publicationDate: null,
  citeAs: null,
  sourceUrl: null,
  sections: [
    { id: `${id}/s`, heading: 'Overview', passages: texts.map((text, i) => ({ id: `${id}/s/p${i + 1}`, text })) },
  ],
  incidents: [],
});

describe('findAbbreviations', () => {
  const index = buildIndex([
    report(
      'tj',
      'Tajikistan monitored extremist groups like Hizb ut-Tahrir (HT).',
      'Police arrested 74 members of HT.',
    ),
    report(
      'kz',
      'a group called Jund al-Khilafah (Soldiers of the Caliphate, JAK) and the Committee for National Security (KNB).',
    ),
  ]);

  it('reads "Long Name (ABBR)" per report, spelled by the letters or the capitalized name before', () => {
    expect(findAbbreviations(index, 'ht')).toEqual([{ short: 'ht', long: ['hizb', 'ut', 'tahrir'], reports: [0] }]);
    expect(findAbbreviations(index, 'jak').map((a) => a.long)).toEqual([
      ['jund', 'al', 'khilafah'],
      ['soldier', 'caliphat'],
    ]);
    expect(findAbbreviations(index, 'knb')[0]?.long).toEqual(['committe', 'national', 'security']);
  });

  it('remembers what it read in the index', () => {
    expect(index.abbreviations.get('ht')).toBe(findAbbreviations(index, 'ht'));
  });

  it('lists every report that defines the same abbreviation', () => {
    const text = 'designated a Foreign Terrorist Organization (FTO) in 2004.';
    expect(findAbbreviations(buildIndex([report('a', text), report('b', text)]), 'fto')[0]?.reports).toEqual([0, 1]);
  });

  it('takes a name three reports agree on as the name everywhere', () => {
    const text = 'designated a Foreign Terrorist Organization (FTO) in 2004.';
    const index = buildIndex(['a', 'b', 'c', 'd'].map((id) => report(id, text)));
    expect(findAbbreviations(index, 'fto')).toEqual([
      { short: 'fto', long: ['foreign', 'terrorist', 'organization'], reports: null },
    ]);
  });
});

describe('edge cases', () => {
  it('ignores parentheses that define nothing', () => {
    const other = buildIndex([report('x', 'In 2011 (see above) the police (Almaty) arrested (2) men in Atyrau (KZ).')]);
    expect(findAbbreviations(other, 'kz')).toEqual([]);
    expect(findAbbreviations(other, 'nothing')).toEqual([]);
  });
});
