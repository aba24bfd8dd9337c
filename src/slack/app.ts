import type { Server } from 'node:http';
import {
  App,
  type CustomRoute,
  HTTPReceiver,
  type InstallationStore,
  type Logger,
  SocketModeReceiver,
  webApi,
} from '@slack/bolt';
import { ConsoleLogger } from '@slack/logger';
import type { AnswerDeps } from '../answers/answer-deps.js';
import { EVENTS_PATH, type HttpConfig, type SlackConfig, type SocketConfig } from '../config/load-config.js';
import type { Store } from '../store/store.js';
import { type BotAuthorizer, createBotAuthorizer } from './bot-authorizer.js';
import { type ClaimDelivery, createClaimDelivery, createLeaseClaim } from './claim-delivery.js';
import { guardRequests } from './guard-requests.js';
import { createInFlight, type InFlight } from './in-flight.js';
import { createInstallationStore } from './installation-store.js';
import { acknowledgeUnhandled } from './listeners/acknowledge-unhandled.js';
import { register as registerActions } from './listeners/actions/index.js';
import { appErrorHandler } from './listeners/app-error.js';
import { register as registerCommands } from './listeners/commands/index.js';
import { dedupeEvents } from './listeners/dedupe-events.js';
import { register as registerEvents } from './listeners/events/index.js';
import { installerOptions } from './installer-options.js';
import { logRequests } from './listeners/log-requests.js';
import { toLogLevel } from './log-level.js';
import { buildOpsRoutes, type ReadinessCheck, startOpsServer } from './ops-routes.js';
import { createSlackFetch } from './slack-fetch.js';
import { createTimedFetch } from './timed-fetch.js';
import { createUsageRecorder } from './usage-recorder.js';

/** What the Slack app needs beyond the answers: the store (installations, retry claims) every copy shares. */
export interface AppDeps extends AnswerDeps {
  store: Store;
}

/** Settings that are not configuration: what tests (and only tests, mostly) need to change. */
export interface AppOverrides {
  /** With both set, the app never calls auth.test (tests; or a known bot). */
  botId?: string;
  botUserId?: string;
  /** Web API retries of calls that are safe to repeat (Bolt's default is 10 over ~30 minutes; we use 3; tests use 0). */
  retries?: number;
  logger?: Logger;
  /** First delay before auth.test is tried again after a failure (doubles up to 30 s). Default 1 s. */
  authRetryMs?: number;
  /** Claims each delivery before answering it; the store's claims by default. */
  claim?: ClaimDelivery;
  /** How often the claim of a delivery being answered is renewed (default LEASE_RENEW_MS, 10 s). */
  leaseRenewMs?: number;
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
   * `deadlineMs` for answers in flight, then stops retrying auth.test and closes the servers. The caller closes the
   * store afterwards.
   * @returns how many answers were still running at the deadline (0 when all finished)
   */
  stop(deadlineMs?: number): Promise<number>;
  /** null when ready for Slack, else why not: what /ready says. */
  readinessProblem(): Promise<string | null>;
}

/** Long enough for a slow Slack, short enough that the asker still gets the fallback answer. */
const DEFAULT_SLACK_CALL_TIMEOUT_MS = 10_000;
/** A store that takes longer than this to answer a trivial query is reported not ready. */
const STORE_PING_TIMEOUT_MS = 2_000;

export const NO_REPORTS_LOADED = 'no reports are loaded';
export const SHUTTING_DOWN = 'shutting down';
export const STORE_UNREACHABLE = 'the store does not answer';

/** Bolt's HTTP receiver on /slack/events (and /health, /ready), behind a guard that checks signatures first. */
function createReceiver(
  config: HttpConfig,
  logger: Logger,
  installationStore: InstallationStore,
  routes: CustomRoute[],
): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret: config.signingSecret,
    port: config.port,
    endpoints: EVENTS_PATH,
    logLevel: logger.getLevel(),
    logger,
    customRoutes: routes,
    ...(config.oauth === null
      ? {}
      : installerOptions(config.oauth, installationStore, config.slackApiUrl, config.port)),
  });
  receiver.requestListener = guardRequests(receiver.requestListener, {
    paths: [EVENTS_PATH],
    signingSecret: config.signingSecret,
    logger,
  });
  return receiver;
}

/**
 * Socket Mode. With OAuth, Bolt's own HTTP server serves the install pages on PORT, and /health and /ready with them;
 * without, the app serves /health and /ready itself (see start()).
 */
function createSocketReceiver(
  config: SocketConfig,
  logger: Logger,
  installationStore: InstallationStore,
  routes: CustomRoute[],
): SocketModeReceiver {
  return new SocketModeReceiver({
    appToken: config.appToken,
    logger,
    logLevel: logger.getLevel(),
    ...(config.oauth === null
      ? {}
      : {
          ...installerOptions(config.oauth, installationStore, config.slackApiUrl, config.port),
          customRoutes: routes,
        }),
  });
}

async function pingStore(store: Store): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(STORE_UNREACHABLE), STORE_PING_TIMEOUT_MS);
  });
  try {
    return await Promise.race([store.ping().then(() => null), late]);
  } catch {
    return STORE_UNREACHABLE;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Builds the Bolt app (HTTP receiver on /slack/events, or Socket Mode) and registers every listener. Never starts
 * it: the caller runs `await service.start({ port, host })`, and `await service.stop(deadline)` on SIGTERM.
 * @example
 * const service = createApp(loadConfig(), { ...deps, store });
 * await service.start({ port: 3000 });
 */
export function createApp(config: SlackConfig, deps: AppDeps, overrides: AppOverrides = {}): SlackService {
  const timeoutMs = overrides.slackCallTimeoutMs ?? DEFAULT_SLACK_CALL_TIMEOUT_MS;
  const timedFetch = createTimedFetch(timeoutMs);
  // One logger for the app and its receiver (Bolt would otherwise make one each).
  // An injected logger keeps the level its owner gave it; our own follows LOG_LEVEL.
  const logger = overrides.logger ?? new ConsoleLogger();
  if (overrides.logger === undefined) logger.setLevel(toLogLevel(config.logLevel));
  const installationStore = createInstallationStore(deps.store);
  const clientOptions = {
    ...(config.slackApiUrl === null ? {} : { slackApiUrl: config.slackApiUrl }),
    retryConfig: { retries: overrides.retries ?? 3 },
    // Used for the Web API and for respond(): neither has a deadline of its own. A post that times out is never
    // retried (it may have landed), and a 429 holds back only its token, method and channel (slack-fetch.ts).
    fetch: createSlackFetch(timedFetch),
    timeout: timeoutMs,
    // The client never pauses its whole queue for one channel's limit.
    rejectRateLimitedCalls: true,
  };
  const known =
    overrides.botId !== undefined && overrides.botUserId !== undefined
      ? { botId: overrides.botId, botUserId: overrides.botUserId }
      : undefined;
  // Single-token mode: our authorizer, which retries auth.test (Bolt keeps a failed one). With OAuth the installer
  // authorizes each request from the store instead.
  const authorizer: BotAuthorizer | null =
    config.botToken === null
      ? null
      : createBotAuthorizer({
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
    async () => authorizer?.problem() ?? null,
    () => pingStore(deps.store),
    ...(deps.readiness === undefined ? [] : [deps.readiness]),
  ];
  const routes = buildOpsRoutes(checks);
  const receiver =
    config.mode === 'socket'
      ? createSocketReceiver(config, logger, installationStore, routes)
      : createReceiver(config, logger, installationStore, routes);
  // Bolt sets the logger to the logLevel it is given: give it the logger's own, so an injected logger keeps its level.
  const app = new App({
    ...(authorizer === null ? {} : { authorize: authorizer.authorize }),
    logLevel: logger.getLevel(),
    logger,
    extendedErrorHandler: true,
    clientOptions,
    receiver,
  });

  const inFlight: InFlight = createInFlight();
  const claim = overrides.claim ?? createClaimDelivery(deps.store, logger);
  const usage = createUsageRecorder(deps.store, logger);
  // Searches on this thread are noted by the wrapped engine; answers from the worker pool say whether they hit.
  // Feedback is kept in the app's store unless the deps bring their own place for it.
  const answerDeps: AnswerDeps = {
    ...deps,
    engine: usage.wrap(deps.engine),
    noteHit: usage.note,
    feedback: deps.feedback ?? deps.store,
  };
  app.use(inFlight.middleware);
  app.use(logRequests());
  app.use(acknowledgeUnhandled());
  app.use(dedupeEvents(claim, createLeaseClaim(deps.store, logger, overrides.leaseRenewMs)));
  app.use(usage.middleware);
  registerCommands(app, answerDeps);
  registerEvents(app, answerDeps, deps.store);
  registerActions(app, answerDeps);
  app.error(appErrorHandler(app, timedFetch));

  let opsServer: Server | null = null;
  return {
    app,
    async start({ port, host = null }) {
      authorizer?.start();
      if (config.mode === 'socket') {
        await app.start();
        if (config.oauth === null) opsServer = await startOpsServer(routes, port, host);
        return opsServer ?? (Reflect.get(receiver, 'httpServer') as Server);
      }
      const server = (await app.start(host === null ? { port } : { port, host })) as Server;
      keepConnectionsOpen(server);
      return server;
    },
    async stop(deadlineMs = 10_000) {
      stopping = true;
      // Stop taking requests first: Bolt's HTTP server stops accepting (its close waits for open connections, so it
      // is not awaited before the answers in flight), and the socket disconnects.
      const closing = app.stop().catch((error: unknown) => logger.warn('stopping the receiver failed', error));
      const left = await inFlight.drain(deadlineMs);
      authorizer?.stop();
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
    readinessProblem: () => findProblem(checks),
  };
}

async function findProblem(checks: readonly ReadinessCheck[]): Promise<string | null> {
  for (const check of checks) {
    const problem = await check();
    if (problem !== null) return problem;
  }
  return null;
}

/**
 * Keeps idle keep-alive connections open longer than the proxies and load balancers in front of the app do (60 s
 * is the usual idle limit). Node's default of 5 s closes a connection a proxy may be reusing at that very moment, and
 * that request is reset without an answer; the closer must be the proxy, not the app.
 */
function keepConnectionsOpen(server: Server): void {
  server.keepAliveTimeout = 65_000;
  // Node requires the headers timeout to exceed the keep-alive timeout.
  server.headersTimeout = 66_000;
}
