import { App, HTTPReceiver, type InstallationStore, type Logger } from '@slack/bolt';
import { ConsoleLogger } from '@slack/logger';
import { toLogLevel } from './log-level.js';
import { EVENTS_PATH, type HttpConfig, type SlackConfig } from '../config/load-config.js';
import type { Store } from '../store/store.js';
import { type ClaimDelivery, createClaimDelivery } from './claim-delivery.js';
import type { AnswerDeps } from '../answers/answer-deps.js';
import { guardRequests } from './guard-requests.js';
import { acknowledgeUnhandled } from './listeners/acknowledge-unhandled.js';
import { register as registerActions } from './listeners/actions/index.js';
import { appErrorHandler } from './listeners/app-error.js';
import { register as registerCommands } from './listeners/commands/index.js';
import { dedupeEvents } from './listeners/dedupe-events.js';
import { register as registerEvents } from './listeners/events/index.js';
import { createInstallationStore } from './installation-store.js';
import { installerOptions } from './installer-options.js';
import { createTimedFetch } from './timed-fetch.js';
import { createUsageRecorder } from './usage-recorder.js';

/** What the Slack app needs beyond the answers: the store (installations, retry claims) every copy shares. */
export interface AppDeps extends AnswerDeps {
  store: Store;
}

/** Settings that are not configuration: what tests (and only tests, mostly) need to change. */
export interface AppOverrides {
  /** With both set, Bolt never calls auth.test (tests; or a known bot). */
  botId?: string;
  botUserId?: string;
  /** Web API retries (Bolt's default is 10 over ~30 minutes; we use 3; tests use 0). */
  retries?: number;
  /** Fail at once on HTTP 429 instead of waiting Retry-After (tests). */
  rejectRateLimitedCalls?: boolean;
  logger?: Logger;
  /** Claims each delivery before answering it; the store's claims by default. */
  claim?: ClaimDelivery;
  /** How long one Slack call (Web API or response_url) may take before it counts as failed. Default 10 s. */
  slackCallTimeoutMs?: number;
}

/** Long enough for a slow Slack, short enough that the asker still gets the fallback answer. */
const DEFAULT_SLACK_CALL_TIMEOUT_MS = 10_000;

/** Bolt's HTTP receiver on /slack/events, behind a guard that answers unroutable bodies at once. */
function createReceiver(config: HttpConfig, logger: Logger, installationStore: InstallationStore): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret: config.signingSecret,
    port: config.port,
    endpoints: EVENTS_PATH,
    logLevel: toLogLevel(config.logLevel),
    logger,
    ...(config.oauth === null
      ? {}
      : installerOptions(config.oauth, installationStore, config.slackApiUrl, config.port)),
  });
  receiver.requestListener = guardRequests(receiver.requestListener, [EVENTS_PATH], logger);
  return receiver;
}

/**
 * Builds the Bolt app (HTTP receiver on /slack/events, or Socket Mode) and registers every
 * listener. Never starts it: the caller runs `await app.start(config.port)` (HTTP) or `app.start()`.
 * @example
 * const app = createApp(loadConfig(), deps);
 * await app.start(3000);
 */
export function createApp(config: SlackConfig, deps: AppDeps, overrides: AppOverrides = {}): App {
  const knownBot =
    overrides.botId !== undefined && overrides.botUserId !== undefined
      ? { botId: overrides.botId, botUserId: overrides.botUserId, tokenVerificationEnabled: false }
      : {};
  const timeoutMs = overrides.slackCallTimeoutMs ?? DEFAULT_SLACK_CALL_TIMEOUT_MS;
  const fetchFn = createTimedFetch(timeoutMs);
  // One logger for the app and its receiver (Bolt would otherwise make one each).
  // An injected logger keeps the level its owner gave it; our own follows LOG_LEVEL.
  const logger = overrides.logger ?? new ConsoleLogger();
  if (overrides.logger === undefined) logger.setLevel(toLogLevel(config.logLevel));
  const installationStore = createInstallationStore(deps.store);
  const common = {
    // Single-token mode; with OAuth the installer authorizes each request from the store instead.
    ...(config.botToken === null ? {} : { token: config.botToken }),
    logLevel: toLogLevel(config.logLevel),
    logger,
    ...knownBot,
    extendedErrorHandler: true,
    clientOptions: {
      ...(config.slackApiUrl === null ? {} : { slackApiUrl: config.slackApiUrl }),
      retryConfig: { retries: overrides.retries ?? 3 },
      // Used for the Web API and for respond(): neither has a deadline of its own.
      fetch: fetchFn,
      timeout: timeoutMs,
      rejectRateLimitedCalls: overrides.rejectRateLimitedCalls ?? false,
    },
  };
  const socketOAuth =
    config.mode === 'socket' && config.oauth !== null
      ? installerOptions(config.oauth, installationStore, config.slackApiUrl, config.port)
      : {};
  const app =
    config.mode === 'socket'
      ? new App({ ...common, ...socketOAuth, socketMode: true, appToken: config.appToken })
      : new App({ ...common, receiver: createReceiver(config, logger, installationStore) });

  const claim = overrides.claim ?? createClaimDelivery(deps.store, logger);
  const usage = createUsageRecorder(deps.store, logger);
  const answerDeps = { ...deps, engine: usage.wrap(deps.engine) };
  app.use(acknowledgeUnhandled());
  app.use(dedupeEvents(claim));
  app.use(usage.middleware);
  registerCommands(app, answerDeps);
  registerEvents(app, answerDeps, claim, deps.store);
  registerActions(app, answerDeps);
  app.error(appErrorHandler(app, fetchFn));
  return app;
}
