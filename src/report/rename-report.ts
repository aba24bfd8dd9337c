import type { Report } from './types.js';

/**
 * Gives a report a new id and carries it into every section, passage and incident id, so that two copies of one
 * chapter (`crt-2011-kazakhstan` from Refworld and from state.gov) can be loaded side by side.
 *
 * @example
 * renameReport(report, 'crt-2011-kazakhstan-2').sections[0].id // → 'crt-2011-kazakhstan-2/overview'
 */
export function renameReport(report: Report, id: string): Report {
  const swap = (value: string) => (value.startsWith(`${report.id}/`) ? `${id}${value.slice(report.id.length)}` : value);
  return {
    ...report,
    id,
    sections: report.sections.map((s) => ({
      ...s,
      id: swap(s.id),
      passages: s.passages.map((p) => ({ ...p, id: swap(p.id) })),
    })),
    incidents: report.incidents.map((i) => ({
      ...i,
      id: swap(i.id),
      reportId: id,
      sectionId: swap(i.sectionId),
      passageId: swap(i.passageId),
    })),
  };
}
