import {
  CONFIG_ERROR_HEADING,
  EMPTY_DATA_DIR,
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

interface CommonConfig {
  logLevel: LogLevelName;
  dataDir: string;
}

/** No Slack tokens at all: run the local console instead of connecting to Slack. */
export interface ConsoleConfig extends CommonConfig {
  mode: 'console';
}

interface SlackCommonConfig extends CommonConfig {
  botToken: string;
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

/** We open a WebSocket to Slack with the app-level token; the port serves only /health and /ready. */
export interface SocketConfig extends SlackCommonConfig {
  mode: 'socket';
  appToken: string;
  signingSecret: string | null;
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

function parseWholeNumber(value: string | undefined, fallback: number, max: number, problem: string, problems: string[]): number {
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

/**
 * Reads the app's configuration from the environment. The only reader of `process.env`.
 *
 * - No SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET or SLACK_APP_TOKEN → `console` mode.
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
 * //=> { mode: 'http', port: 3000, host: null, shutdownTimeoutMs: 10000, answerWorkers: 2, logLevel: 'info', dataDir: 'data/', slackApiUrl: null, … }
 */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const logLevel = parseLogLevel(read(env, 'LOG_LEVEL'), problems);
  const dataDir = parseDataDir(env, problems);
  const slackApiUrl = parseApiUrl(read(env, 'SLACK_API_URL'), problems);
  const botToken = read(env, 'SLACK_BOT_TOKEN');
  const signingSecret = read(env, 'SLACK_SIGNING_SECRET');
  const appToken = read(env, 'SLACK_APP_TOKEN');
  // PORT, HOST and the rest matter only with Slack: the console listens on no port.
  const slackMode = botToken !== undefined || signingSecret !== undefined || appToken !== undefined;
  const port = slackMode ? parsePort(read(env, 'PORT'), problems) : DEFAULT_PORT;
  const host = slackMode ? parseHost(read(env, 'HOST'), problems) : null;
  const shutdownTimeoutMs = slackMode
    ? parseWholeNumber(read(env, 'SHUTDOWN_TIMEOUT_MS'), DEFAULT_SHUTDOWN_TIMEOUT_MS, 600_000, MALFORMED_SHUTDOWN_TIMEOUT, problems)
    : DEFAULT_SHUTDOWN_TIMEOUT_MS;
  const answerWorkers = slackMode
    ? parseWholeNumber(read(env, 'ANSWER_WORKERS'), DEFAULT_ANSWER_WORKERS, 64, MALFORMED_WORKERS, problems)
    : DEFAULT_ANSWER_WORKERS;
  const listen = { port, host, shutdownTimeoutMs, answerWorkers };

  if (botToken === undefined && signingSecret === undefined && appToken === undefined) {
    if (problems.length > 0) throw new ConfigError(problems);
    return { mode: 'console', logLevel, dataDir };
  }

  if (botToken === undefined) problems.push(MISSING_BOT_TOKEN);
  else if (!botToken.startsWith('xoxb-')) problems.push(MALFORMED_BOT_TOKEN);
  if (appToken !== undefined && !appToken.startsWith('xapp-')) problems.push(MALFORMED_APP_TOKEN);
  if (appToken === undefined && signingSecret === undefined) problems.push(MISSING_SIGNING_SECRET);

  if (problems.length > 0 || botToken === undefined) throw new ConfigError(problems);
  if (appToken !== undefined) {
    return { mode: 'socket', botToken, appToken, signingSecret: signingSecret ?? null, slackApiUrl, logLevel, dataDir, ...listen };
  }
  if (signingSecret === undefined) throw new ConfigError([MISSING_SIGNING_SECRET]);
  return { mode: 'http', botToken, signingSecret, slackApiUrl, logLevel, dataDir, ...listen };
}
