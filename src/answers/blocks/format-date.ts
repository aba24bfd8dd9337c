import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';

/**
 * Shows an ISO date at the precision the report gives: a day, a month or a year.
 * Anything else is returned as given (the caller escapes it).
 * @example formatReportDate('2011-10-31') //=> '31 October 2011'
 * @example formatReportDate('2019-06') //=> 'June 2019'
 */
export function formatReportDate(iso: string): string {
  const date = parseISO(iso);
  if (!isValid(date)) return iso;
  if (/^\d{4}$/.test(iso)) return iso;
  if (/^\d{4}-\d{2}$/.test(iso)) return format(date, 'MMMM yyyy');
  return format(date, 'd MMMM yyyy');
}

/** A date or a range: `11 July 2011 – 16 July 2011`. */
export function formatDateRange(from: string, to: string | null): string {
  return to === null || to === from ? formatReportDate(from) : `${formatReportDate(from)} – ${formatReportDate(to)}`;
}
