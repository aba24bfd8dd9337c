import { parsePlaceName } from './places.js';

/** What a source address says about the report. */
export interface ParsedSourceUrl {
  year: number | null;
  country: string | null;
  /** Year of Refworld's annual-report listing (`…/annualreport/usdos/2013/…`): the publication year. */
  publicationYear: number | null;
}

/**
 * Reads the report year and country from a state.gov or YUMPU address
 * (`…/crt/2008/122434.htm`, `…/country-reports-on-terrorism-2021/mali/`). Refworld's
 * `…/annualreport/usdos/2005/…` gives the publication year, not the report year, so it is ignored.
 *
 * @param url - the `#source:` address
 * @returns the year and country the address names, each null when it names none
 *
 * @example
 * parseSourceUrl('https://www.state.gov/reports/country-reports-on-terrorism-2021/mali/');
 * // { year: 2021, country: 'Mali', publicationYear: null }
 */
export function parseSourceUrl(url: string | null): ParsedSourceUrl {
  if (url === null) return { year: null, country: null, publicationYear: null };
  const listing = /\/annualreport\/usdos\/(\d{4})\//i.exec(url);
  const publicationYear = listing?.[1] === undefined ? null : Number(listing[1]);
  const match = /\/crt\/(\d{4})\/|country-reports-on-terrorism-(\d{4})(?:\/([^/?#]+))?/i.exec(url);
  if (!match) return { year: null, country: null, publicationYear };
  const year = Number(match[1] ?? match[2]);
  // "colombia__trashed" is a renamed page of "colombia".
  const segment = match[3]?.split('__')[0]?.replace(/[-_]+/g, ' ') ?? '';
  const country = segment === '' || /^\d+$/.test(segment) ? null : parsePlaceName(segment);
  return { year, country, publicationYear };
}
