import type { Report } from '../src/report/types.js';

/**
 * Writes a chapter as the text copy the loader reads (Refworld's layout: title, publisher and date lines, then each
 * section as `Heading: first paragraph` and its other paragraphs, incident passages as bullets). Pure.
 * @example
 * renderChapterText(report).startsWith('Country Reports on Terrorism 2016 - Peru'); //=> true
 */
export function renderChapterText(report: Report): string {
  const lines = [report.title, '', `Publisher ${report.publisher ?? 'United States Department of State'}`];
  if (report.citeAs !== null) lines.push(`Cite as ${report.citeAs}`);
  lines.push('');
  for (const section of report.sections) {
    const bullets = /Terrorist Incidents/i.test(section.heading);
    section.passages.forEach((passage, i) => {
      if (i === 0 && !bullets) lines.push(`${section.heading}: ${passage.text}`, '');
      else {
        if (i === 0) lines.push(`${section.heading}: Incidents with potential links to terrorism included:`, '');
        lines.push(bullets ? `  • ${passage.text}` : passage.text, '');
      }
    });
  }
  return `${lines.join('\n')}\n`;
}
