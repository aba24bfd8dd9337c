/**
 * ISO dates of local `Date`s, written as date-fns `format(date, 'yyyy-MM-dd')` and `format(date, 'yyyy-MM')` write
 * them (a year of the era: year 0 is 0001, as date-fns has it), without its format-string machinery: the incident
 * passes write one for every date they read.
 */

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function eraYear(date: Date): string {
  const year = date.getFullYear();
  return pad(year > 0 ? year : 1 - year, 4);
}

/**
 * @param date - a valid date
 * @returns `yyyy-MM-dd` in local time
 * @example
 * isoDay(new Date(2011, 9, 31)); //=> '2011-10-31'
 */
export function isoDay(date: Date): string {
  return `${eraYear(date)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/**
 * @param date - a valid date
 * @returns `yyyy-MM` in local time
 * @example
 * isoMonth(new Date(2011, 9, 31)); //=> '2011-10'
 */
export function isoMonth(date: Date): string {
  return `${eraYear(date)}-${pad(date.getMonth() + 1, 2)}`;
}
