/** Words of the analysis answers (counts, exports, comparisons) that every front end shows. */

/** The one line every count carries. */
export const STATED_FIGURES_NOTE =
  'These are the figures the reports state, added up; the reports describe some incidents, not every incident.';

export const NO_MATCHING_RECORDS = 'No incident record matches, so there is nothing to count.';

const MEASURE_NOUNS = { killed: 'killed', wounded: 'wounded', arrested: 'arrested', records: 'incident records' } as const;

/** `23 killed in 6 records (of 13 matching “country:Kazakhstan year:2011”)` */
export function countHeadline(total: number, measure: keyof typeof MEASURE_NOUNS, withFigure: number, matching: number, query: string): string {
  if (measure === 'records') return `${total} incident record${total === 1 ? '' : 's'} match “${query}”`;
  return `${total} ${MEASURE_NOUNS[measure]}, as stated in ${withFigure} of ${matching} matching record${matching === 1 ? '' : 's'} (“${query}”)`;
}

export function noFigureLine(count: number, measure: string): string {
  return `${count} matching record${count === 1 ? ' states' : 's state'} no number ${measure}.`;
}

export const EXPORT_FORMATS = ['csv', 'json'] as const;

export function exportSummary(rows: number, query: string, format: string): string {
  return `${rows} incident record${rows === 1 ? '' : 's'} matching “${query}”, as ${format.toUpperCase()}, one row each.`;
}

export function compareHeadline(country: string, heading: string, from: number, to: number): string {
  return `What changed in ${country}’s “${heading}” between ${from} and ${to}`;
}

export function compareCounts(counts: { kept: number; reworded: number; added: number; dropped: number }): string {
  return `${counts.kept} kept · ${counts.reworded} reworded · ${counts.added} added · ${counts.dropped} dropped (sentences)`;
}

export function yearNotLoaded(country: string, year: number, loaded: readonly number[]): string {
  const list = loaded.length === 0 ? 'none' : loaded.join(', ');
  return `No ${year} report on ${country} is loaded. Years loaded for ${country}: ${list}.`;
}

export function countryNotLoaded(country: string): string {
  return `No report on “${country}” is loaded.`;
}

export function sectionNotInYear(section: string, country: string, year: number, headings: readonly string[]): string {
  return `The ${year} report on ${country} has no section like “${section}”. Its sections: ${headings.join(', ')}.`;
}

export const COMPARE_USAGE = 'Compare a section across two years: `/report compare kazakhstan 2011 2012 legislation`.';
