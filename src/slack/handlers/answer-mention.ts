import { renderAnswer } from '../blocks/render-answer.js';
import { renderMentionHelp, renderNotice } from '../blocks/render-help.js';
import { renderSectionNotFound } from '../blocks/render-report-list.js';
import { renderSectionSummary } from '../blocks/render-section-summary.js';
import type { SlackDeps } from '../deps.js';
import { parseMentionText } from '../input.js';
import { NO_REPORTS_LOADED } from '../messages.js';
import type { Answer } from './answer.js';
import { allHeadings, searchWithDeps } from './search-with-deps.js';

/**
 * The answer to an @-mention or a DM (text as Slack sent it, mention included), always in the
 * thread: the best passage or incident, or a section's summary when asked for one.
 * @example answerMention(deps, '<@U0> summarize countering terrorist finance')
 * //=> { kind: 'thread', messages: [<summary of Countering Terrorist Finance>] }
 */
export function answerMention(deps: SlackDeps, text: string): Answer {
  const request = parseMentionText(text);
  if (request.kind === 'help') return { kind: 'thread', messages: [renderMentionHelp()] };
  if (deps.reports.length === 0) return { kind: 'thread', messages: [renderNotice(NO_REPORTS_LOADED)] };
  if (request.kind === 'summary') {
    const match = deps.engine.findSection(request.name);
    if (match !== null) {
      const summary = deps.engine.summarizeSection(match.report, match.section);
      return { kind: 'thread', messages: [renderSectionSummary(match.section.heading, summary)] };
    }
    // "summarize what happened in Atyrau" names no section: answer it as a question before giving up.
    const response = searchWithDeps(deps, request.name, { mode: 'ask', limit: 1, offset: 0 });
    if (response.hits.length > 0) return { kind: 'thread', messages: [renderAnswer(request.name, response)] };
    return { kind: 'thread', messages: [renderSectionNotFound(request.name, allHeadings(deps))] };
  }
  const response = searchWithDeps(deps, request.query, { mode: 'ask', limit: 1, offset: 0 });
  return { kind: 'thread', messages: [renderAnswer(request.query, response)] };
}
