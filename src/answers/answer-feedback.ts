import type { Vote } from '../store/store.js';
import { ACTION_IDS, decodeFeedbackValue } from './action-values.js';
import type { Answer } from './answer.js';
import type { AnswerDeps } from './answer-deps.js';
import { renderNotice } from './blocks/render-help.js';
import {
  BUTTON_EXPIRED,
  FEEDBACK_NOT_KEPT,
  FEEDBACK_NOT_SAVED,
  FEEDBACK_THANKS_DOWN,
  FEEDBACK_THANKS_UP,
} from './messages.js';

/** A 👍 or 👎 as it arrives: the button's value (or the form's copy of it), who, and what they wrote. */
export interface FeedbackInput {
  vote: Vote;
  /** The button value ({@link encodeFeedbackValue}); checked here, since it comes back from Slack. */
  value: unknown;
  userId: string;
  teamId: string | null;
  /** What they wrote in the 👎 form; null for a click. */
  text: string | null;
}

/** The vote a feedback button's action id stands for, or null for any other action id. */
export function feedbackVote(actionId: string): Vote | null {
  if (actionId === ACTION_IDS.feedbackUp) return 'up';
  if (actionId === ACTION_IDS.feedbackDown) return 'down';
  return null;
}

/** The longest text kept from the 👎 form (the form itself allows as much). */
export const MAX_FEEDBACK_TEXT = 2000;

/** What became of a vote: whether it was kept, and what to tell the person. */
export interface FeedbackOutcome {
  saved: boolean;
  answer: Answer;
}

function tell(saved: boolean, text: string): FeedbackOutcome {
  return { saved, answer: { kind: 'private', messages: [renderNotice(text)] } };
}

/**
 * Keeps a vote (a person's second vote on the same answer replaces the first) and thanks them privately. Where
 * no store is open, says feedback is not kept; when the store fails, says so (the caller's log has the error).
 * @example await answerFeedback(deps, { vote: 'up', value: button.value, userId: 'U1', teamId: 'T1', text: null })
 * //=> { saved: true, answer: { kind: 'private', messages: [<FEEDBACK_THANKS_UP>] } }
 */
export async function answerFeedback(
  deps: AnswerDeps,
  input: FeedbackInput,
  onError: (error: unknown) => void = () => {},
): Promise<FeedbackOutcome> {
  const ref = decodeFeedbackValue(input.value);
  if (ref === null) return tell(false, BUTTON_EXPIRED);
  if (deps.feedback === undefined) return tell(false, FEEDBACK_NOT_KEPT);
  const text = input.text?.trim().slice(0, MAX_FEEDBACK_TEXT) || null;
  try {
    await deps.feedback.saveFeedback({
      answerId: ref.answerId,
      query: ref.query,
      userId: input.userId,
      teamId: input.teamId,
      vote: input.vote,
      text,
      ...(deps.now === undefined ? {} : { at: deps.now() }),
    });
  } catch (error) {
    onError(error);
    return tell(false, FEEDBACK_NOT_SAVED);
  }
  return tell(true, input.vote === 'up' ? FEEDBACK_THANKS_UP : FEEDBACK_THANKS_DOWN);
}
