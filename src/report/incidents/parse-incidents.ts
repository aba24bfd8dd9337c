import type { Incident, Report } from '../types.js';

/**
 * Extracts one incident record per dated security event from a parsed report.
 * (Being written: returns no records yet.)
 */
export function parseIncidents(report: Omit<Report, 'incidents'>): Incident[] {
  void report;
  return [];
}
