import {
  ACTION_IDS,
  decodeChapterValue,
  decodeListPage,
  decodePageValue,
  decodeSectionValue,
} from './action-values.js';
import { ASK_PAGE_SIZE, renderMoreResults } from './blocks/render-answer.js';
import { renderNotice } from './blocks/render-help.js';
import { withFeedback } from './blocks/render-feedback.js';
import { feedbackRef } from './feedback-ref.js';
import { renderSectionPages } from './blocks/render-section.js';
import { renderSectionSummary } from './blocks/render-section-summary.js';
import type { AnswerDeps } from './answer-deps.js';
import type { ActionInput } from './grammar.js';
import { BUTTON_EXPIRED, SECTION_NOT_AVAILABLE } from './messages.js';
import type { Answer } from './answer.js';
import { searchIncidents } from './answer-incident-command.js';
import { answerReportList, renderChapterSections, summarizeWithFullText } from './answer-report-command.js';
import { findSectionById } from './find-section-by-id.js';
import { searchWithDeps } from './search-with-deps.js';
import { answerAnalysis } from './answer-analysis.js';
import { incidentsLoadingNotice } from './incidents-loading.js';

const EXPIRED: Answer = { kind: 'private', messages: [renderNotice(BUTTON_EXPIRED)] };

function answerPageAction(deps: AnswerDeps, action: ActionInput): Answer {
  const page = decodePageValue(action.value);
  if (page === null) return EXPIRED;
  const incidents = action.actionId === ACTION_IDS.incidentShare || action.actionId === ACTION_IDS.incidentNextPage;
  const loading = incidents ? incidentsLoadingNotice(deps) : null;
  if (loading !== null) return { kind: 'private', messages: [loading] };
  if (action.actionId === ACTION_IDS.incidentShare) {
    const message = {
      ...searchIncidents(deps, page.query, page.offset, action.userId),
      response_type: 'in_channel' as const,
    };
    return { kind: 'public', message, thread: [], deleteOriginal: true };
  }
  if (action.actionId === ACTION_IDS.incidentNextPage) {
    // A shared message (not ephemeral) keeps no "Share" button when paged.
    const sharedBy = action.isEphemeral ? null : '';
    return { kind: 'replace', message: searchIncidents(deps, page.query, page.offset, sharedBy) };
  }
  const response = searchWithDeps(deps, page.query, { mode: 'ask', limit: ASK_PAGE_SIZE, offset: page.offset });
  const more = withFeedback(
    renderMoreResults(page.query, response, page.offset),
    feedbackRef('ask', page.query, page.offset),
  );
  return { kind: 'thread', messages: [more] };
}

function answerSectionAction(deps: AnswerDeps, action: ActionInput): Answer {
  const sectionId = decodeSectionValue(action.value);
  const match = sectionId === null ? null : findSectionById(deps.reports, sectionId);
  if (match === null) return { kind: 'private', messages: [renderNotice(SECTION_NOT_AVAILABLE)] };
  // An ephemeral message has no thread: post the summary for everyone and thread the full text under it.
  const canThread = !action.isEphemeral && action.threadTs !== null;
  if (action.actionId === ACTION_IDS.sectionFullInThread) {
    const pages = renderSectionPages(
      match.report,
      match.section,
      deps.engine.formatCitation(match.report, match.section),
    );
    return canThread ? { kind: 'thread', messages: pages } : { kind: 'private', messages: pages };
  }
  if (!canThread) {
    const { summary, pages } = summarizeWithFullText(deps, match);
    return { kind: 'public', message: summary, thread: pages };
  }
  const summary = deps.engine.summarizeSection(match.report, match.section);
  return { kind: 'thread', messages: [renderSectionSummary(match.section.heading, summary)] };
}

/** Chart, Map and Export on incident results: every record of the query, not only the page shown. */
function answerAnalysisAction(deps: AnswerDeps, action: ActionInput): Answer {
  const page = decodePageValue(action.value);
  if (page === null) return EXPIRED;
  const kind =
    action.actionId === ACTION_IDS.incidentChart
      ? 'chart'
      : action.actionId === ACTION_IDS.incidentMap
        ? 'map'
        : 'export';
  return answerAnalysis(
    deps,
    { kind, query: page.query, measure: 'records' },
    action.isEphemeral ? 'private' : 'thread',
  );
}

// A chapter picked from "Which one?": the section in full (private), or its summary for everyone.
function answerChapterChoice(deps: AnswerDeps, action: ActionInput): Answer {
  const sectionId = decodeSectionValue(action.value);
  const match = sectionId === null ? null : findSectionById(deps.reports, sectionId);
  if (match === null) return { kind: 'private', messages: [renderNotice(SECTION_NOT_AVAILABLE)] };
  if (action.actionId === ACTION_IDS.reportPickSection) {
    return {
      kind: 'private',
      messages: renderSectionPages(
        match.report,
        match.section,
        deps.engine.formatCitation(match.report, match.section),
      ),
    };
  }
  const { summary, pages } = summarizeWithFullText(deps, match);
  return { kind: 'public', message: summary, thread: pages, deleteOriginal: true };
}

/**
 * The answer to a button click. Values come back from Slack, so a value we cannot decode (or a
 * section no longer loaded) gets a private "ask again" rather than an error.
 */
export function answerAction(deps: AnswerDeps, action: ActionInput): Answer {
  switch (action.actionId) {
    case ACTION_IDS.incidentNextPage:
    case ACTION_IDS.incidentShare:
    case ACTION_IDS.askMoreResults:
      return answerPageAction(deps, action);
    case ACTION_IDS.sectionSummaryInThread:
    case ACTION_IDS.sectionFullInThread:
      return answerSectionAction(deps, action);
    case ACTION_IDS.incidentChart:
    case ACTION_IDS.incidentMap:
    case ACTION_IDS.incidentExport:
      return answerAnalysisAction(deps, action);
    case ACTION_IDS.reportPickSection:
    case ACTION_IDS.reportPickSummary:
      return answerChapterChoice(deps, action);
    case ACTION_IDS.reportPickChapter: {
      const chapter = decodeChapterValue(action.value);
      const report = chapter === null ? undefined : deps.reports.find((r) => r.id === chapter.reportId);
      if (chapter === null || report === undefined)
        return { kind: 'private', messages: [renderNotice(SECTION_NOT_AVAILABLE)] };
      return { kind: 'private', messages: [renderChapterSections(report, chapter.summary)] };
    }
    case ACTION_IDS.reportListPage: {
      const page = decodeListPage(action.value);
      return page === null ? EXPIRED : { kind: 'replace', message: answerReportList(deps, undefined, page) };
    }
    default:
      return EXPIRED;
  }
}
