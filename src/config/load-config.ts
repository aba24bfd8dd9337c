import {
  CONFIG_ERROR_HEADING,
  EMPTY_DATA_DIR,
  MALFORMED_API_URL,
  MALFORMED_APP_TOKEN,
  MALFORMED_BOT_TOKEN,
  MALFORMED_LOG_LEVEL,
  MALFORMED_PORT,
  MISSING_BOT_TOKEN,
  MISSING_SIGNING_SECRET,
} from './messages.js';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

export const DEFAULT_PORT = 3000;
export const DEFAULT_DATA_DIR = 'data/';
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
}

/** Slack posts to us at `http://…:port/slack/events`. */
export interface HttpConfig extends SlackCommonConfig {
  mode: 'http';
  signingSecret: string;
  port: number;
}

/** We open a WebSocket to Slack with the app-level token; nothing listens on a port. */
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
 *
 * @param env - the environment to read (defaults to `process.env`)
 * @returns the typed configuration
 * @throws ConfigError listing every missing or malformed key (never their values)
 * @example
 * loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' })
 * //=> { mode: 'http', port: 3000, logLevel: 'info', dataDir: 'data/', slackApiUrl: null, … }
 */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const logLevel = parseLogLevel(read(env, 'LOG_LEVEL'), problems);
  const dataDir = parseDataDir(env, problems);
  const slackApiUrl = parseApiUrl(read(env, 'SLACK_API_URL'), problems);
  const botToken = read(env, 'SLACK_BOT_TOKEN');
  const signingSecret = read(env, 'SLACK_SIGNING_SECRET');
  const appToken = read(env, 'SLACK_APP_TOKEN');
  // PORT matters only in HTTP mode: Socket Mode and the console listen on no port.
  const httpMode = appToken === undefined && (botToken !== undefined || signingSecret !== undefined);
  const port = httpMode ? parsePort(read(env, 'PORT'), problems) : DEFAULT_PORT;

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
    return { mode: 'socket', botToken, appToken, signingSecret: signingSecret ?? null, slackApiUrl, logLevel, dataDir };
  }
  if (signingSecret === undefined) throw new ConfigError([MISSING_SIGNING_SECRET]);
  return { mode: 'http', botToken, signingSecret, port, slackApiUrl, logLevel, dataDir };
}
