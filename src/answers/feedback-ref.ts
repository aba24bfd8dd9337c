import { createHash } from 'node:crypto';
import type { FeedbackValue } from './action-values.js';
import { MAX_QUERY_LENGTH } from './action-values.js';

/** Which kind of answer: a mention or DM (`ask`), /incident results (`incident`), or a count with its records. */
export type AnswerMode = 'ask' | 'incident' | 'count';

/**
 * Names one answer for its feedback: the same request (mode, query, page) gets the same id, so a person's second
 * click on it replaces their first, and a kept 👎 can be replayed as a test case. Stable across runs and copies.
 * @param variant - what else tells two answers to the same query apart (a count's measure)
 * @example feedbackRef('incident', 'Atyrau', 0) //=> { answerId: 'incident-…12 hex…', query: 'Atyrau' }
 */
export function feedbackRef(mode: AnswerMode, query: string, offset: number, variant = ''): FeedbackValue {
  const kept = query.slice(0, MAX_QUERY_LENGTH);
  const digest = createHash('sha256').update(`${mode}\n${offset}\n${variant}\n${kept}`).digest('hex').slice(0, 12);
  return { answerId: `${mode}-${digest}`, query: kept };
}
