import type { EvalReply } from '../search/results/evaluate.js';
import type { SearchHit } from '../search/types.js';
import type { AnswerDeps } from './answer-deps.js';
import { parseIncidentText } from './grammar.js';
import { resolveMention } from './answer-mention.js';
import { searchWithDeps } from './search-with-deps.js';

/**
 * What a person gets from an entry point, read the way the bot reads it: `incident` as `/incident <text>`,
 * `ask` as a mention. Help and section summaries answer with no hits. `answered` says whether the reply
 * presents a match as the answer (for `/incident`: lists records as matches). Used by `reportdesk eval`.
 * @example entryPointReply(deps, 'incident', 'Atyrau', 10).answered //=> true
 */
export function entryPointReply(deps: AnswerDeps, mode: 'incident' | 'ask', text: string, limit: number): EvalReply {
  if (mode === 'incident') {
    const request = parseIncidentText(text);
    if (request.kind === 'help') return { hits: [], answered: false };
    const { hits, verdict } = searchWithDeps(deps, request.query, { mode: 'incident', limit, offset: 0 });
    return { hits, answered: hits.length > 0 && (verdict?.answered ?? true) };
  }
  const resolved = resolveMention(deps, text, limit);
  if (resolved.kind === 'summary') return { hits: [], answered: true };
  if (resolved.kind !== 'answer') return { hits: [], answered: false };
  const { hits, verdict } = resolved.response;
  return { hits, answered: hits.length > 0 && (verdict?.answered ?? true) };
}

/**
 * The hits of {@link entryPointReply}, best first.
 * @example entryPointHits(deps, 'incident', 'Atyrau', 10)[0]?.incident?.date //=> '2011-10-31'
 */
export function entryPointHits(deps: AnswerDeps, mode: 'incident' | 'ask', text: string, limit: number): SearchHit[] {
  return entryPointReply(deps, mode, text, limit).hits;
}
