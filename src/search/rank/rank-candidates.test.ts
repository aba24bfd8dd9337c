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

describe('a ranking with more ties than its sorted head', () => {
  // 1,300 passages of one score for `July 2011` (each names one day of it), their days out of doc order.
  const days = Array.from({ length: 1300 }, (_, i) => 1 + ((i * 7) % 31));
  const ties = buildIndex([
    chapter(
      'crt-2011-testland',
      'Testland',
      2011,
      days.map((day, i) => `Officials met on July ${day}, 2011 in district number ${i}.`),
    ),
  ]);
  const firstDay = (id: string) => ties.docs[ties.passageDoc.get(id) ?? -1]?.dates[0]?.from ?? Number.NaN;
  const expected = ties.docs
    .map((d, doc) => ({ id: d.id, day: d.dates[0]?.from ?? 0, doc }))
    .sort((a, b) => a.day - b.day || a.doc - b.doc)
    .map((d) => d.id);

  it('pages through them in date order, then doc order, across the end of the head', () => {
    const page = (offset: number, limit: number) =>
      search(ties, 'July 2011', { mode: 'incident', offset, limit }).hits.map((h) => h.id);
    expect(search(ties, 'July 2011', { mode: 'incident' }).total).toBe(1300);
    expect(page(0, 5)).toEqual(expected.slice(0, 5));
    expect(page(995, 10)).toEqual(expected.slice(995, 1005));
    expect(page(1290, 20)).toEqual(expected.slice(1290, 1300));
    expect(firstDay(expected[0] ?? '')).toBeLessThan(firstDay(expected[1299] ?? ''));
  });
});
