import type { KnownBlock } from '@slack/types';
import type { SearchResponse } from '../../search/types.js';
import { ACTION_IDS, encodePageValue, encodeSectionValue } from '../action-values.js';
import {
  BUTTON_MORE_RESULTS,
  BUTTON_SHOW_FULL_SECTION,
  BUTTON_SUMMARIZE_IN_THREAD,
  BUTTON_SUMMARIZE_THIS_SECTION,
  MENTION_BEST_ANSWER,
  MENTION_MORE_TITLE,
  MENTION_NO_ANSWER,
  NO_MORE_RESULTS,
  NOT_IN_REPORTS_FALLBACK,
} from '../messages.js';
import { actionsBlock, buttonElement, contextBlock, dividerBlock, sectionBlock } from './elements.js';
import { fitMessage, LIMITS } from './limits.js';
import type { Message } from './message.js';
import { renderAbstention, renderDateReadings } from './render-abstention.js';
import { renderHitBlocks, renderHitText } from './render-hit.js';
import { renderQueryEcho } from './render-incident-results.js';
import { renderQueryProblems, renderSuggestions } from './render-query-feedback.js';

const NO_VERDICT = { answered: false, missing: [], loaded: [] };

/** How many further results "More results" shows at a time. */
export const ASK_PAGE_SIZE = 3;

/**
 * The answer to a mention or DM: the best passage or incident, highlighted and cited, with
 * "More results", "Summarize this section in thread" and "Show full section".
 */
export function renderAnswer(query: string, response: SearchResponse): Message {
  const echo = renderQueryEcho(query);
  const [best] = response.hits;
  if (best === undefined) {
    return fitMessage({
      text: MENTION_NO_ANSWER(echo),
      blocks: [
        sectionBlock(MENTION_NO_ANSWER(echo)),
        ...renderQueryProblems(response.problems),
        ...renderSuggestions(response.suggestions),
      ],
    });
  }
  const buttons = [];
  if (response.total > 1) {
    buttons.push(buttonElement(BUTTON_MORE_RESULTS, ACTION_IDS.askMoreResults, encodePageValue({ query, offset: 1 })));
  }
  const sectionValue = encodeSectionValue(best.sectionId);
  if (sectionValue !== null) {
    buttons.push(
      buttonElement(BUTTON_SUMMARIZE_THIS_SECTION, ACTION_IDS.sectionSummaryInThread, sectionValue),
      buttonElement(BUTTON_SHOW_FULL_SECTION, ACTION_IDS.sectionFullInThread, sectionValue),
    );
  }
  const answered = response.verdict?.answered ?? true;
  // Nothing loaded answers: say so first, and show the nearest match only as "not an answer".
  const head = answered
    ? [contextBlock([`:mag: ${MENTION_BEST_ANSWER}: “${echo}”`])]
    : renderAbstention(echo, response.verdict ?? NO_VERDICT);
  const blocks: KnownBlock[] = [
    ...head,
    ...renderDateReadings(response),
    ...renderQueryProblems(response.problems),
    ...renderHitBlocks(best),
  ];
  const actions = actionsBlock(buttons);
  if (actions !== null) blocks.push(actions);
  return fitMessage({ text: answered ? renderHitText(best, 300) : NOT_IN_REPORTS_FALLBACK(echo), blocks });
}

/** "More results": the next few hits in the thread, each with its own summarize button. */
export function renderMoreResults(query: string, response: SearchResponse, offset: number): Message {
  const hits = response.hits.slice(0, ASK_PAGE_SIZE);
  if (hits.length === 0) return fitMessage({ text: NO_MORE_RESULTS, blocks: [sectionBlock(NO_MORE_RESULTS)] });
  const title = MENTION_MORE_TITLE(offset + 1, offset + hits.length, response.total);
  const blocks: KnownBlock[] = [contextBlock([`${title}: “${renderQueryEcho(query)}”`])];
  for (const hit of hits) {
    const value = encodeSectionValue(hit.sectionId);
    const button =
      value === null ? undefined : buttonElement(BUTTON_SUMMARIZE_IN_THREAD, ACTION_IDS.sectionSummaryInThread, value);
    blocks.push(
      dividerBlock(),
      ...renderHitBlocks(hit, button, Math.floor(LIMITS.messageTextBudget / ASK_PAGE_SIZE) - 300),
    );
  }
  const next = offset + hits.length;
  const more = actionsBlock(
    next < response.total
      ? [buttonElement(BUTTON_MORE_RESULTS, ACTION_IDS.askMoreResults, encodePageValue({ query, offset: next }))]
      : [],
  );
  if (more !== null) blocks.push(more);
  return fitMessage({ text: title, blocks });
}
