/**
 * What to answer for a request, whatever the front end: the Slack listeners, the console and the command line all
 * come through here. An {@link Answer} says what to send and where (private, thread, public, replace); its messages
 * are Block Kit data, which Slack posts and the console prints as text.
 */
export type { Answer } from './answer.js';
export { incidentsNotReady } from './incidents-loading.js';
export { answerAction } from './answer-action.js';
export type { AnswerDeps, FeedbackSink, LoadingProgress, SearchEngine } from './answer-deps.js';
export { answerFeedback, type FeedbackInput, type FeedbackOutcome, feedbackVote } from './answer-feedback.js';
export { answerHomeOpened } from './answer-home-opened.js';
export { answerIncidentCommand, answerIncidentText } from './answer-incident-command.js';
export type { AnswerFile } from './answer-file.js';
export {
  analysisEngine,
  answerAnalysis,
  answerCompare,
  buildExportFile,
  buildMapFile,
  buildTimelineFile,
} from './answer-analysis.js';
export { collectIncidents } from './collect-incidents.js';
export { countIncidents } from './count-incidents.js';
export { parseAnalysisRequest, parseAnalysisQuery } from './parse-analysis-query.js';
export { parseCompareRequest } from './compare-request.js';
export { answerMention, type MentionResolution, resolveMention } from './answer-mention.js';
export { answerReportCommand } from './answer-report-command.js';
export type { Message } from './blocks/message.js';
export { buildAnswerDeps } from './build-answer-deps.js';
export { buildIndexAndSnapshotOffThread, buildIndexOffThread } from './build-index-off-thread.js';
export { type CorpusOverview, describeCorpus } from './corpus-overview.js';
export { entryPointHits, entryPointReply } from './entry-point-hits.js';
export { evaluateAnswers } from './evaluate-answers.js';
export type { ActionInput } from './grammar.js';
export {
  type AnswerRequest,
  type Answerer,
  answerWith,
  type RemoteAnswer,
  runAnswerRequest,
  runTrackedRequest,
} from './answer-request.js';
export type { ReadinessCheck } from './answer-deps.js';
