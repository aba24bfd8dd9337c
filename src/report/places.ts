import { escapeRegExp } from './escape-regexp.js';
/**
 * Country, territory and region names as the series spells them, for recognising a chapter's
 * country line (`CUBA`, `Albania`) and for guessing the country of a copy that names none.
 */

/** Countries and territories with chapters in the series, and the rest of the world's states. */
export const COUNTRY_NAMES: readonly string[] = Object.freeze([
  'Afghanistan',
  'Albania',
  'Algeria',
  'Andorra',
  'Angola',
  'Antigua and Barbuda',
  'Argentina',
  'Armenia',
  'Australia',
  'Austria',
  'Azerbaijan',
  'The Bahamas',
  'Bahamas',
  'Bahrain',
  'Bangladesh',
  'Barbados',
  'Belarus',
  'Belgium',
  'Belize',
  'Benin',
  'Bhutan',
  'Bolivia',
  'Bosnia and Herzegovina',
  'Botswana',
  'Brazil',
  'Brunei',
  'Bulgaria',
  'Burkina Faso',
  'Burma',
  'Burundi',
  'Cabo Verde',
  'Cape Verde',
  'Cambodia',
  'Cameroon',
  'Canada',
  'Central African Republic',
  'Chad',
  'Chile',
  'China',
  'Colombia',
  'Comoros',
  'Democratic Republic of the Congo',
  'Republic of the Congo',
  'Congo',
  "Cote d'Ivoire",
  "Côte d'Ivoire",
  'Costa Rica',
  'Croatia',
  'Cuba',
  'Cyprus',
  'Czech Republic',
  'Czechia',
  'Denmark',
  'Djibouti',
  'Dominica',
  'Dominican Republic',
  'East Timor',
  'Timor-Leste',
  'Ecuador',
  'Egypt',
  'El Salvador',
  'Equatorial Guinea',
  'Eritrea',
  'Estonia',
  'Eswatini',
  'Swaziland',
  'Ethiopia',
  'Fiji',
  'Finland',
  'France',
  'Gabon',
  'The Gambia',
  'Gambia',
  'Georgia',
  'Germany',
  'Ghana',
  'Greece',
  'Grenada',
  'Guatemala',
  'Guinea-Bissau',
  'Guinea',
  'Guyana',
  'Haiti',
  'Honduras',
  'Hong Kong',
  'Hungary',
  'Iceland',
  'India',
  'Indonesia',
  'Iran',
  'Iraq',
  'Ireland',
  'Israel, West Bank and Gaza',
  'Israel, the West Bank and Gaza',
  'Israel',
  'Italy',
  'Jamaica',
  'Japan',
  'Jordan',
  'Kazakhstan',
  'Kenya',
  'Kiribati',
  'Kosovo',
  'Kuwait',
  'Kyrgyzstan',
  'Kyrgyz Republic',
  'Laos',
  'Latvia',
  'Lebanon',
  'Lesotho',
  'Liberia',
  'Libya',
  'Liechtenstein',
  'Lithuania',
  'Luxembourg',
  'Macau',
  'Macedonia',
  'North Macedonia',
  'Madagascar',
  'Malawi',
  'Malaysia',
  'Maldives',
  'Mali',
  'Malta',
  'Marshall Islands',
  'Mauritania',
  'Mauritius',
  'Mexico',
  'Micronesia',
  'Moldova',
  'Monaco',
  'Mongolia',
  'Montenegro',
  'Morocco',
  'Mozambique',
  'Myanmar',
  'Namibia',
  'Nauru',
  'Nepal',
  'The Netherlands',
  'Netherlands',
  'New Zealand',
  'Nicaragua',
  'Nigeria',
  'Niger',
  'North Korea',
  'Northern Ireland',
  'Norway',
  'Oman',
  'Pakistan',
  'Palau',
  'Panama',
  'Papua New Guinea',
  'Paraguay',
  'Peru',
  'The Philippines',
  'Philippines',
  'Poland',
  'Portugal',
  'Qatar',
  'Romania',
  'Russia',
  'Rwanda',
  'Saint Kitts and Nevis',
  'Saint Lucia',
  'Saint Vincent and the Grenadines',
  'Samoa',
  'San Marino',
  'Sao Tome and Principe',
  'Saudi Arabia',
  'Senegal',
  'Serbia and Montenegro',
  'Serbia',
  'Seychelles',
  'Sierra Leone',
  'Singapore',
  'Slovakia',
  'Slovenia',
  'Solomon Islands',
  'Somaliland',
  'Somalia',
  'South Africa',
  'South Korea',
  'Republic of Korea',
  'South Sudan',
  'Spain',
  'Sri Lanka',
  'Sudan',
  'Suriname',
  'Sweden',
  'Switzerland',
  'Syria',
  'Taiwan',
  'Tajikistan',
  'Tanzania',
  'Thailand',
  'Togo',
  'Tonga',
  'Trinidad and Tobago',
  'Tunisia',
  'Turkey',
  'Türkiye',
  'Turkmenistan',
  'Tuvalu',
  'Uganda',
  'Ukraine',
  'United Arab Emirates',
  'United Kingdom',
  'United States',
  'Uruguay',
  'Uzbekistan',
  'Vanuatu',
  'Venezuela',
  'Vietnam',
  'West Bank and Gaza',
  'Western Sahara',
  'Yemen',
  'Zambia',
  'Zimbabwe',
  'Southern Philippines',
  'Sulu/Sulawesi Seas Littoral',
  'Trans-Sahara',
  'Lake Chad Basin',
]);

/** The regions of the series' "Country Reports" chapter, and its other multi-country chapters. */
export const REGION_NAMES: readonly string[] = Object.freeze([
  'Africa',
  'Sub-Saharan Africa',
  'East Asia and Pacific',
  'East Asia and the Pacific',
  'Europe and Eurasia',
  'Europe',
  'Eurasia',
  'Middle East and North Africa',
  'Near East and North Africa',
  'Near East',
  'Middle East',
  'South and Central Asia',
  'South Asia',
  'Central Asia',
  'Western Hemisphere',
  'State Sponsors of Terrorism',
  'Terrorist Safe Havens',
  'Foreign Terrorist Organizations',
]);

/** The author's own country: named in every chapter, so never a guess for the chapter's country. */
const AUTHOR_COUNTRY = 'United States';

const ALL_NAMES = [...COUNTRY_NAMES, ...REGION_NAMES].sort((a, b) => b.length - a.length);
const BY_LOWER = new Map(ALL_NAMES.map((name) => [name.toLowerCase(), name]));
// The most characters other than spaces and commas a place-name line can hold: the longest name, a bracket of up
// to 60 characters with its two brackets, and a full stop.
const MAX_NAME_LINE_CHARS = (ALL_NAMES[0]?.length ?? 0) + 63;
const SPACE = /\s/;

/** True when a line holds more characters than a place-name line can (counted up to the limit, no further). */
function tooLongForName(line: string): boolean {
  if (line.length <= MAX_NAME_LINE_CHARS) return false;
  let count = 0;
  for (let i = 0; i < line.length; i += 1) {
    const code = line.charCodeAt(i);
    if (code === 44 || code === 32 || (code >= 9 && code <= 13)) continue;
    if (code > 127 && SPACE.test(line.charAt(i))) continue;
    count += 1;
    if (count > MAX_NAME_LINE_CHARS) return true;
  }
  return false;
}

const NAME_PATTERN = new RegExp(
  `\\b(?:${COUNTRY_NAMES.slice()
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})\\b`,
  'g',
);

/**
 * Canonical spelling of a country or region name given in any case
 * ("CUBA" → "Cuba", "WESTERN HEMISPHERE" → "Western Hemisphere"), with a trailing
 * parenthesis kept ("United Kingdom (Northern Ireland)").
 *
 * @param line - a short line
 * @returns the name, or null when the line is not just a known place name
 *
 * @example
 * parsePlaceName('CUBA'); // 'Cuba'
 * parsePlaceName('United Kingdom (Northern Ireland)'); // 'United Kingdom (Northern Ireland)'
 */
export function parsePlaceName(line: string): string | null {
  // A paragraph of prose is no name line: rule it out without reading it whole.
  if (tooLongForName(line)) return null;
  const match = /^(.+?)\s*(\([^()]{1,60}\))?\.?$/.exec(line.trim());
  if (!match?.[1]) return null;
  const base = match[1].replace(/\s+/g, ' ').replace(/,? and /i, ' and ');
  const name = BY_LOWER.get(base.toLowerCase()) ?? BY_LOWER.get(base.replace(/,/g, '').toLowerCase());
  if (name === undefined) return null;
  if (!match[2]) return name;
  const inner = match[2];
  return `${name} ${inner === inner.toUpperCase() ? inner.replace(/\b(\p{L})(\p{L}*)/gu, (_, a: string, b: string) => a + b.toLowerCase()) : inner}`;
}

/** Normalises a multi-country chapter name ("State Sponsors of Terror" → "State Sponsors of Terrorism"). */
export function parseRegionName(name: string): string {
  const text = name.trim().replace(/\s+/g, ' ');
  if (/^state sponsors? of terror(?:ism)?$/i.test(text)) return 'State Sponsors of Terrorism';
  return BY_LOWER.get(text.toLowerCase()) ?? text;
}

/** True when the name is one of the series' regions or multi-country chapters. */
export function isRegionName(name: string): boolean {
  const lower = name.toLowerCase();
  return REGION_NAMES.some((region) => region.toLowerCase() === lower);
}

/**
 * The country a text names most often, leaving out the United States (the author, named everywhere).
 * Ties go to the name mentioned first.
 *
 * @param text - report text
 * @returns the country, or null when the text names none
 *
 * @example
 * guessCountry('Mexico worked with the United States… Mexico… Guatemala'); // 'Mexico'
 */
export function guessCountry(text: string): string | null {
  const counts = new Map<string, { count: number; first: number }>();
  for (const match of text.matchAll(NAME_PATTERN)) {
    // "the Philippines" and "The Philippines" are one name.
    const name = (BY_LOWER.get(match[0].toLowerCase()) ?? match[0]).replace(/^The /, '');
    if (name === AUTHOR_COUNTRY) continue;
    const entry = counts.get(name);
    if (entry) entry.count += 1;
    else counts.set(name, { count: 1, first: match.index });
  }
  let best: string | null = null;
  let bestEntry = { count: 0, first: Number.POSITIVE_INFINITY };
  for (const [name, entry] of counts) {
    if (entry.count > bestEntry.count || (entry.count === bestEntry.count && entry.first < bestEntry.first)) {
      best = name;
      bestEntry = entry;
    }
  }
  return best;
}
