import { answerCompare } from './answer-analysis.js';
import { escapeMrkdwnText } from './blocks/mrkdwn.js';
import { parseCompareRequest } from './compare-request.js';
import { COMPARE_USAGE } from './messages.js';
import type { Report, Section } from '../report/types.js';
import { renderNotice, renderReportHelp } from './blocks/render-help.js';
import { renderReportList, renderSectionNotFound } from './blocks/render-report-list.js';
import { renderSectionPages } from './blocks/render-section.js';
import { renderSectionSummary } from './blocks/render-section-summary.js';
import type { Message } from './blocks/message.js';
import { describeCorpus } from './corpus-overview.js';
import type { AnswerDeps } from './answer-deps.js';
import { cleanQuery, parseReportText } from './grammar.js';
import type { Answer } from './answer.js';
import { allHeadings } from './search-with-deps.js';

/** A section's summary (with a note that the full text follows) and its full text as thread replies. */
export function summarizeWithFullText(
  deps: AnswerDeps,
  match: { report: Report; section: Section },
): { summary: Message; pages: Message[] } {
  const summary = deps.engine.summarizeSection(match.report, match.section);
  const citation = deps.engine.formatCitation(match.report, match.section);
  return {
    summary: { ...renderSectionSummary(match.section.heading, summary, true), response_type: 'in_channel' },
    pages: renderSectionPages(match.report, match.section, citation),
  };
}

/**
 * The answer to `/report [list | help | <section> | summary <section>]`: lists and sections are
 * private; a summary is posted in the channel with the full section in its thread.
 */
export function answerReportCommand(deps: AnswerDeps, text: string): Answer {
  const { query } = cleanQuery(text);
  if (/^compare\b/i.test(query)) {
    const compare = parseCompareRequest(query);
    if (compare === null) return { kind: 'private', messages: [renderNotice(escapeMrkdwnText(COMPARE_USAGE))] };
    return answerCompare(deps, compare, 'private');
  }
  const request = parseReportText(text);
  if (request.kind === 'list') return { kind: 'private', messages: [renderReportList(describeCorpus(deps.reports))] };
  if (request.kind === 'help') return { kind: 'private', messages: [renderReportHelp()] };
  const match = deps.engine.findSection(request.name);
  if (match === null) return { kind: 'private', messages: [renderSectionNotFound(request.name, allHeadings(deps))] };
  if (request.kind === 'section') {
    const citation = deps.engine.formatCitation(match.report, match.section);
    return { kind: 'private', messages: renderSectionPages(match.report, match.section, citation) };
  }
  const { summary, pages } = summarizeWithFullText(deps, match);
  return { kind: 'public', message: summary, thread: pages };
}
