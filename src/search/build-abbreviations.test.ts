import { describe, expect, it } from 'vitest';
import type { Report } from '../report/types.js';
import { buildAbbreviations } from './build-abbreviations.js';

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
  sections: [{ id: `${id}/s`, heading: 'Overview', passages: texts.map((text, i) => ({ id: `${id}/s/p${i + 1}`, text })) }],
  incidents: [],
});

describe('buildAbbreviations', () => {
  it('learns "Long Name (ABBR)" per report, spelled by the letters or the capitalized name before', () => {
    const table = buildAbbreviations([
      report('tj', 'Tajikistan monitored extremist groups like Hizb ut-Tahrir (HT).'),
      report('kz', 'a group called Jund al-Khilafah (Soldiers of the Caliphate, JAK) and the Committee for National Security (KNB).'),
    ]);
    expect(table.byShort.get('ht')).toEqual([{ short: 'ht', long: ['hizb', 'ut', 'tahrir'], reports: [0] }]);
    expect(table.byShort.get('jak')?.map((a) => a.long)).toEqual([
      ['jund', 'al', 'khilafah'],
      ['soldier', 'caliphat'],
    ]);
    expect(table.byShort.get('knb')?.[0]?.long).toEqual(['committe', 'national', 'security']);
    expect(table.byLongFirst.get('hizb')?.[0]?.short).toEqual('ht');
  });

  it('lists every report that defines the same abbreviation', () => {
    const text = 'designated a Foreign Terrorist Organization (FTO) in 2004.';
    expect(buildAbbreviations([report('a', text), report('b', text)]).byShort.get('fto')?.[0]?.reports).toEqual([0, 1]);
  });
});

describe('edge cases', () => {
  it('ignores parentheses that define nothing', () => {
    const table = buildAbbreviations([report('x', 'In 2011 (see above) the police (Almaty) arrested (2) men in Atyrau (KZ).')]);
    expect(table.byShort.size).toEqual(0);
  });
});
