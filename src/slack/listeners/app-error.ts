import type { App, Context, Logger } from '@slack/bolt';
import { findNotInstalled } from '../installation-store.js';
import { GENERIC_ERROR, NOT_INSTALLED_REPLY } from '../messages.js';

/** What Bolt passes an error handler registered with `extendedErrorHandler: true`. */
interface ErrorHandlerArgs {
  error: Error;
  logger: Logger;
  body: unknown;
  context: Context;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * The backstop for anything a listener did not handle: log it, then tell the person (through
 * the response_url, else an ephemeral message) that something went wrong. Never throws.
 * A request from a workspace with no stored installation (OAuth) is logged as that, plainly, and a slash command is
 * told so through its response_url (there is no token to post with).
 */
export function appErrorHandler(app: App, fetchFn: typeof fetch = fetch) {
  return async ({ error, logger, body, context }: ErrorHandlerArgs): Promise<void> => {
    const notInstalled = findNotInstalled(error);
    if (notInstalled !== null) logger.warn(notInstalled.message);
    else logger.error('unhandled error in a listener', error);
    try {
      const responseUrl = field(body, 'response_url');
      if (typeof responseUrl === 'string' && /^https?:\/\//.test(responseUrl)) {
        const text = notInstalled === null ? GENERIC_ERROR : NOT_INSTALLED_REPLY;
        await fetchFn(responseUrl, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, text }),
        });
        return;
      }
      if (notInstalled !== null) return;
      const event = field(body, 'event');
      const channel = field(event, 'channel');
      const user = field(event, 'user');
      if (typeof channel === 'string' && typeof user === 'string' && typeof context.botToken === 'string') {
        const threadTs = field(event, 'thread_ts') ?? field(event, 'ts');
        await app.client.chat.postEphemeral({
          token: context.botToken,
          channel,
          user,
          text: GENERIC_ERROR,
          ...(typeof threadTs === 'string' ? { thread_ts: threadTs } : {}),
        });
      }
    } catch (replyError) {
      logger.error('telling the person about the error failed too', replyError);
    }
  };
}
