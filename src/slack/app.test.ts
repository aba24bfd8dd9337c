import { describe, expect, it } from 'vitest';
import { type AppDeps, createApp } from './app.js';

const deps = { reports: [], engine: {}, store: {} } as unknown as AppDeps;
const store = { databaseUrl: null, storePath: ':memory:', keepUsageText: false };
const common = {
  botToken: 'xoxb-test',
  oauth: null,
  slackApiUrl: 'http://127.0.0.1:1/api/',
  logLevel: 'error',
  dataDir: 'data/',
  store,
  port: 0,
  host: '127.0.0.1',
  shutdownTimeoutMs: 1000,
  answerWorkers: 0,
} as const;
const oauth = { clientId: '1.2', clientSecret: 'client-secret', stateSecret: 'a-state-secret-of-32-characters!' };

describe('createApp', () => {
  it('builds an HTTP app without starting it or calling Slack', () => {
    const { app } = createApp({ ...common, mode: 'http', signingSecret: 's' }, deps, { botId: 'B0', botUserId: 'U0' });
    expect(app.client.slackApiUrl).toBe('http://127.0.0.1:1/api/');
  });

  it('builds a Socket Mode app without connecting', () => {
    const { app } = createApp({ ...common, mode: 'socket', appToken: 'xapp-test', signingSecret: null }, deps, {
      botId: 'B0',
      botUserId: 'U0',
    });
    expect(app.client.slackApiUrl).toBe('http://127.0.0.1:1/api/');
  });

  it('builds an HTTP app that installs through OAuth, with no bot token of its own', () => {
    const { app } = createApp({ ...common, botToken: null, oauth, mode: 'http', signingSecret: 's' }, deps);
    expect(app.client.token).toBeUndefined();
  });

  it('builds a Socket Mode app that installs through OAuth', () => {
    const { app } = createApp(
      { ...common, botToken: null, oauth, mode: 'socket', appToken: 'xapp-test', signingSecret: null },
      deps,
    );
    expect(app.client.token).toBeUndefined();
  });
});
