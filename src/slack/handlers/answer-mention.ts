import { renderAnswer } from '../blocks/render-answer.js';
import { renderMentionHelp } from '../blocks/render-help.js';
import { renderSectionNotFound } from '../blocks/render-report-list.js';
import { renderSectionSummary } from '../blocks/render-section-summary.js';
import type { SlackDeps } from '../deps.js';
import { parseMentionText } from '../input.js';
import type { Answer } from './answer.js';

/**
 * The answer to an @-mention or a DM (text as Slack sent it, mention included), always in the
 * thread: the best passage or incident, or a section's summary when asked for one.
 * @example answerMention(deps, '<@U0> summarize countering terrorist finance')
 * //=> { kind: 'thread', messages: [<summary of Countering Terrorist Finance>] }
 */
export function answerMention(deps: SlackDeps, text: string): Answer {
  const request = parseMentionText(text);
  if (request.kind === 'help') return { kind: 'thread', messages: [renderMentionHelp()] };
  if (request.kind === 'summary') {
    const match = deps.engine.findSection(request.name);
    if (match === null) {
      const headings = deps.reports.flatMap((report) => report.sections.map((section) => section.heading));
      return { kind: 'thread', messages: [renderSectionNotFound(request.name, headings)] };
    }
    const summary = deps.engine.summarizeSection(match.report, match.section);
    return { kind: 'thread', messages: [renderSectionSummary(match.section.heading, summary)] };
  }
  const now = deps.now?.();
  const response = deps.engine.search(request.query, { mode: 'ask', limit: 1, offset: 0, ...(now === undefined ? {} : { now }) });
  return { kind: 'thread', messages: [renderAnswer(request.query, response)] };
}
