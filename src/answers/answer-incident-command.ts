import { INCIDENT_PAGE_SIZE, renderIncidentResults } from './blocks/render-incident-results.js';
import { renderIncidentHelp, renderNotice } from './blocks/render-help.js';
import { withFeedback } from './blocks/render-feedback.js';
import { feedbackRef } from './feedback-ref.js';
import { NO_REPORTS_LOADED } from './messages.js';
import type { Message } from './blocks/message.js';
import { describeCorpus } from './corpus-overview.js';
import type { AnswerDeps } from './answer-deps.js';
import { parseIncidentText } from './grammar.js';
import { searchWithDeps } from './search-with-deps.js';
import type { Answer } from './answer.js';
import { answerAnalysis } from './answer-analysis.js';
import { cleanQuery } from './grammar.js';
import { parseAnalysisRequest } from './parse-analysis-query.js';
import { incidentsLoadingNotice } from './incidents-loading.js';

/**
 * The answer to `/incident <text>` as a whole: a count (`country:Kenya year:2017 count`), a chart, map or export
 * (`chart attacks in Kenya since 2013`), or else one page of matching records, privately.
 * @example answerIncidentText(deps, 'Atyrau').kind //=> 'private'
 * @example answerIncidentText(deps, 'chart country:Kenya').kind //=> 'upload'
 */
export function answerIncidentText(deps: AnswerDeps, text: string): Answer {
  const loading = parseIncidentText(text).kind === 'help' ? null : incidentsLoadingNotice(deps);
  if (loading !== null) return { kind: 'private', messages: [{ ...loading, response_type: 'ephemeral' }] };
  if (deps.reports.length > 0) {
    const request = parseAnalysisRequest(
      cleanQuery(text).query,
      deps.reports.map((report) => report.country),
    );
    if (request !== null) return answerAnalysis(deps, request, 'private');
  }
  return { kind: 'private', messages: [answerIncidentCommand(deps, text)] };
}

/**
 * The answer to `/incident <text>`: help for an empty text or `help`, else five matching incident
 * records from `offset`. Always ephemeral until someone shares it.
 * @example answerIncidentCommand(deps, 'Atyrau').text //=> '1–2 of 2 matches for “Atyrau”'
 */
export function answerIncidentCommand(deps: AnswerDeps, text: string, offset = 0): Message {
  const request = parseIncidentText(text);
  if (request.kind === 'help')
    return { ...renderIncidentHelp(describeCorpus(deps.reports)), response_type: 'ephemeral' };
  if (deps.reports.length === 0) return { ...renderNotice(NO_REPORTS_LOADED), response_type: 'ephemeral' };
  const loading = incidentsLoadingNotice(deps);
  if (loading !== null) return { ...loading, response_type: 'ephemeral' };
  return { ...searchIncidents(deps, request.query, offset, null, request.truncatedAt), response_type: 'ephemeral' };
}

/** One page of incident results; `sharedBy` set when it is posted for everyone. */
export function searchIncidents(
  deps: AnswerDeps,
  query: string,
  offset: number,
  sharedBy: string | null,
  truncatedAt: number | null = null,
): Message {
  const response = searchWithDeps(deps, query, { mode: 'incident', limit: INCIDENT_PAGE_SIZE, offset });
  const examples = response.total === 0 ? describeCorpus(deps.reports).exampleQueries : [];
  return withFeedback(
    renderIncidentResults({ query, response, offset, sharedBy, queryTruncated: truncatedAt, examples }),
    feedbackRef('incident', query, offset),
  );
}
