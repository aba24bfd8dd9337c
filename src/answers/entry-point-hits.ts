import type { SearchHit } from '../search/types.js';
import type { AnswerDeps } from './answer-deps.js';
import { parseIncidentText } from './grammar.js';
import { resolveMention } from './answer-mention.js';
import { searchWithDeps } from './search-with-deps.js';

/**
 * The hits a person gets from an entry point, read the way the bot reads it: `incident` as `/incident <text>`,
 * `ask` as a mention. Help and section summaries answer with no hits. Used by `reportdesk eval`.
 * @example entryPointHits(deps, 'incident', 'Atyrau', 10)[0]?.incident?.date //=> '2011-10-31'
 */
export function entryPointHits(deps: AnswerDeps, mode: 'incident' | 'ask', text: string, limit: number): SearchHit[] {
  if (mode === 'incident') {
    const request = parseIncidentText(text);
    return request.kind === 'help'
      ? []
      : searchWithDeps(deps, request.query, { mode: 'incident', limit, offset: 0 }).hits;
  }
  const resolved = resolveMention(deps, text, limit);
  return resolved.kind === 'answer' ? resolved.response.hits : [];
}
