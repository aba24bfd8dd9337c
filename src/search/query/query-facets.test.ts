import { describe, expect, it } from 'vitest';
import type { Report, Section } from '../../report/types.js';
import { FACET_WEIGHTS } from '../rank/weights.js';
import { buildFacetTable, facetBoosts, parseQueryFacets } from './query-facets.js';

function chapter(id: string, country: string, year: number, headings: string[]): Report {
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
    sections: headings.map((heading, i) => ({
      id: `${id}/s${i}`,
      heading,
      passages: [{ id: `${id}/s${i}/p1`, text: `${heading}.` }],
    })),
    incidents: [],
  };
}

const reports = [
  chapter('crt-2005-state-sponsors-of-terrorism', 'State Sponsors of Terrorism', 2005, ['Overview', 'Cuba', 'Iran']),
  chapter('crt-2013-cuba', 'Cuba', 2013, ['Cuba']),
  chapter('crt-2011-kazakhstan', 'Kazakhstan', 2011, ['Overview']),
];
const table = buildFacetTable(reports);

describe('facetBoosts', () => {
  it('prefers the chapter of the country and year named, then its other years', () => {
    const boosts = facetBoosts(parseQueryFacets(table, 'Cuba 2013 safe haven'), reports);
    expect([...(boosts ?? [])]).toEqual([1, FACET_WEIGHTS.countryAndYear, 1]);
  });

  it("counts a region chapter's section headed by the country as that country's chapter", () => {
    const boosts = facetBoosts(parseQueryFacets(table, 'does cuba freeze terrorist assets'), reports);
    const byHeading = (map: Map<Section, number> | undefined) =>
      Object.fromEntries([...(map ?? [])].map(([section, boost]) => [section.heading, boost]));
    expect(byHeading(boosts?.sections)).toEqual({ Cuba: FACET_WEIGHTS.country });
    const withYear = facetBoosts(parseQueryFacets(table, 'cuba 2005 assets'), reports);
    expect(byHeading(withYear?.sections)).toEqual({ Cuba: FACET_WEIGHTS.countryAndYear });
  });

  it('reads a country asked about with no chapter of its own through its section (Iran)', () => {
    const boosts = facetBoosts(parseQueryFacets(table, 'iran support for hizballah'), reports);
    expect(boosts?.sections?.size).toBe(1);
    expect([...(boosts ?? [])]).toEqual([1, 1, 1]);
  });
});
