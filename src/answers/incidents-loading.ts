import type { AnswerDeps } from './answer-deps.js';
import { renderNotice } from './blocks/render-help.js';
import type { Message } from './blocks/message.js';
import { INCIDENTS_LOADING } from './messages.js';

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
