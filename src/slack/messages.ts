/**
 * What the Slack app says of its own, apart from the answers (answers/messages.ts): delivery problems, errors and
 * requests it cannot read. Tests assert on these constants.
 */

// Delivery problems
export const NOT_IN_CHANNEL =
  'I can’t post in this conversation because I’m not a member. Invite me with `/invite @reportdesk` and try again; here is the answer, visible only to you:';
export const RATE_LIMITED = 'Slack is limiting how fast I can post right now. Here is the answer, visible only to you:';
export const TOO_LONG = 'The full answer was too long for one Slack message; here is a shorter version.';
export const POST_UNCONFIRMED =
  'Slack took too long to confirm my answer in the thread, so I did not send it again. If you don’t see it there, please ask again.';
export const POST_FAILED = 'I couldn’t post that in the channel. Here is the answer, visible only to you:';
export const GENERIC_ERROR = 'Sorry, something went wrong on my side while answering. Please try again in a moment.';
export const MALFORMED_REQUEST = 'I couldn’t read that request. Please try again.';
export const UNKNOWN_COMMAND = (command: string) =>
  `I don’t know the command \`${command}\`. I answer \`/incident &lt;words, place or date&gt;\` and \`/report [list | &lt;section&gt; | summary &lt;section&gt;]\`.`;
export const UPLOAD_FAILED = 'I couldn’t upload the file here. Here is what it would have said, visible only to you:';
export const NO_CONVERSATION_FOR_FILES =
  'Files can only be posted in a conversation; ask in a channel or in a DM with me.';

/** Log texts of the OAuth installation store (never shown to a person in Slack). */
export const NO_BOT_IN_INSTALLATION = 'the OAuth install returned no bot token; the app must ask for bot scopes';
/** `who`: `team T123` or `org E123`. */
export const NOT_INSTALLED = (who: string) =>
  `no installation for ${who}; was the app uninstalled? The request was acknowledged and not answered.`;
/** Said through a slash command's response_url when its workspace has no installation (no token to answer with). */
export const NOT_INSTALLED_REPLY =
  'reportdesk is not installed in this workspace (any more). Ask a workspace admin to install it again.';

// The "what was wrong" form opened by 👎 (a modal: title ≤ 24 characters, buttons ≤ 24).
export const FEEDBACK_MODAL_TITLE = 'What was wrong?';
export const FEEDBACK_MODAL_SUBMIT = 'Send';
export const FEEDBACK_MODAL_CLOSE = 'Skip';
export const FEEDBACK_MODAL_INTRO = (query: string) =>
  `Your 👎 on the answer to “${query}” is noted. If you like, say what was wrong (a missing record, the wrong year, a misread figure…).`;
export const FEEDBACK_MODAL_LABEL = 'What was wrong (optional)';
export const FEEDBACK_MODAL_PLACEHOLDER = 'e.g. it should have found the October 31 Atyrau bombings';
