import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config.js';
import {
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
  MALFORMED_DATABASE_URL,
  MALFORMED_USAGE_LOG_TEXT,
  PARTIAL_OAUTH,
  SHORT_STATE_SECRET,
  TOKEN_AND_OAUTH,
} from './messages.js';

const EMBEDDED_IN_DATA = { databaseUrl: null, storePath: join('data', '.reportdesk-store.db'), keepUsageText: false };
const OAUTH_ENV = {
  SLACK_CLIENT_ID: '123.456',
  SLACK_CLIENT_SECRET: 'client-secret',
  SLACK_STATE_SECRET: 'state-secret-0123456789',
};

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('returns console mode when no Slack token is set', () => {
    expect(loadConfig({})).toEqual({ mode: 'console', logLevel: 'info', dataDir: 'data/', store: EMBEDDED_IN_DATA });
  });

  it('returns http mode with defaults', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 'secret' })).toEqual({
      mode: 'http',
      botToken: 'xoxb-1',
      oauth: null,
      signingSecret: 'secret',
      port: 3000,
      host: null,
      shutdownTimeoutMs: 10_000,
      answerWorkers: 2,
      slackApiUrl: null,
      logLevel: 'info',
      dataDir: 'data/',
      store: EMBEDDED_IN_DATA,
    });
  });

  it('returns socket mode when SLACK_APP_TOKEN is set, signing secret optional', () => {
    expect(
      loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', LOG_LEVEL: 'DEBUG', DATA_DIR: 'reports' }),
    ).toEqual({
      mode: 'socket',
      botToken: 'xoxb-1',
      oauth: null,
      appToken: 'xapp-1',
      signingSecret: null,
      port: 3000,
      slackApiUrl: null,
      logLevel: 'debug',
      dataDir: 'reports',
      host: null,
      shutdownTimeoutMs: 10_000,
      answerWorkers: 2,
      store: { databaseUrl: null, storePath: join('reports', '.reportdesk-store.db'), keepUsageText: false },
    });
  });

  it('reads PORT and SLACK_API_URL (adding the trailing slash the WebClient needs)', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 's',
      PORT: '8080',
      SLACK_API_URL: 'http://127.0.0.1:9/api',
    });
    expect(config).toMatchObject({ mode: 'http', port: 8080, slackApiUrl: 'http://127.0.0.1:9/api/' });
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: '', SLACK_SIGNING_SECRET: ' ', SLACK_APP_TOKEN: '', PORT: '' }).mode).toBe(
      'console',
    );
  });
});

describe('edge cases', () => {
  it('lists every problem at once', () => {
    expect(
      problemsOf({
        SLACK_BOT_TOKEN: 'xoxp-user',
        SLACK_SIGNING_SECRET: 's',
        PORT: 'eighty',
        LOG_LEVEL: 'loud',
        SLACK_API_URL: 'ftp://x',
      }),
    ).toEqual([MALFORMED_LOG_LEVEL, MALFORMED_API_URL, MALFORMED_PORT, MALFORMED_BOT_TOKEN]);
    expect(problemsOf({ SLACK_BOT_TOKEN: 'xoxp-user', SLACK_APP_TOKEN: 'nope', LOG_LEVEL: 'loud' })).toEqual([
      MALFORMED_LOG_LEVEL,
      MALFORMED_BOT_TOKEN,
      MALFORMED_APP_TOKEN,
    ]);
  });

  it('names the missing half of a partial setup', () => {
    expect(problemsOf({ SLACK_SIGNING_SECRET: 's' })).toEqual([MISSING_BOT_TOKEN]);
    expect(problemsOf({ SLACK_BOT_TOKEN: 'xoxb-1' })).toEqual([MISSING_SIGNING_SECRET]);
  });

  it('rejects ports out of range and non-URLs', () => {
    expect(problemsOf({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: '70000' })).toEqual([
      MALFORMED_PORT,
    ]);
    expect(problemsOf({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'not a url' })).toEqual([
      MALFORMED_API_URL,
    ]);
  });

  it('never puts a secret in the error message', () => {
    const secret = 'xoxp-very-secret-value';
    let message = '';
    try {
      loadConfig({
        SLACK_BOT_TOKEN: secret,
        SLACK_SIGNING_SECRET: 'signing-secret-value',
        SLACK_APP_TOKEN: 'xoxa-app-secret',
      });
    } catch (error) {
      message = String(error instanceof Error ? error.message : error);
    }
    expect(message).toContain('SLACK_BOT_TOKEN');
    expect(message).not.toContain(secret);
    expect(message).not.toContain('signing-secret-value');
    expect(message).not.toContain('xoxa-app-secret');
  });

  it('is a named ConfigError with a code', () => {
    try {
      loadConfig({ LOG_LEVEL: 'x' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).name).toBe('ConfigError');
      expect((error as ConfigError).code).toBe('config_error');
    }
  });
});

describe('loadConfig and PORT', () => {
  it('ignores PORT in the console, where nothing listens on a port', () => {
    expect(loadConfig({ PORT: 'eighty' }).mode).toBe('console');
  });
  it('reads PORT in Socket Mode too (/health and /ready), with HOST, SHUTDOWN_TIMEOUT_MS and ANSWER_WORKERS', () => {
    expect(
      loadConfig({
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_APP_TOKEN: 'xapp-1',
        PORT: '8081',
        HOST: '127.0.0.1',
        SHUTDOWN_TIMEOUT_MS: '2500',
        ANSWER_WORKERS: '0',
      }),
    ).toMatchObject({ mode: 'socket', port: 8081, host: '127.0.0.1', shutdownTimeoutMs: 2500, answerWorkers: 0 });
  });
  it('rejects a malformed HOST, SHUTDOWN_TIMEOUT_MS or ANSWER_WORKERS, naming each', () => {
    expect(
      problemsOf({
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_SIGNING_SECRET: 's',
        HOST: 'a b',
        SHUTDOWN_TIMEOUT_MS: '-1',
        ANSWER_WORKERS: 'many',
      }),
    ).toEqual([MALFORMED_HOST, MALFORMED_SHUTDOWN_TIMEOUT, MALFORMED_WORKERS]);
  });
  it('still rejects a bad PORT in HTTP mode', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: '99999' })).toThrow(
      /PORT must be a whole number/,
    );
  });
});

describe('loadConfig and the store', () => {
  it('reads DATABASE_URL, STORE_PATH and USAGE_LOG_TEXT', () => {
    expect(
      loadConfig({
        DATABASE_URL: 'postgres://u:p@db:5432/reportdesk',
        STORE_PATH: '/var/lib/x.db',
        USAGE_LOG_TEXT: 'TRUE',
      }),
    ).toEqual({
      mode: 'console',
      logLevel: 'info',
      dataDir: 'data/',
      store: { databaseUrl: 'postgres://u:p@db:5432/reportdesk', storePath: '/var/lib/x.db', keepUsageText: true },
    });
  });

  it('reads blank store settings, as .env.example has them, as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', STORE_PATH: ' ', USAGE_LOG_TEXT: '' })).toMatchObject({
      store: EMBEDDED_IN_DATA,
    });
  });

  it('rejects a DATABASE_URL that is not PostgreSQL and a USAGE_LOG_TEXT that is not a boolean', () => {
    expect(problemsOf({ DATABASE_URL: 'mysql://db/x', USAGE_LOG_TEXT: 'sometimes' })).toEqual([
      MALFORMED_DATABASE_URL,
      MALFORMED_USAGE_LOG_TEXT,
    ]);
  });
});

describe('loadConfig and OAuth', () => {
  it('installs through OAuth when the client id, client secret and state secret are set, with no bot token', () => {
    expect(loadConfig({ ...OAUTH_ENV, SLACK_SIGNING_SECRET: 's' })).toMatchObject({
      mode: 'http',
      botToken: null,
      oauth: { clientId: '123.456', clientSecret: 'client-secret', stateSecret: 'state-secret-0123456789' },
    });
  });

  it('installs through OAuth in Socket Mode, serving the install pages on PORT', () => {
    expect(loadConfig({ ...OAUTH_ENV, SLACK_APP_TOKEN: 'xapp-1', PORT: '8080' })).toMatchObject({
      mode: 'socket',
      botToken: null,
      port: 8080,
    });
  });

  it('lists every OAuth problem in one error', () => {
    expect(
      problemsOf({
        SLACK_CLIENT_ID: '1.2',
        SLACK_STATE_SECRET: 'short',
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_SIGNING_SECRET: 's',
      }),
    ).toEqual([PARTIAL_OAUTH(['SLACK_CLIENT_SECRET']), SHORT_STATE_SECRET, TOKEN_AND_OAUTH]);
  });

  it('never puts the client secret or state secret in the error message', () => {
    const error = (() => {
      try {
        loadConfig({ ...OAUTH_ENV, SLACK_BOT_TOKEN: 'xoxb-1' });
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(String(error)).not.toContain('client-secret');
    expect(String(error)).not.toContain('state-secret-0123456789');
  });
});
