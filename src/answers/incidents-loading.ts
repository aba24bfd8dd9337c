import type { AnswerDeps } from './answer-deps.js';
import { renderNotice } from './blocks/render-help.js';
import type { Message } from './blocks/message.js';
import { INCIDENTS_LOADING, INCIDENTS_NOT_READY } from './messages.js';

/**
 * The notice for a request that needs incident records while they are still being read after a cold start (see
 * {@link AnswerDeps.incidentsLoading}), or null when they are loaded: an empty result then would say "nothing found"
 * of records that merely are not read yet.
 * @example incidentsLoadingNotice({ ...deps, incidentsLoading: () => ({ done: 10, total: 3300 }) })?.text
 * //=> '⏳ The incident records are still being read after a fresh start (10 of 3,300 files so far), …'
 */
export function incidentsLoadingNotice(deps: AnswerDeps): Message | null {
  const progress = deps.incidentsLoading?.() ?? null;
  return progress === null ? null : renderNotice(INCIDENTS_LOADING(progress.done, progress.total));
}

/**
 * Why the app is not ready (GET /ready, for operators) while the incident records of a cold start are still being
 * read, else null.
 * @example incidentsNotReady({ ...deps, incidentsLoading: () => ({ done: 10, total: 3300 }) })
 * //=> 'the incident records are still being read (10 of 3300 files)'
 */
export function incidentsNotReady(deps: AnswerDeps): string | null {
  const progress = deps.incidentsLoading?.() ?? null;
  return progress === null ? null : INCIDENTS_NOT_READY(progress.done, progress.total);
}
