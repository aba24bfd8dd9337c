import type { Server } from 'node:http';
import { App, HTTPReceiver, type Logger, SocketModeReceiver, webApi } from '@slack/bolt';
import { ConsoleLogger } from '@slack/logger';
import { EVENTS_PATH, type HttpConfig, type SlackConfig } from '../config/load-config.js';
import { type BotAuthorizer, createBotAuthorizer } from './bot-authorizer.js';
import type { AnswerDeps } from '../answers/answer-deps.js';
import { createEventDeduper, type EventDeduper } from './event-dedup.js';
import { guardRequests } from './guard-requests.js';
import { acknowledgeUnhandled } from './listeners/acknowledge-unhandled.js';
import { register as registerActions } from './listeners/actions/index.js';
import { appErrorHandler } from './listeners/app-error.js';
import { register as registerCommands } from './listeners/commands/index.js';
import { dedupeEvents } from './listeners/dedupe-events.js';
import { logRequests } from './listeners/log-requests.js';
import { register as registerEvents } from './listeners/events/index.js';
import { createInFlight, type InFlight } from './in-flight.js';
import { toLogLevel } from './log-level.js';
import { buildOpsRoutes, type ReadinessCheck, startOpsServer } from './ops-routes.js';
import { createSlackFetch } from './slack-fetch.js';
import { createTimedFetch } from './timed-fetch.js';

/** Settings that are not configuration: what tests (and only tests, mostly) need to change. */
export interface AppOverrides {
  /** With both set, the app never calls auth.test (tests; or a known bot). */
  botId?: string;
  botUserId?: string;
  /** Web API retries of idempotent calls (Bolt's default is 10 over ~30 minutes; we use 3; tests use 0). */
  retries?: number;
  logger?: Logger;
  /** First delay before auth.test is tried again after a failure (doubles up to 30 s). Default 1 s. */
  authRetryMs?: number;
  /** Remembers answered events; injectable so tests control the clock. */
  dedup?: EventDeduper;
  /** How long one Slack call (Web API or response_url) may take before it counts as failed. Default 10 s. */
  slackCallTimeoutMs?: number;
}

/** Where to listen: Slack's requests (HTTP mode) and /health, /ready (both modes). */
export interface ListenOptions {
  port: number;
  /** Null or absent: all interfaces, as Node and Bolt do. */
  host?: string | null;
}

/** The Bolt app with what running it takes: start, readiness, and a stop that lets answers in flight finish. */
export interface SlackService {
  app: App;
  /** HTTP mode: Bolt's server, with /health and /ready. Socket Mode: connects, and serves /health and /ready. */
  start(listen: ListenOptions): Promise<Server>;
  /**
   * Stops taking requests (the HTTP server closes, the socket disconnects, /ready turns 503), waits up to
   * `deadlineMs` for answers in flight, then stops retrying auth.test and closes the servers.
   * @returns how many answers were still running at the deadline (0 when all finished)
   */
  stop(deadlineMs?: number): Promise<number>;
  /** null when ready for Slack, else why not: what /ready says. */
  readinessProblem(): Promise<string | null>;
}

/** Long enough for a slow Slack, short enough that the asker still gets the fallback answer. */
const DEFAULT_SLACK_CALL_TIMEOUT_MS = 10_000;

export const NO_REPORTS_LOADED = 'no reports are loaded';
export const SHUTTING_DOWN = 'shutting down';

/** Bolt's HTTP receiver on /slack/events, behind a guard that checks signatures and answers unroutable bodies at once. */
function createReceiver(config: HttpConfig, logger: Logger, checks: readonly ReadinessCheck[]): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret: config.signingSecret,
    port: config.port,
    endpoints: EVENTS_PATH,
    logLevel: logger.getLevel(),
    logger,
    customRoutes: buildOpsRoutes(checks),
  });
  receiver.requestListener = guardRequests(receiver.requestListener, { paths: [EVENTS_PATH], signingSecret: config.signingSecret, logger });
  return receiver;
}

/**
 * Builds the Bolt app (HTTP receiver on /slack/events, or Socket Mode) and registers every listener. Never starts
 * it: the caller runs `await service.start({ port, host })`, and `await service.stop(deadline)` on SIGTERM.
 * @example
 * const service = createApp(loadConfig(), deps);
 * await service.start({ port: 3000 });
 */
export function createApp(config: SlackConfig, deps: AnswerDeps, overrides: AppOverrides = {}): SlackService {
  const timeoutMs = overrides.slackCallTimeoutMs ?? DEFAULT_SLACK_CALL_TIMEOUT_MS;
  const timedFetch = createTimedFetch(timeoutMs);
  // One logger for the app and its receiver (Bolt would otherwise make one each).
  // An injected logger keeps the level its owner gave it; our own follows LOG_LEVEL.
  const logger = overrides.logger ?? new ConsoleLogger();
  if (overrides.logger === undefined) logger.setLevel(toLogLevel(config.logLevel));
  const clientOptions = {
    ...(config.slackApiUrl === null ? {} : { slackApiUrl: config.slackApiUrl }),
    retryConfig: { retries: overrides.retries ?? 3 },
    // Used for the Web API and for respond(): neither has a deadline of its own.
    fetch: createSlackFetch(timedFetch),
    timeout: timeoutMs,
    // A 429 fails that call only (slack-fetch.ts remembers the wait for its channel); the client never pauses its
    // whole queue for one channel's limit.
    rejectRateLimitedCalls: true,
  };
  const known =
    overrides.botId !== undefined && overrides.botUserId !== undefined ? { botId: overrides.botId, botUserId: overrides.botUserId } : undefined;
  const authorizer: BotAuthorizer = createBotAuthorizer({
    token: config.botToken,
    client: new webApi.WebClient(undefined, { ...clientOptions, retryConfig: { retries: 0 }, logger }),
    logger,
    ...(known === undefined ? {} : { known }),
    ...(overrides.authRetryMs === undefined ? {} : { retryMs: overrides.authRetryMs }),
  });
  let stopping = false;
  const checks: ReadinessCheck[] = [
    async () => (stopping ? SHUTTING_DOWN : null),
    async () => (deps.reports.length === 0 ? NO_REPORTS_LOADED : null),
    async () => authorizer.problem(),
    ...(deps.readiness === undefined ? [] : [deps.readiness]),
  ];
  // Bolt sets the logger to the logLevel it is given: give it the logger's own, so an injected logger keeps its level.
  const common = { authorize: authorizer.authorize, logLevel: logger.getLevel(), logger, extendedErrorHandler: true, clientOptions };
  const socketReceiver =
    config.mode === 'socket' ? new SocketModeReceiver({ appToken: config.appToken, logger, logLevel: logger.getLevel() }) : null;
  const receiver = config.mode === 'socket' ? socketReceiver : createReceiver(config, logger, checks);
  const app = new App({ ...common, ...(receiver === null ? {} : { receiver }) });

  const inFlight: InFlight = createInFlight();
  const dedup = overrides.dedup ?? createEventDeduper(deps.now === undefined ? {} : { now: deps.now });
  app.use(inFlight.middleware);
  app.use(logRequests());
  app.use(acknowledgeUnhandled());
  app.use(dedupeEvents(dedup));
  registerCommands(app, deps);
  registerEvents(app, deps);
  registerActions(app, deps);
  app.error(appErrorHandler(app, timedFetch));

  let opsServer: Server | null = null;
  return {
    app,
    async start({ port, host = null }) {
      authorizer.start();
      if (socketReceiver !== null) {
        await app.start();
        opsServer = await startOpsServer(buildOpsRoutes(checks), port, host);
        return opsServer;
      }
      return (await app.start(host === null ? { port } : { port, host })) as Server;
    },
    async stop(deadlineMs = 10_000) {
      stopping = true;
      // Stop taking requests first: Bolt's HTTP server stops accepting (its close waits for open connections, so it
      // is not awaited before the answers in flight), and the socket disconnects.
      const closing = app.stop().catch((error: unknown) => logger.warn('stopping the receiver failed', error));
      const left = await inFlight.drain(deadlineMs);
      authorizer.stop();
      await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
      if (opsServer !== null) {
        const server = opsServer;
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
      }
      return left;
    },
    readinessProblem: async () => {
      for (const check of checks) {
        const problem = await check();
        if (problem !== null) return problem;
      }
      return null;
    },
  };
}
