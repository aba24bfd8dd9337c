import type { KnownBlock } from '@slack/types';
import type { SearchResponse } from '../../search/types.js';
import { ACTION_IDS, encodePageValue, encodeSectionValue } from '../action-values.js';
import {
  BUTTON_CHART,
  BUTTON_EXPORT,
  BUTTON_MAP,
  BUTTON_NEXT_PAGE,
  BUTTON_SHARE,
  BUTTON_SUMMARIZE_IN_THREAD,
  INCIDENT_RESULTS_FALLBACK,
  INCIDENT_RESULTS_TOTAL,
  INCIDENT_RESULTS_TITLE,
  NO_MATCH_FALLBACK,
  NO_MATCH_TITLE,
  NO_MORE_RESULTS,
  NOT_IN_REPORTS_FALLBACK,
  QUERY_TRUNCATED,
  SHARED_BY,
} from '../messages.js';
import { actionsBlock, buttonElement, contextBlock, dividerBlock, sectionBlock } from './elements.js';
import { fitMessage, LIMITS } from './limits.js';
import type { Message } from './message.js';
import { escapeMrkdwnText, truncatePlain } from './mrkdwn.js';
import { renderAbstention, renderDateReadings } from './render-abstention.js';
import { renderHitBlocks } from './render-hit.js';
import { renderExamples, renderQueryProblems, renderSuggestions } from './render-query-feedback.js';

export const INCIDENT_PAGE_SIZE = 5;

export interface IncidentResultsInput {
  /** The query as the person typed it (unescaped; this module escapes it). */
  query: string;
  response: SearchResponse;
  offset: number;
  /** Set when the result is posted for everyone: the user id of who shared it. */
  sharedBy?: string | null;
  /** The query was cut to MAX_QUERY_LENGTH before searching. */
  queryTruncated?: number | null;
  /** Queries that work on the loaded reports, offered when nothing matched and nothing is spelled alike. */
  examples?: readonly string[];
}

/** How the query is shown: escaped, on one line, at most 200 characters. */
export function renderQueryEcho(query: string): string {
  return escapeMrkdwnText(truncatePlain(query.replace(/\s+/g, ' ').trim(), 200));
}

/** `<@U123>` only for a well-formed user id (it comes from Slack, but we check). */
function renderUserMention(userId: string): string | null {
  return /^[UW][A-Z0-9]{2,20}$/.test(userId) ? `<@${userId}>` : null;
}

/**
 * The /incident answer: a title, then each hit (headline, casualties, quote, citation, with a
 * "Summarize section in thread" button), then "Next 5" and "Share in channel".
 * With no hits: says so, with the query's problems and suggestions.
 */
export function renderIncidentResults(input: IncidentResultsInput): Message {
  const { query, response, offset } = input;
  const echo = renderQueryEcho(query);
  const notes: KnownBlock[] = [];
  if (input.queryTruncated) notes.push(contextBlock([escapeMrkdwnText(QUERY_TRUNCATED(input.queryTruncated))]));
  const problems = renderQueryProblems(response.problems);

  if (response.hits.length === 0 && offset > 0 && response.total > 0) {
    // A page past the end (an old "Next 5" after the data changed): say so, not "no matches".
    return fitMessage({
      text: NO_MORE_RESULTS,
      blocks: [sectionBlock(`${NO_MORE_RESULTS} ${INCIDENT_RESULTS_TOTAL(response.total)}`)],
    });
  }
  if (response.hits.length === 0) {
    return fitMessage({
      text: NO_MATCH_FALLBACK(echo),
      blocks: [
        sectionBlock(NO_MATCH_TITLE(echo)),
        ...problems,
        ...renderSuggestions(response.suggestions),
        ...(response.problems.length === 0 && response.suggestions.length === 0
          ? renderExamples(input.examples ?? [])
          : []),
        ...notes,
      ],
    });
  }

  const hits = response.hits.slice(0, INCIDENT_PAGE_SIZE);
  // "1 of 1", "1–5 of 12", "6–10 of 12"
  const shown = hits.length === 1 ? `${offset + 1}` : `${offset + 1}–${offset + hits.length}`;
  const perHitLimit = Math.floor(LIMITS.messageTextBudget / INCIDENT_PAGE_SIZE) - 300;
  const verdict = response.verdict;
  // Records that do not match what was asked (no record on that day, a year or country not loaded) are offered
  // after an honest "no", never as matches.
  const head =
    offset === 0 && verdict && !verdict.answered
      ? renderAbstention(echo, verdict)
      : [sectionBlock(INCIDENT_RESULTS_TITLE(shown, response.total, echo))];
  const blocks: KnownBlock[] = [...head, ...renderDateReadings(response), ...problems, ...notes];
  for (const hit of hits) {
    const sectionValue = encodeSectionValue(hit.sectionId);
    const summarize =
      sectionValue === null
        ? undefined
        : buttonElement(BUTTON_SUMMARIZE_IN_THREAD, ACTION_IDS.sectionSummaryInThread, sectionValue);
    blocks.push(dividerBlock(), ...renderHitBlocks(hit, summarize, perHitLimit));
  }

  const nextOffset = offset + hits.length;
  const pageValue = encodePageValue({ query, offset });
  const buttons = [];
  if (nextOffset < response.total) {
    buttons.push(
      buttonElement(BUTTON_NEXT_PAGE, ACTION_IDS.incidentNextPage, encodePageValue({ query, offset: nextOffset })),
    );
  }
  const sharer = input.sharedBy ? renderUserMention(input.sharedBy) : null;
  if (input.sharedBy == null) buttons.push(buttonElement(BUTTON_SHARE, ACTION_IDS.incidentShare, pageValue, true));
  if (response.total > 0 && hits.some((hit) => hit.incident !== null)) {
    const queryValue = encodePageValue({ query, offset: 0 });
    buttons.push(
      buttonElement(BUTTON_CHART, ACTION_IDS.incidentChart, queryValue),
      buttonElement(BUTTON_MAP, ACTION_IDS.incidentMap, queryValue),
      buttonElement(BUTTON_EXPORT, ACTION_IDS.incidentExport, queryValue),
    );
  }
  const actions = actionsBlock(buttons);
  if (actions !== null) blocks.push(actions);
  if (sharer !== null) blocks.push(contextBlock([SHARED_BY(sharer)]));

  const text =
    offset === 0 && verdict && !verdict.answered
      ? NOT_IN_REPORTS_FALLBACK(echo)
      : INCIDENT_RESULTS_FALLBACK(shown, response.total, echo);
  return fitMessage({ text, blocks });
}
