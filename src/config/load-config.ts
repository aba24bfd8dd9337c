import { join } from 'node:path';
import {
  CONFIG_ERROR_HEADING,
  EMPTY_DATA_DIR,
  MALFORMED_DATABASE_URL,
  MALFORMED_USAGE_LOG_TEXT,
  PARTIAL_OAUTH,
  SHORT_STATE_SECRET,
  TOKEN_AND_OAUTH,
  MALFORMED_API_URL,
  MALFORMED_APP_TOKEN,
  MALFORMED_BOT_TOKEN,
  MALFORMED_LOG_LEVEL,
  MALFORMED_HOST,
  MALFORMED_PORT,
  MALFORMED_SHUTDOWN_TIMEOUT,
  MALFORMED_WORKERS,
  MISSING_BOT_TOKEN,
  MISSING_SIGNING_SECRET,
} from './messages.js';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

export const DEFAULT_PORT = 3000;
export const DEFAULT_DATA_DIR = 'data/';
/** How long a SIGTERM waits for answers in flight before the process exits anyway. */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;
/** Searching and rendering run on this many worker threads by default (0 = on the main thread). */
export const DEFAULT_ANSWER_WORKERS = 2;
/** The path Slack posts commands, events and interactions to in HTTP mode. */
export const EVENTS_PATH = '/slack/events';

/** The embedded store's file, inside the data folder: a dotfile the corpus loader (which reads only .txt) skips. */
export const DEFAULT_STORE_FILE = '.reportdesk-store.db';
/** The Bolt installer's paths (its defaults), for the manifest's redirect URL and the README. */
export const INSTALL_PATH = '/slack/install';
export const OAUTH_REDIRECT_PATH = '/slack/oauth_redirect';
const MIN_STATE_SECRET_LENGTH = 16;

/** Where installations, retry claims, feedback and usage are kept. */
export interface StoreConfig {
  /** `postgres://…` (DATABASE_URL): shared by every copy of the app. Null: the embedded file. */
  databaseUrl: string | null;
  /** The embedded store's file (STORE_PATH, default `<DATA_DIR>/.reportdesk-store.db`). */
  storePath: string;
  /** USAGE_LOG_TEXT: keep message text in the usage log (default false). */
  keepUsageText: boolean;
}

/** Install from Slack (OAuth v2): any number of workspaces, each with its own bot token in the store. */
export interface OAuthConfig {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
}

interface CommonConfig {
  logLevel: LogLevelName;
  dataDir: string;
  store: StoreConfig;
}

/** No Slack tokens at all: run the local console instead of connecting to Slack. */
export interface ConsoleConfig extends CommonConfig {
  mode: 'console';
}

interface SlackCommonConfig extends CommonConfig {
  /** The one workspace's bot token (SLACK_BOT_TOKEN), or null when installed through OAuth. */
  botToken: string | null;
  /** Set exactly when botToken is null. */
  oauth: OAuthConfig | null;
  /** Base URL of Slack's Web API (ends with `/`), or null for Slack itself. */
  slackApiUrl: string | null;
  /** HTTP: Slack's requests and /health, /ready. Socket Mode: /health and /ready only. */
  port: number;
  /** The interface to listen on (`HOST`), or null for all of them (Node's and Bolt's default). */
  host: string | null;
  /** SHUTDOWN_TIMEOUT_MS: how long SIGTERM/SIGINT wait for answers in flight. */
  shutdownTimeoutMs: number;
  /** ANSWER_WORKERS: worker threads that search and render (0: on the main thread). */
  answerWorkers: number;
}

/** Slack posts to us at `http://…:port/slack/events`. */
export interface HttpConfig extends SlackCommonConfig {
  mode: 'http';
  signingSecret: string;
}

/** We open a WebSocket to Slack with the app-level token; the port serves /health, /ready and OAuth's install pages. */
export interface SocketConfig extends SlackCommonConfig {
  mode: 'socket';
  appToken: string;
  signingSecret: string | null;
  port: number;
}

export type SlackConfig = HttpConfig | SocketConfig;
export type Config = ConsoleConfig | SlackConfig;

/** Every problem found in the environment, thrown at once so one restart fixes them all. */
export class ConfigError extends Error {
  readonly code = 'config_error';
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super([CONFIG_ERROR_HEADING, ...problems.map((problem) => `  - ${problem}`)].join('\n'));
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/** Treats a blank value the same as an absent one: `SLACK_APP_TOKEN=` in .env means "unset". */
function read(env: Env, key: string): string | undefined {
  const value = env[key]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function parsePort(value: string | undefined, problems: string[]): number {
  if (value === undefined) return DEFAULT_PORT;
  const port = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(port) || port > 65535) {
    problems.push(MALFORMED_PORT);
    return DEFAULT_PORT;
  }
  return port;
}

function parseWholeNumber(
  value: string | undefined,
  fallback: number,
  max: number,
  problem: string,
  problems: string[],
): number {
  if (value === undefined) return fallback;
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number > max) {
    problems.push(problem);
    return fallback;
  }
  return number;
}

/** A host name or an IPv4/IPv6 address: letters, digits, dots, dashes and colons. */
function parseHost(value: string | undefined, problems: string[]): string | null {
  if (value === undefined) return null;
  if (/^[A-Za-z0-9.:-]+$/.test(value)) return value;
  problems.push(MALFORMED_HOST);
  return null;
}

function parseLogLevel(value: string | undefined, problems: string[]): LogLevelName {
  if (value === undefined) return 'info';
  const level = LOG_LEVELS.find((name) => name === value.toLowerCase());
  if (level === undefined) problems.push(MALFORMED_LOG_LEVEL);
  return level ?? 'info';
}

function parseApiUrl(value: string | undefined, problems: string[]): string | null {
  if (value === undefined) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push(MALFORMED_API_URL);
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    problems.push(MALFORMED_API_URL);
    return null;
  }
  // The WebClient appends method names to this base: `…/api` + `chat.postMessage` needs the slash.
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function parseDataDir(env: Env, problems: string[]): string {
  const raw = env.DATA_DIR;
  if (raw === undefined) return DEFAULT_DATA_DIR;
  if (raw.trim() === '') problems.push(EMPTY_DATA_DIR);
  return raw.trim() || DEFAULT_DATA_DIR;
}

function parseStore(env: Env, dataDir: string, problems: string[]): StoreConfig {
  const databaseUrl = read(env, 'DATABASE_URL') ?? null;
  if (databaseUrl !== null && !/^postgres(ql)?:\/\/./.test(databaseUrl)) problems.push(MALFORMED_DATABASE_URL);
  // Blank is unset (`STORE_PATH=` as .env.example has it): the default file in the data folder.
  const storePath = read(env, 'STORE_PATH') ?? join(dataDir, DEFAULT_STORE_FILE);
  const rawText = read(env, 'USAGE_LOG_TEXT')?.toLowerCase();
  if (rawText !== undefined && !['true', 'false', '1', '0'].includes(rawText)) problems.push(MALFORMED_USAGE_LOG_TEXT);
  return { databaseUrl, storePath, keepUsageText: rawText === 'true' || rawText === '1' };
}

/** All three OAuth settings, none (null), or a problem naming the missing ones. */
function parseOAuth(env: Env, problems: string[]): OAuthConfig | null {
  const clientId = read(env, 'SLACK_CLIENT_ID');
  const clientSecret = read(env, 'SLACK_CLIENT_SECRET');
  const stateSecret = read(env, 'SLACK_STATE_SECRET');
  const named = { SLACK_CLIENT_ID: clientId, SLACK_CLIENT_SECRET: clientSecret, SLACK_STATE_SECRET: stateSecret };
  const missing = Object.entries(named)
    .filter(([, value]) => value === undefined)
    .map(([key]) => key);
  if (missing.length === 3) return null;
  if (missing.length > 0) problems.push(PARTIAL_OAUTH(missing));
  if (stateSecret !== undefined && stateSecret.length < MIN_STATE_SECRET_LENGTH) problems.push(SHORT_STATE_SECRET);
  if (clientId === undefined || clientSecret === undefined || stateSecret === undefined) return null;
  return { clientId, clientSecret, stateSecret };
}

/**
 * Reads the app's configuration from the environment. The only reader of `process.env`.
 *
 * - No SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_TOKEN or SLACK_CLIENT_* → `console` mode.
 * - SLACK_BOT_TOKEN: one workspace; or SLACK_CLIENT_ID + SLACK_CLIENT_SECRET + SLACK_STATE_SECRET: installed
 *   through OAuth (/slack/install), tokens kept in the store. Never both.
 * - DATABASE_URL=postgres://… → the PostgreSQL store; otherwise the embedded file STORE_PATH.
 * - SLACK_APP_TOKEN set → `socket` mode (Socket Mode; no public URL needed).
 * - Otherwise → `http` mode on PORT (default 3000), path /slack/events.
 * - With Slack, HOST (default: all interfaces), SHUTDOWN_TIMEOUT_MS (default 10 s) and ANSWER_WORKERS (default 2);
 *   /health and /ready are served on PORT in both modes.
 *
 * @param env - the environment to read (defaults to `process.env`)
 * @returns the typed configuration
 * @throws ConfigError listing every missing or malformed key (never their values)
 * @example
 * loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' })
 * //=> { mode: 'http', botToken: 'xoxb-1', oauth: null, port: 3000, host: null, shutdownTimeoutMs: 10000, answerWorkers: 2,
 * //     logLevel: 'info', dataDir: 'data/', slackApiUrl: null,
 * //     store: { databaseUrl: null, storePath: 'data/.reportdesk-store.db', keepUsageText: false } }
 */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const logLevel = parseLogLevel(read(env, 'LOG_LEVEL'), problems);
  const dataDir = parseDataDir(env, problems);
  const store = parseStore(env, dataDir, problems);
  const slackApiUrl = parseApiUrl(read(env, 'SLACK_API_URL'), problems);
  const botToken = read(env, 'SLACK_BOT_TOKEN');
  const signingSecret = read(env, 'SLACK_SIGNING_SECRET');
  const appToken = read(env, 'SLACK_APP_TOKEN');
  const oauthProblems: string[] = [];
  const oauth = parseOAuth(env, oauthProblems);
  const oauthMentioned = oauth !== null || oauthProblems.length > 0;
  problems.push(...oauthProblems);
  // PORT matters in HTTP mode, and in Socket Mode for OAuth's install pages; the console listens on no port.
  const slackMode = botToken !== undefined || signingSecret !== undefined || appToken !== undefined || oauthMentioned;
  const portProblems: string[] = [];
  const port = parsePort(read(env, 'PORT'), portProblems);
  // PORT serves /health and /ready in Socket Mode too.
  if (slackMode) problems.push(...portProblems);
  const host = slackMode ? parseHost(read(env, 'HOST'), problems) : null;
  const shutdownTimeoutMs = slackMode
    ? parseWholeNumber(
        read(env, 'SHUTDOWN_TIMEOUT_MS'),
        DEFAULT_SHUTDOWN_TIMEOUT_MS,
        600_000,
        MALFORMED_SHUTDOWN_TIMEOUT,
        problems,
      )
    : DEFAULT_SHUTDOWN_TIMEOUT_MS;
  const answerWorkers = slackMode
    ? parseWholeNumber(read(env, 'ANSWER_WORKERS'), DEFAULT_ANSWER_WORKERS, 64, MALFORMED_WORKERS, problems)
    : DEFAULT_ANSWER_WORKERS;
  const listen = { host, shutdownTimeoutMs, answerWorkers };

  if (!slackMode) {
    if (problems.length > 0) throw new ConfigError(problems);
    return { mode: 'console', logLevel, dataDir, store };
  }

  if (botToken === undefined && !oauthMentioned) problems.push(MISSING_BOT_TOKEN);
  if (botToken !== undefined && !botToken.startsWith('xoxb-')) problems.push(MALFORMED_BOT_TOKEN);
  if (botToken !== undefined && oauthMentioned) problems.push(TOKEN_AND_OAUTH);
  if (appToken !== undefined && !appToken.startsWith('xapp-')) problems.push(MALFORMED_APP_TOKEN);
  if (appToken === undefined && signingSecret === undefined) problems.push(MISSING_SIGNING_SECRET);

  if (problems.length > 0) throw new ConfigError(problems);
  const auth = oauth !== null ? { botToken: null, oauth } : { botToken: botToken ?? null, oauth: null };
  if (appToken !== undefined) {
    return {
      mode: 'socket',
      ...auth,
      appToken,
      signingSecret: signingSecret ?? null,
      port,
      slackApiUrl,
      logLevel,
      dataDir,
      store,
      ...listen,
    };
  }
  if (signingSecret === undefined) throw new ConfigError([MISSING_SIGNING_SECRET]);
  return { mode: 'http', ...auth, signingSecret, port, slackApiUrl, logLevel, dataDir, store, ...listen };
}

/**
 * Only the store settings (DATABASE_URL, STORE_PATH, DATA_DIR, USAGE_LOG_TEXT), for tools that read the store
 * without running the app (`reportdesk feedback`): Slack settings are neither needed nor checked.
 * @param dataDir - a data folder given on the command line, in place of DATA_DIR
 * @throws ConfigError listing every malformed key
 * @example loadStoreConfig({}, 'fixtures/') //=> { databaseUrl: null, storePath: 'fixtures/.reportdesk-store.db', keepUsageText: false }
 */
export function loadStoreConfig(env: Env = process.env, dataDir?: string): StoreConfig {
  const problems: string[] = [];
  const dir = dataDir ?? parseDataDir(env, problems);
  const store = parseStore(env, dir, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return store;
}
