/** Transport-free answers: the Slack listeners and the console both call these. */
export type { Answer } from './answer.js';
export { answerAction } from './answer-action.js';
export { answerHomeOpened } from './answer-home-opened.js';
export { answerIncidentCommand } from './answer-incident-command.js';
export { answerMention, resolveMention } from './answer-mention.js';
export { entryPointHits } from './entry-point-hits.js';
export { answerReportCommand } from './answer-report-command.js';
