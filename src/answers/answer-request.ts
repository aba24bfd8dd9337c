import type { AnswerDeps } from './answer-deps.js';
import { answerAction } from './answer-action.js';
import type { Answer } from './answer.js';
import { answerIncidentText } from './answer-incident-command.js';
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

/**
 * An answer computed elsewhere, and whether its searches found anything; or `inline` when the answer carries files
 * (charts, maps, exports), which are built when delivered and cannot cross threads: it is computed here instead.
 */
export type RemoteAnswer = { answer: Answer; hit: boolean } | { inline: true };

/** Computes answers elsewhere (a pool of worker threads). */
export interface Answerer {
  answer(request: AnswerRequest): Promise<RemoteAnswer>;
}

/**
 * Runs the handler a request names, on this thread.
 * @example runAnswerRequest(deps, { kind: 'incident-command', text: 'Atyrau' }).kind //=> 'private'
 */
export function runAnswerRequest(deps: AnswerDeps, request: AnswerRequest): Answer {
  switch (request.kind) {
    case 'incident-command':
      return answerIncidentText(deps, request.text);
    case 'report-command':
      return answerReportCommand(deps, request.text);
    case 'message':
      return answerMention(deps, request.text);
    case 'action':
      return answerAction(deps, request.action);
  }
}

/**
 * Like {@link runAnswerRequest}, also saying whether any search or section lookup found something.
 * @example runTrackedRequest(deps, { kind: 'message', text: 'Atyrau' }).hit //=> true
 */
export function runTrackedRequest(deps: AnswerDeps, request: AnswerRequest): { answer: Answer; hit: boolean } {
  let hit = false;
  const engine = {
    ...deps.engine,
    search: (...args: Parameters<AnswerDeps['engine']['search']>) => {
      const response = deps.engine.search(...args);
      hit ||= response.total > 0;
      return response;
    },
    findSection: (name: string) => {
      const match = deps.engine.findSection(name);
      hit ||= match !== null;
      return match;
    },
  };
  return { answer: runAnswerRequest({ ...deps, engine }, request), hit };
}

/** The answer from the deps' answerer (the worker pool) when there is one, else computed here. */
export async function answerWith(deps: AnswerDeps, request: AnswerRequest): Promise<Answer> {
  // While the incident records are still being read, only this thread knows it (the workers' reports have none yet).
  if (deps.answerer === undefined || (deps.incidentsLoading?.() ?? null) !== null)
    return runAnswerRequest(deps, request);
  const remote = await deps.answerer.answer(request);
  if ('inline' in remote) return runAnswerRequest(deps, request);
  deps.noteHit?.(remote.hit);
  return remote.answer;
}
