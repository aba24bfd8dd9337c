import { answerAnalysis, answerCompare } from './answer-analysis.js';
import { parseCompareRequest } from './compare-request.js';
import { parseAnalysisRequest } from './parse-analysis-query.js';
import type { Report, Section } from '../report/types.js';
import type { SearchResponse, SectionMatch } from '../search/types.js';
import type { SectionLookup } from '../search/index.js';
import { ACTION_IDS } from './action-values.js';
import { chapterLabel, renderMissingChapter } from './answer-report-command.js';
import { renderAnswer } from './blocks/render-answer.js';
import { withFeedback } from './blocks/render-feedback.js';
import { feedbackRef } from './feedback-ref.js';
import { renderMentionHelp, renderNotice } from './blocks/render-help.js';
import { renderChapterChoice, renderSectionNotFound } from './blocks/render-report-list.js';
import { renderSectionSummary } from './blocks/render-section-summary.js';
import type { AnswerDeps } from './answer-deps.js';
import { cleanQuery, parseMentionText, stripMentions } from './grammar.js';
import { NO_REPORTS_LOADED } from './messages.js';
import type { Answer } from './answer.js';
import { allHeadings, searchWithDeps } from './search-with-deps.js';

/** What a mention asks for, decided: the one place that reads a mention, for the bot and for `reportdesk eval`. */
export type MentionResolution =
  | { kind: 'help' }
  | { kind: 'no_reports' }
  | { kind: 'summary'; report: Report; section: Section }
  | { kind: 'choose'; name: string; matches: SectionMatch[] }
  | { kind: 'no_chapter'; name: string; lookup: SectionLookup }
  | { kind: 'answer'; query: string; response: SearchResponse }
  | { kind: 'no_section'; name: string };

/**
 * Decides what a mention or DM asks for: help, a section summary, or a search ("summarize what happened in
 * Atyrau" names no section, so it is searched as a question).
 * @example resolveMention(deps, '<@U0> who claimed the Atyrau bombings?').kind //=> 'answer'
 */
export function resolveMention(deps: AnswerDeps, text: string, limit = 1): MentionResolution {
  const request = parseMentionText(text);
  if (request.kind === 'help') return { kind: 'help' };
  if (deps.reports.length === 0) return { kind: 'no_reports' };
  if (request.kind === 'summary') {
    const lookup = deps.engine.findSections(request.name);
    const [match, ...others] = lookup.matches;
    // `summarize overview` with several chapters loaded: ask which rather than choosing the newest.
    if (match !== undefined && others.length > 0)
      return { kind: 'choose', name: request.name, matches: lookup.matches };
    if (match !== undefined) return { kind: 'summary', ...match };
    // `summarize overview kenya 2014` with no Kenya 2014 loaded: say so, with the years that are.
    if (
      lookup.sectionNamed &&
      lookup.chapters.length === 0 &&
      lookup.named.years.length > 0 &&
      lookup.otherYears.length > 0
    )
      return { kind: 'no_chapter', name: request.name, lookup };
    const response = searchWithDeps(deps, request.name, { mode: 'ask', limit, offset: 0 });
    return response.hits.length > 0
      ? { kind: 'answer', query: request.name, response }
      : { kind: 'no_section', name: request.name };
  }
  return {
    kind: 'answer',
    query: request.query,
    response: searchWithDeps(deps, request.query, { mode: 'ask', limit, offset: 0 }),
  };
}

/**
 * The answer to an @-mention or a DM (text as Slack sent it, mention included), always in the
 * thread: the best passage or incident, or a section's summary when asked for one.
 * @example answerMention(deps, '<@U0> summarize countering terrorist finance')
 * //=> { kind: 'thread', messages: [<summary of Countering Terrorist Finance>] }
 */
export function answerMention(deps: AnswerDeps, text: string): Answer {
  if (deps.reports.length > 0) {
    const { query } = cleanQuery(stripMentions(text));
    const compare = parseCompareRequest(query);
    if (compare !== null) return answerCompare(deps, compare, 'thread');
    const analysis = parseAnalysisRequest(
      query,
      deps.reports.map((report) => report.country),
    );
    if (analysis !== null) return answerAnalysis(deps, analysis, 'thread');
  }
  const resolved = resolveMention(deps, text);
  switch (resolved.kind) {
    case 'help':
      return { kind: 'thread', messages: [renderMentionHelp()] };
    case 'no_reports':
      return { kind: 'thread', messages: [renderNotice(NO_REPORTS_LOADED)] };
    case 'summary': {
      const summary = deps.engine.summarizeSection(resolved.report, resolved.section);
      return { kind: 'thread', messages: [renderSectionSummary(resolved.section.heading, summary)] };
    }
    case 'choose': {
      const choices = resolved.matches.map((m) => ({ label: chapterLabel(m.report), sectionId: m.section.id }));
      return {
        kind: 'thread',
        messages: [renderChapterChoice(resolved.name, choices, true, ACTION_IDS.sectionSummaryInThread)],
      };
    }
    case 'no_chapter':
      return {
        kind: 'thread',
        messages: [renderMissingChapter(deps, resolved.name, resolved.lookup, true, ACTION_IDS.sectionSummaryInThread)],
      };
    case 'answer':
      return {
        kind: 'thread',
        messages: [
          withFeedback(renderAnswer(resolved.query, resolved.response), feedbackRef('ask', resolved.query, 0)),
        ],
      };
    case 'no_section':
      return { kind: 'thread', messages: [renderSectionNotFound(resolved.name, allHeadings(deps))] };
  }
}
