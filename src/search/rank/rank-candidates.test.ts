import { describe, expect, it } from 'vitest';
import type { Report } from '../../report/types.js';
import { buildIndex } from '../index/build-index.js';
import { search } from '../search.js';
import { definedTerm } from './rank-candidates.js';

// Two chapters of real sentences (Indonesia 2006, Yemen 2016, Mali 2021), cut to what each test needs.
function chapter(id: string, country: string, year: number, texts: string[]): Report {
  return {
    id,
    file: '',
    title: `Country Reports on Terrorism ${year} - ${country}`,
    country,
    year,
    publisher: null,
    publicationDate: null,
    citeAs: null,
    sourceUrl: null,
    sections: [
      {
        id: `${id}/overview`,
        heading: 'Overview',
        passages: texts.map((text, i) => ({ id: `${id}/overview/p${i + 1}`, text })),
      },
    ],
    incidents: [],
  };
}

const names = buildIndex([
  chapter('crt-2016-yemen', 'Yemen', 2016, ['Because of the instability, sectarian violence continued in the south.']),
  chapter('crt-2006-indonesia', 'Indonesia', 2006, [
    'The security situation in the previously strife-torn Maluku region improved, absent major incidents of violence.',
  ]),
]);

const index = buildIndex([
  chapter('crt-2006-indonesia', 'Indonesia', 2006, [
    'The security situation in the previously strife-torn Maluku region improved, absent major incidents of interfaith violence.',
    'Indonesia continued to cooperate with its neighbours on maritime security.',
  ]),
  chapter('crt-2016-yemen', 'Yemen', 2016, [
    'Because of the instability, sectarian fighting still continued across the country in the south.',
    'Yemen remained a safe haven for terrorists.',
  ]),
  chapter('crt-2021-mali', 'Mali', 2021, [
    'JNIM and ISIS-GS continued to conduct',
    'Attacks increased. Jama’at Nusrat al-Islam wal-Muslimin (JNIM), an AQ-affiliated umbrella group that formed when several groups merged, claimed most of them, and JNIM fighters moved south.',
  ]),
]);

describe('definedTerm', () => {
  it('returns the name a question asks to have defined', () => {
    expect(definedTerm('what is JNIM?')).toBe('JNIM');
    expect(definedTerm('what does gefaehrder mean')).toBe('gefaehrder');
    expect(definedTerm('who are the Maute Group?')).toBe('Maute Group');
    expect(definedTerm('define Gefaehrder')).toBe('Gefaehrder');
  });

  it('returns null for other questions', () => {
    expect(definedTerm('what is the penalty for financing terrorism in kazakhstan')).toBeNull();
    expect(definedTerm('who claimed the Atyrau bombings?')).toBeNull();
  });
});

describe('ranking signals', () => {
  it('weighs a name the reports capitalise above a common word of the same rarity', () => {
    // `sectarian` and `Maluku` are each in one passage; the Yemen passage comes first in the index.
    const [best] = search(names, 'sectarian violence in maluku', { mode: 'ask' }).hits;
    expect(best?.reportId).toBe('crt-2006-indonesia');
  });

  it('ranks the passage that defines a name above one that only names it', () => {
    const [best] = search(index, 'what is JNIM', { mode: 'ask' }).hits;
    expect(best?.id).toBe('crt-2021-mali/overview/p2');
  });
});
