import type { AnswerDeps } from './answer-deps.js';
import { answerAction } from './answer-action.js';
import type { Answer } from './answer.js';
import { answerIncidentCommand } from './answer-incident-command.js';
import { answerMention } from './answer-mention.js';
import { answerReportCommand } from './answer-report-command.js';
import type { ActionInput } from './grammar.js';

/**
 * What to answer, as plain data a worker thread can receive: the searching and rendering behind it can then run off
 * the main thread, which stays free to acknowledge other requests within Slack's 3 seconds.
 */
export type AnswerRequest =
  | { kind: 'incident-command'; text: string }
  | { kind: 'report-command'; text: string }
  /** A mention or a DM. */
  | { kind: 'message'; text: string }
  | { kind: 'action'; action: ActionInput };

/** Computes answers, here or elsewhere (a pool of worker threads). */
export interface Answerer {
  answer(request: AnswerRequest): Promise<Answer>;
}

/**
 * Runs the handler a request names, on this thread.
 * @example runAnswerRequest(deps, { kind: 'incident-command', text: 'Atyrau' }).kind //=> 'private'
 */
export function runAnswerRequest(deps: AnswerDeps, request: AnswerRequest): Answer {
  switch (request.kind) {
    case 'incident-command':
      return { kind: 'private', messages: [answerIncidentCommand(deps, request.text)] };
    case 'report-command':
      return answerReportCommand(deps, request.text);
    case 'message':
      return answerMention(deps, request.text);
    case 'action':
      return answerAction(deps, request.action);
  }
}

/** The answer from the deps' answerer (the worker pool) when there is one, else computed here. */
export async function answerWith(deps: AnswerDeps, request: AnswerRequest): Promise<Answer> {
  return deps.answerer === undefined ? runAnswerRequest(deps, request) : deps.answerer.answer(request);
}
