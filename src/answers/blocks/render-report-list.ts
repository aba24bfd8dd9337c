import type { KnownBlock } from '@slack/types';
import type { CorpusOverview } from '../corpus-overview.js';
import {
  NO_REPORTS_LOADED,
  REPORT_LIST_FALLBACK,
  REPORT_LIST_HEADER,
  REPORT_LIST_INCIDENTS,
  REPORT_LIST_SECTIONS,
  REPORTS_CUT,
  SECTION_CHOICES,
  SECTION_NOT_FOUND,
} from '../messages.js';
import { contextBlock, headerBlock, sectionBlock } from './elements.js';
import { fitMessage, LIMITS } from './limits.js';
import type { Message } from './message.js';
import { escapeMrkdwnText, truncateMrkdwn, truncatePlain } from './mrkdwn.js';

const MAX_LISTED = 40;

/** One report: title, incident count, and its sections. */
export function renderReportEntry(report: CorpusOverview['reports'][number]): string {
  const sections = report.sections.map((heading) => escapeMrkdwnText(heading)).join(' · ');
  return `*${escapeMrkdwnText(report.title)}* (${REPORT_LIST_INCIDENTS(report.incidents)})\n${REPORT_LIST_SECTIONS}: ${sections}`;
}

/**
 * `/report list`: every loaded report with its sections (the first 40, then how many more).
 * Each entry is cut so the whole message stays within Slack's summed-text limit.
 */
export function renderReportList(overview: CorpusOverview): Message {
  if (overview.reports.length === 0)
    return fitMessage({ text: NO_REPORTS_LOADED, blocks: [sectionBlock(NO_REPORTS_LOADED)] });
  const listed = overview.reports.slice(0, MAX_LISTED);
  const perEntry = Math.min(LIMITS.sectionText, Math.floor(LIMITS.messageTextBudget / listed.length));
  const blocks: KnownBlock[] = [
    headerBlock(REPORT_LIST_HEADER),
    ...listed.map((report) => sectionBlock(truncateMrkdwn(renderReportEntry(report), perEntry))),
  ];
  const more = overview.reports.length - listed.length;
  if (more > 0) blocks.push(contextBlock([REPORTS_CUT(more)]));
  return fitMessage({ text: REPORT_LIST_FALLBACK(overview.reports.length), blocks });
}

/** "No section called …" with the headings the person could have meant. */
export function renderSectionNotFound(name: string, headings: readonly string[]): Message {
  const unique = [...new Set(headings)].slice(0, 60).map((heading) => `\`${escapeMrkdwnText(heading)}\``);
  const blocks: KnownBlock[] = [sectionBlock(SECTION_NOT_FOUND(escapeMrkdwnText(truncatePlain(name, 200))))];
  if (unique.length > 0) blocks.push(sectionBlock(`${SECTION_CHOICES} ${unique.join(' · ')}`));
  return fitMessage({ text: SECTION_NOT_FOUND(escapeMrkdwnText(truncatePlain(name, 200))), blocks });
}
