import type { Report, Section } from '../report/types.js';
import type { Citation } from '../search/types.js';
import { compareSections, type SectionComparison } from './compare-sections.js';
import type { AnalysisEngine } from './engine.js';
import { countryNotLoaded, sectionNotInYear, yearNotLoaded } from './messages.js';

/** `compare kazakhstan 2011 2012 legislation`, or "what changed in Kazakhstan's finance section between 2011 and 2012". */
export interface CompareRequest {
  country: string;
  from: number;
  to: number;
  section: string;
}

const COMMAND = /^compare\s+(.+?)\s+((?:19|20)\d{2})\s+(?:(?:and|to|vs\.?|with)\s+)?((?:19|20)\d{2})\s+(.+)$/i;
const QUESTION =
  /^(?:what|how)\s+(?:has\s+|have\s+)?changed\s+in\s+(?:the\s+)?(.+?)(?:['’]s?)?\s+(.+?)(?:\s+section)?\s+(?:between|from)\s+((?:19|20)\d{2})\s+(?:and|to)\s+((?:19|20)\d{2})$/i;
const QUESTION_COUNTRY_LAST =
  /^(?:what|how)\s+(?:has\s+|have\s+)?changed\s+in\s+(?:the\s+)?(.+?)\s+section\s+(?:of|for|on)\s+(.+?)\s+(?:between|from)\s+((?:19|20)\d{2})\s+(?:and|to)\s+((?:19|20)\d{2})$/i;

/**
 * Reads a request to compare a section across two years, or null.
 * @example parseCompareRequest('compare kazakhstan 2011 2012 legislation') //=> { country: 'kazakhstan', from: 2011, to: 2012, section: 'legislation' }
 * @example parseCompareRequest("what changed in Kazakhstan's finance section between 2011 and 2012?")?.section //=> 'finance'
 */
export function parseCompareRequest(text: string): CompareRequest | null {
  const cleaned = text
    .replace(/[?!.]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const command = COMMAND.exec(cleaned);
  if (command !== null) {
    const [, country = '', from = '', to = '', section = ''] = command;
    return ordered(country, Number(from), Number(to), section);
  }
  const last = QUESTION_COUNTRY_LAST.exec(cleaned);
  if (last !== null) {
    const [, section = '', country = '', from = '', to = ''] = last;
    return ordered(country, Number(from), Number(to), section);
  }
  const question = QUESTION.exec(cleaned);
  if (question !== null) {
    const [, country = '', section = '', from = '', to = ''] = question;
    return ordered(country.replace(/['’]s$/, ''), Number(from), Number(to), section);
  }
  return null;
}

function ordered(country: string, a: number, b: number, section: string): CompareRequest {
  return { country: country.trim(), from: Math.min(a, b), to: Math.max(a, b), section: section.trim() };
}

export type ComparisonResult =
  | {
      kind: 'comparison';
      country: string;
      from: { report: Report; section: Section; citation: Citation };
      to: { report: Report; section: Section; citation: Citation };
      comparison: SectionComparison;
    }
  | { kind: 'missing'; message: string };

function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Finds the section in each year's report on the country and compares them; says which years are loaded when one is
 * missing, and which sections a year has when the section is not among them.
 */
export function resolveComparison(
  engine: AnalysisEngine,
  request: CompareRequest,
  formatCitation: (report: Report, section: Section) => Citation,
): ComparisonResult {
  const wanted = fold(request.country);
  const ofCountry = engine.reports.filter((report) => {
    const name = fold(report.country);
    return name === wanted || name.split(' ').includes(wanted) || name.includes(wanted);
  });
  if (ofCountry.length === 0) return { kind: 'missing', message: countryNotLoaded(request.country) };
  const country = ofCountry[0]?.country ?? request.country;
  const years = [...new Set(ofCountry.flatMap((r) => (r.year === null ? [] : [r.year])))].sort((a, b) => a - b);
  const sides: Array<{ report: Report; section: Section; citation: Citation }> = [];
  for (const year of [request.from, request.to]) {
    if (!years.includes(year)) return { kind: 'missing', message: yearNotLoaded(country, year, years) };
    const match = engine.findSection(`${request.section} ${request.country} ${year}`);
    if (match === null || match.report.year !== year) {
      const headings = [
        ...new Set(ofCountry.filter((r) => r.year === year).flatMap((r) => r.sections.map((s) => s.heading))),
      ];
      return { kind: 'missing', message: sectionNotInYear(request.section, country, year, headings) };
    }
    sides.push({ ...match, citation: formatCitation(match.report, match.section) });
  }
  const [from, to] = sides;
  if (from === undefined || to === undefined) return { kind: 'missing', message: countryNotLoaded(request.country) };
  return { kind: 'comparison', country, from, to, comparison: compareSections(from.section, to.section) };
}
