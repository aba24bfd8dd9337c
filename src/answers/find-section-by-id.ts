import type { Report, Section } from '../report/types.js';

/** The report and section with this stable id (a button's value), or null. */
export function findSectionById(
  reports: readonly Report[],
  sectionId: string,
): { report: Report; section: Section } | null {
  for (const report of reports) {
    const section = report.sections.find((candidate) => candidate.id === sectionId);
    if (section !== undefined) return { report, section };
  }
  return null;
}
