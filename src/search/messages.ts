import { INCIDENT_KINDS } from '../report/types.js';

/** Every user-facing text of the search core, so tests and the answers assert on the same words. */
export const KNOWN_FILTERS = ['place', 'country', 'year', 'kind', 'actor', 'since', 'until'] as const;

export const EMPTY_QUERY_MESSAGE = 'Type some words, a date or a filter, e.g. `Atyrau`, `October 31` or `kind:attack`.';

export function unknownFilterMessage(name: string): string {
  return `Unknown filter \`${name}:\`. Filters are ${KNOWN_FILTERS.map((f) => `\`${f}:\``).join(', ')}.`;
}

export function invalidDateMessage(text: string): string {
  return `"${text}" is not a valid date. Try e.g. \`October 31\`, \`2011-10-31\`, \`July 2011\` or \`Q4 2011\`.`;
}

export function invalidKindMessage(value: string): string {
  return `Unknown kind \`${value}\`. Kinds are ${INCIDENT_KINDS.map((k) => `\`${k}\``).join(', ')}.`;
}

export function invalidYearMessage(value: string): string {
  return `\`year:${value}\` is not a year. Try e.g. \`year:2011\`.`;
}

export function missingYearMessage(name: string, value: string): string {
  return `\`${name}:${value}\` needs a year, e.g. \`${name}:2011-11\`.`;
}

export function emptyFilterMessage(name: string): string {
  return `The filter \`${name}:\` needs a value, e.g. \`${name}:Almaty\`.`;
}

/** How many loaded countries a "no report" message names before "and N more". */
export const MAX_LISTED_COUNTRIES = 10;

export function unknownCountryMessage(value: string, countries: readonly string[]): string {
  const known = countries.length > 0 ? ` Loaded: ${listCapped(countries, MAX_LISTED_COUNTRIES)}.` : '';
  return `No report for country "${value}".${known}`;
}

/** `country:Kenya year:2011` when Kenya is loaded for other years. */
export function missingCountryYearMessage(country: string, year: number, years: readonly number[]): string {
  const loaded = years.length > 0 ? ` Loaded for ${country}: ${years.join(', ')}.` : '';
  return `No ${country} report for ${year} is loaded.${loaded}`;
}

/** `year:2012` when no report of 2012 is loaded. */
export function noReportForYearMessage(year: number, years: readonly number[]): string {
  const loaded = years.length > 0 ? ` Loaded years: ${listCapped(years.map(String), 15)}.` : '';
  return `No report for ${year} is loaded.${loaded}`;
}

function listCapped(items: readonly string[], max: number): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
