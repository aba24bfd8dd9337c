import { createHash } from 'node:crypto';
import type { FeedbackValue } from './action-values.js';
import { MAX_QUERY_LENGTH } from './action-values.js';

/** Which list an answer came from: a mention or DM (`ask`), or /incident results (`incident`). */
export type AnswerMode = 'ask' | 'incident';

/**
 * Names one answer for its feedback: the same request (mode, query, page) gets the same id, so a person's second
 * click on it replaces their first, and a kept 👎 can be replayed as a test case. Stable across runs and copies.
 * @example feedbackRef('incident', 'Atyrau', 0) //=> { answerId: 'incident-…12 hex…', query: 'Atyrau' }
 */
export function feedbackRef(mode: AnswerMode, query: string, offset: number): FeedbackValue {
  const kept = query.slice(0, MAX_QUERY_LENGTH);
  const digest = createHash('sha256').update(`${mode}\n${offset}\n${kept}`).digest('hex').slice(0, 12);
  return { answerId: `${mode}-${digest}`, query: kept };
}
