import type { AuthorizeResult, Logger, webApi } from '@slack/bolt';
import { slackErrorCode } from './slack-error-code.js';

/** Who the bot is, as auth.test tells it. */
interface BotIdentity {
  botId: string;
  botUserId: string;
}

export interface BotAuthorizer {
  /** Bolt's `authorize` for the single-token setup: the bot token and ids, once auth.test has answered. */
  authorize(): Promise<AuthorizeResult>;
  /** null once auth.test has answered, else why the app cannot answer Slack yet. */
  problem(): string | null;
  /** Calls auth.test now and again after each failure, backing off, until it answers. */
  start(): void;
  stop(): void;
}

export interface BotAuthorizerOptions {
  token: string;
  /** A client for auth.test (the app's own, without a token). */
  client: webApi.WebClient;
  logger: Logger;
  /** Known ids (tests, or a known bot): auth.test is never called. */
  known?: BotIdentity;
  /** First delay after a failure; doubles up to `maxRetryMs`. Default 1 s. */
  retryMs?: number;
  maxRetryMs?: number;
}

export const SLACK_NOT_AUTHORIZED =
  'Slack has not answered auth.test yet (the Web API is down or the token is refused)';

/**
 * The single-workspace authorization, with a retry Bolt lacks: Bolt 5 keeps the first auth.test result, so an app
 * started while Slack's API was down or answering 500 never answered again until restarted. Here a failed auth.test is
 * tried again in the background with a growing delay, and at once on the next request; until one succeeds
 * {@link BotAuthorizer.problem} says why (for /ready) and requests fail in Bolt's error handler.
 * @example
 * const auth = createBotAuthorizer({ token: 'xoxb-…', client: new WebClient(), logger });
 * auth.start();
 * new App({ authorize: auth.authorize, … });
 */
export function createBotAuthorizer(options: BotAuthorizerOptions): BotAuthorizer {
  const { token, client, logger } = options;
  const firstDelay = options.retryMs ?? 1_000;
  const maxDelay = options.maxRetryMs ?? 30_000;
  let identity: BotIdentity | null = options.known ?? null;
  let inFlight: Promise<BotIdentity> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let delay = firstDelay;
  let stopped = false;

  function check(): Promise<BotIdentity> {
    if (identity !== null) return Promise.resolve(identity);
    inFlight ??= client.auth
      .test({ token })
      .then((result) => {
        if (typeof result.bot_id !== 'string' || typeof result.user_id !== 'string')
          throw new Error('auth.test did not name the bot');
        identity = { botId: result.bot_id, botUserId: result.user_id };
        logger.info('auth.test answered: ready for Slack');
        return identity;
      })
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  }

  function retryLater(): void {
    if (stopped || identity !== null) return;
    timer = setTimeout(() => {
      timer = null;
      check().catch((error: unknown) => {
        logger.warn(`auth.test failed (${slackErrorCode(error)}); trying again in ${Math.round(delay / 1000)} s`);
        retryLater();
      });
    }, delay);
    timer.unref();
    delay = Math.min(delay * 2, maxDelay);
  }

  return {
    async authorize() {
      const { botId, botUserId } = await check();
      return { botToken: token, botId, botUserId };
    },
    problem: () => (identity === null ? SLACK_NOT_AUTHORIZED : null),
    start() {
      stopped = false;
      check().catch((error: unknown) => {
        logger.warn(`auth.test failed (${slackErrorCode(error)}); trying again in ${Math.round(delay / 1000)} s`);
        retryLater();
      });
    },
    stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
