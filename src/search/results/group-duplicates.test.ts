import { describe, expect, it } from 'vitest';
import type { Report } from '../../report/types.js';
import { buildIndex } from '../index/build-index.js';
import { search } from '../search.js';

const BOILERPLATE = (year: number) =>
  `In ${year}, Freedonia continued to participate in the Global Counterterrorism Forum and hosted a regional workshop on border security and the exchange of traveller data among customs services.`;

function chapter(
  country: string,
  year: number,
  text: string,
  extra = 'The police arrested a courier carrying cash across the northern border.',
): Report {
  const id = `crt-${year}-${country.toLowerCase()}`;
  return {
    id,
    file: `${id}.txt`,
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
        passages: [
          { id: `${id}/overview/p1`, text },
          { id: `${id}/overview/p2`, text: extra },
        ],
      },
    ],
    incidents: [],
  };
}

const index = buildIndex([2011, 2012, 2013].map((y) => chapter('Freedonia', y, BOILERPLATE(y))));

describe('groupDuplicates (through search)', () => {
  it('shows a paragraph repeated across years once, the latest chapter, with the other years', () => {
    const { hits, total } = search(index, 'regional workshop on border security');
    expect(hits[0]?.reportId).toBe('crt-2013-freedonia');
    expect(hits[0]?.sameText?.map((s) => s.year)).toEqual([2011, 2012]);
    expect(hits.filter((h) => h.text.includes('regional workshop'))).toHaveLength(1);
    expect(total).toBe(hits.length);
  });

  it('shows the chapter the question asks for when it names a year', () => {
    const { hits } = search(index, 'Freedonia 2012 regional workshop on border security');
    expect(hits[0]?.reportId).toBe('crt-2012-freedonia');
    expect(hits[0]?.sameText?.map((s) => s.year)).toEqual([2011, 2013]);
  });

  describe('edge cases', () => {
    it('keeps different paragraphs apart and leaves /incident lookups ungrouped', () => {
      expect(search(index, 'courier cash border').hits.map((h) => h.sameText?.length ?? 0)).toEqual([2]);
      expect(search(index, 'regional workshop', { mode: 'incident' }).hits).toHaveLength(3);
    });
  });
});
