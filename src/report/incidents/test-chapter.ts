import type { Report } from '../types.js';

/**
 * For tests: a one-section chapter of Testland for `year` whose passages are the given paragraphs (sentences
 * invented in the series' style, never copied from it or from a held-out gold).
 * @example parseIncidents(testChapter(2014, 'On March 3, gunmen killed 14 farmers in Korvel.'))
 */
export function testChapter(year: number, ...paragraphs: string[]): Omit<Report, 'incidents'> {
  return {
    id: `crt-${year}-testland`,
    file: 'test.txt',
    title: `Country Reports on Terrorism ${year} - Testland`,
    country: 'Testland',
    year,
    publisher: null,
    publicationDate: null,
    citeAs: null,
    sourceUrl: null,
    sections: [{ id: 's', heading: 'Overview', passages: paragraphs.map((text, i) => ({ id: `s/p${i + 1}`, text })) }],
  };
}
