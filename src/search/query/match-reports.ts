import type { Report } from '../../report/types.js';
import { foldWord } from '../index/stem-word.js';

/**
 * The reports a `country:`/`year:` filter allows, or null when neither is set.
 * A country matches case- and accent-insensitively, by whole name or by its start (`country:kazakh`).
 *
 * @example
 * matchReports(reports, { country: 'kazakhstan', year: 2011 })?.map((r) => r.id); //=> ['crt-2011-kazakhstan']
 */
export function matchReports(
  reports: Report[],
  { country, year }: { country?: string; year?: number },
): Set<Report> | null {
  if (country === undefined && year === undefined) return null;
  const wanted = country === undefined ? null : fold(country);
  return new Set(
    reports.filter(
      (r) =>
        (wanted === null || fold(r.country) === wanted || (wanted.length >= 4 && fold(r.country).startsWith(wanted))) &&
        (year === undefined || r.year === year),
    ),
  );
}

function fold(text: string): string {
  return text.split(/\s+/).map(foldWord).join(' ').trim();
}
