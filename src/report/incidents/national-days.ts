/**
 * The national holidays a chapter may date an event by ("On Independence Day, border guards exchanged fire …", "On the
 * eve of Merdeka Day, police arrested …"): fixed days, by the chapter's country where the name is every country's.
 * General knowledge (the day each country celebrates), keyed like capitals.ts by the country's name in lower case
 * without a leading "the". A country missing here dates nothing by "Independence Day" or "National Day" (also one whose
 * day changed within the series' years: Azerbaijan, Turkmenistan, Oman).
 */

/** Each country's Independence Day (MM-DD). */
const INDEPENDENCE_DAY: Readonly<Record<string, string>> = Object.freeze({
  afghanistan: '08-19',
  algeria: '07-05',
  argentina: '07-09',
  armenia: '09-21',
  bangladesh: '03-26',
  benin: '08-01',
  bolivia: '08-06',
  'bosnia and herzegovina': '03-01',
  brazil: '09-07',
  'burkina faso': '08-05',
  burma: '01-04',
  burundi: '07-01',
  chad: '08-11',
  chile: '09-18',
  colombia: '07-20',
  "cote d'ivoire": '08-07',
  "côte d'ivoire": '08-07',
  'democratic republic of the congo': '06-30',
  djibouti: '06-27',
  ecuador: '08-10',
  eritrea: '05-24',
  georgia: '05-26',
  ghana: '03-06',
  india: '08-15',
  indonesia: '08-17',
  kazakhstan: '12-16',
  kenya: '12-12',
  kosovo: '02-17',
  kyrgyzstan: '08-31',
  libya: '12-24',
  macedonia: '09-08',
  'north macedonia': '09-08',
  malaysia: '08-31',
  mali: '09-22',
  mauritania: '11-28',
  mexico: '09-16',
  morocco: '11-18',
  mozambique: '06-25',
  niger: '08-03',
  nigeria: '10-01',
  pakistan: '08-14',
  paraguay: '05-14',
  peru: '07-28',
  philippines: '06-12',
  rwanda: '07-01',
  senegal: '04-04',
  somalia: '07-01',
  'south sudan': '07-09',
  'sri lanka': '02-04',
  sudan: '01-01',
  tajikistan: '09-09',
  tanzania: '12-09',
  togo: '04-27',
  tunisia: '03-20',
  uganda: '10-09',
  ukraine: '08-24',
  'united states': '07-04',
  uzbekistan: '09-01',
  venezuela: '07-05',
});

/** Each country's National Day (MM-DD), where it is called so. */
const NATIONAL_DAY: Readonly<Record<string, string>> = Object.freeze({
  bahrain: '12-16',
  cameroon: '05-20',
  china: '10-01',
  france: '07-14',
  kuwait: '02-25',
  qatar: '12-18',
  'saudi arabia': '09-23',
  'united arab emirates': '12-02',
});

/** Each country's Republic Day (MM-DD), where it is called so. */
const REPUBLIC_DAY: Readonly<Record<string, string>> = Object.freeze({
  'burkina faso': '12-11',
  chad: '11-28',
  india: '01-26',
  italy: '06-02',
  kazakhstan: '10-25',
  niger: '12-18',
  tunisia: '07-25',
  turkey: '10-29',
});

/** Each country's Constitution Day (MM-DD), where it is a fixed day. */
const CONSTITUTION_DAY: Readonly<Record<string, string>> = Object.freeze({
  armenia: '07-05',
  belarus: '03-15',
  denmark: '06-05',
  georgia: '08-24',
  japan: '05-03',
  kazakhstan: '08-30',
  kyrgyzstan: '05-05',
  moldova: '07-29',
  norway: '05-17',
  poland: '05-03',
  russia: '12-12',
  spain: '12-06',
  tajikistan: '11-06',
  uzbekistan: '12-08',
});

/** Each country's Victory Day (MM-DD), where it has kept one day through the series' years. */
const VICTORY_DAY: Readonly<Record<string, string>> = Object.freeze({
  armenia: '05-09',
  bangladesh: '12-16',
  belarus: '05-09',
  georgia: '05-09',
  kazakhstan: '05-09',
  kyrgyzstan: '05-09',
  moldova: '05-09',
  russia: '05-09',
  tajikistan: '05-09',
});

/** Holidays of one country by their own name, and days every Orthodox church (the Coptic too) keeps on the old calendar. */
const NAMED_DAY: Readonly<Record<string, string>> = Object.freeze({
  'merdeka day': '08-31',
  'jamhuri day': '12-12',
  'madaraka day': '06-01',
  'bastille day': '07-14',
  'pakistan day': '03-23',
  'orthodox christmas eve': '01-06',
  'orthodox christmas': '01-07',
  'orthodox christmas day': '01-07',
  'coptic christmas eve': '01-06',
  'coptic christmas': '01-07',
  'coptic christmas day': '01-07',
  // (Thailand's New Year, kept from April 13; Maharashtra's state day; Bangladesh's day of mourning for Sheikh Mujib.)
  songkran: '04-13',
  'maharashtra day': '05-01',
  'national mourning day': '08-15',
  'sinai liberation day': '04-25',
});

/** The names this file dates, for the date finder's pattern (longest first, so that "Eve" is read with its day). */
export const NATIONAL_DAY_NAMES = [
  'Orthodox Christmas Eve',
  'Orthodox Christmas Day',
  'Orthodox Christmas',
  'Coptic Christmas Eve',
  'Coptic Christmas Day',
  'Coptic Christmas',
  'Independence Day',
  'National Day',
  'Republic Day',
  'Constitution Day',
  'Victory Day',
  'Merdeka Day',
  'Jamhuri Day',
  'Madaraka Day',
  'Bastille Day',
  'Pakistan Day',
  'National Mourning Day',
  'Sinai Liberation Day',
  'Maharashtra Day',
  'Songkran',
];

/**
 * The day (MM-DD) a holiday's name gives in a chapter on `country`, or null where it gives none.
 *
 * @example
 * nationalDay('Independence Day', 'Uganda') // → '10-09'
 * nationalDay('Orthodox Christmas Eve', 'Kosovo') // → '01-06'
 */
export function nationalDay(name: string, country: string | null): string | null {
  const key = name.toLowerCase();
  const named = NAMED_DAY[key];
  if (named) return named;
  const place = (country ?? '')
    .trim()
    .toLowerCase()
    .replace(/^the\s+/, '');
  if (key === 'independence day') return INDEPENDENCE_DAY[place] ?? null;
  if (key === 'national day') return NATIONAL_DAY[place] ?? null;
  if (key === 'republic day') return REPUBLIC_DAY[place] ?? null;
  if (key === 'constitution day') return CONSTITUTION_DAY[place] ?? null;
  if (key === 'victory day') return VICTORY_DAY[place] ?? null;
  return null;
}
