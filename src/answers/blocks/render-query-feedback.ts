import type { KnownBlock } from '@slack/types';
import type { QueryProblem } from '../../search/types.js';
import { NO_MATCH_EXAMPLES, NO_MATCH_TRY, QUERY_PROBLEMS_TITLE } from '../messages.js';
import { contextBlock, sectionBlock } from './elements.js';
import { escapeMrkdwn, escapeMrkdwnText } from './mrkdwn.js';

/**
 * The problems with a query (unknown filter, impossible date) as a warning section, or nothing.
 * @example renderQueryProblems([{ code: 'unknown_filter', message: 'Unknown filter "colour:"' }])
 * //=> [{ type: 'section', text: { type: 'mrkdwn', text: ':warning: There is a problem with the query:\n• Unknown filter "colour:"', verbatim: true } }]
 */
export function renderQueryProblems(problems: readonly QueryProblem[]): KnownBlock[] {
  if (problems.length === 0) return [];
  const lines = problems.slice(0, 10).map((problem) => `• ${escapeKeepingCode(problem.message)}`);
  return [sectionBlock(`:warning: ${QUERY_PROBLEMS_TITLE}\n${lines.join('\n')}`)];
}

// Problem messages quote the query in code spans (`extrem*`), where `*` is no bold and is kept as typed;
// outside them it is shown as ∗ (see escapeMrkdwnText).
function escapeKeepingCode(message: string): string {
  return message
    .split('`')
    .map((part, i) => (i % 2 === 1 ? escapeMrkdwn(part) : escapeMrkdwnText(part)))
    .join('`');
}

/** When nothing matched and nothing is spelled alike: queries that do work on the loaded reports. */
export function renderExamples(examples: readonly string[]): KnownBlock[] {
  const items = examples.slice(0, 4).map((example) => `\`/incident ${escapeMrkdwnText(example)}\``);
  return [contextBlock([`:bulb: ${NO_MATCH_EXAMPLES} ${[...items, '`/incident help`'].join(' · ')}`])];
}

/** "Did you mean: Atyrau · 31 October 2011" from SearchResponse.suggestions, or nothing. */
export function renderSuggestions(suggestions: readonly string[]): KnownBlock[] {
  if (suggestions.length === 0) return [];
  const items = suggestions.slice(0, 8).map((suggestion) => `*${escapeMrkdwnText(suggestion)}*`);
  return [contextBlock([`:mag: ${NO_MATCH_TRY} ${items.join(' · ')}`])];
}
