import type { HomeView } from '@slack/types';
import { renderHome } from './blocks/render-home.js';
import { describeCorpus } from './corpus-overview.js';
import type { AnswerDeps } from './answer-deps.js';
import { incidentsLoadingNotice } from './incidents-loading.js';

/** The App Home tab: what the bot knows and how to ask. */
export function answerHomeOpened(deps: AnswerDeps): HomeView {
  return renderHome(describeCorpus(deps.reports), incidentsLoadingNotice(deps)?.text ?? null);
}
