import type { AnswerFile } from './answer-file.js';
import type { Message } from './blocks/message.js';

/**
 * What to answer and where, without saying how: the listeners (or the console) deliver it.
 * - `private`: only the asker sees it (ephemeral reply / response_url).
 * - `replace`: replaces the message whose button was clicked.
 * - `thread`: replies in the conversation's thread.
 * - `public`: a new message for everyone in the channel, then replies in its thread.
 * - `upload`: files (a picture, an export) for the conversation's thread, after `messages` that introduce them; where
 *   there is no thread yet (a slash command), the first message starts one.
 */
export type Answer =
  | { kind: 'private'; messages: Message[] }
  | { kind: 'replace'; message: Message }
  | { kind: 'thread'; messages: Message[] }
  | { kind: 'public'; message: Message; thread: Message[]; deleteOriginal?: boolean }
  | { kind: 'upload'; messages: Message[]; files: AnswerFile[] };
