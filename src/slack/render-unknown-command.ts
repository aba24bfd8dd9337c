import type { Message } from '../answers/blocks/message.js';
import { escapeMrkdwnText, truncatePlain } from '../answers/blocks/mrkdwn.js';
import { renderNotice } from '../answers/blocks/render-help.js';
import { UNKNOWN_COMMAND } from './messages.js';

/** The answer to a slash command we do not serve (renamed in the app's settings, or a typo'd setup). */
export function renderUnknownCommand(command: string): Message {
  return renderNotice(UNKNOWN_COMMAND(escapeMrkdwnText(truncatePlain(command.replace(/`/g, "'"), 60))));
}
