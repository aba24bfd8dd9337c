import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import type { Report, Section } from '../../report/types.js';
import type { Citation } from '../types.js';

/**
 * The citation of a section, with only what the report states.
 *
 * @param report - the report
 * @param section - one of its sections
 * @returns the citation fields and one formatted line
 * @example
 * formatCitation(report, incidentsSection).text;
 * //=> 'United States Department of State, "Country Reports on Terrorism 2011 - Kazakhstan", 31 July 2012, section "2011 Terrorist Incidents"'
 */
export function formatCitation(report: Report, section: Section): Citation {
  const parts: string[] = [];
  if (report.publisher) parts.push(report.publisher);
  if (report.title) parts.push(`"${report.title}"`);
  const published = report.publicationDate ? parseISO(report.publicationDate) : null;
  if (published && isValid(published)) parts.push(format(published, 'd MMMM yyyy'));
  parts.push(`section "${section.heading}"`);
  if (report.sourceUrl) parts.push(report.sourceUrl);
  return {
    reportId: report.id,
    title: report.title,
    section: section.heading,
    publisher: report.publisher,
    publicationDate: report.publicationDate,
    sourceUrl: report.sourceUrl,
    text: parts.join(', '),
  };
}
