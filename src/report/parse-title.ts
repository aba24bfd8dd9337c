/** What a title line of the series says. */
export interface ParsedTitle {
  /** The line as given (`Country Reports on Terrorism 2011 - Kazakhstan`). */
  title: string;
  /** The year reported on, or null when the line names none (`Country Reports on Terrorism`). */
  year: number | null;
  /** The chapter's country or region, or null when the line names none. */
  country: string | null;
}

// "Country Reports on Terrorism 2011 - Kazakhstan", "2009 Country Reports on Terrorism - Afghanistan",
// "U.S. Department of State Country Reports on Terrorism 2004 - Colombia",
// "Country Report on Terrorism 2011 - Chapter 2 - Colombia", "Country Reports on Terrorism 2019: Colombia".
const TITLE =
  /^(?:(?:U\.S\.|United States) Department of State,?\s+)?(?:(\d{4})\s+)?Country Reports? on Terrorism(?:,?\s+(\d{4}))?(?:\s*(?:[-–—:]+|\s)\s*(.*))?$/i;
const CHAPTER_PREFIX = /^Chapter\s+(?:\d+|[IVX]+)\s*(?:--|[-–—.:])?\s*/i;
const SECTION_LABEL = /^(?:Terrorist Safe Havens?|Safe Havens?|Country Reports)\s*:\s*/i;
const SITE_SUFFIX = /\s*[-–—|]\s*(?:U\.S\.|United States) Department of State\s*$/i;

/**
 * Reads a title line of the series.
 *
 * @param line - one cleaned line
 * @returns the year and country it names, or null when the line is not a title
 *
 * @example
 * parseTitle('2009 Country Reports on Terrorism - Afghanistan');
 * // { title: '2009 Country Reports on Terrorism - Afghanistan', year: 2009, country: 'Afghanistan' }
 * parseTitle('Country Reports on Terrorism 2012'); // { …, year: 2012, country: null }
 */
export function parseTitle(line: string): ParsedTitle | null {
  const title = line.trim();
  if (title.length > 160) return null;
  const match = TITLE.exec(title);
  if (!match) return null;
  const yearText = match[1] ?? match[2];
  const year = yearText === undefined ? null : Number(yearText);
  let country: string | null = (match[3] ?? '').replace(SITE_SUFFIX, '').trim();
  country = country
    .replace(CHAPTER_PREFIX, '')
    .replace(SECTION_LABEL, '')
    .replace(/^[-–—:\s]+/, '')
    .trim();
  // A sentence that starts with the series' name is text, not a title.
  if (country !== '' && (/^\p{Ll}/u.test(country) || country.split(/\s+/).length > 8)) return null;
  // A title repeated on one line ("Country Reports on Terrorism 2012 Country Reports on Terrorism 2012").
  if (/country reports? on terrorism/i.test(country)) country = '';
  // "Country Reports on Terrorism -Report Home Page" and "(html format)" name no country.
  if (country === '' || /\b(?:home page|html format|pdf)\b|^\(/i.test(country) || /[.!?]$/.test(country))
    country = null;
  return { title, year, country };
}
