import { describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import type { AnswerDeps } from '../answers/answer-deps.js';

const deps = { reports: [], engine: {} } as unknown as AnswerDeps;
const common = {
  botToken: 'xoxb-test',
  slackApiUrl: 'http://127.0.0.1:1/api/',
  logLevel: 'error',
  dataDir: 'data/',
  port: 0,
  host: '127.0.0.1',
  shutdownTimeoutMs: 1000,
  answerWorkers: 0,
} as const;

describe('createApp', () => {
  it('builds an HTTP app without starting it or calling Slack', () => {
    const { app } = createApp({ ...common, mode: 'http', signingSecret: 's' }, deps, { botId: 'B0', botUserId: 'U0' });
    expect(app.client.slackApiUrl).toBe('http://127.0.0.1:1/api/');
  });

  it('builds a Socket Mode app without connecting', () => {
    const { app } = createApp({ ...common, mode: 'socket', appToken: 'xapp-test', signingSecret: null }, deps, { botId: 'B0', botUserId: 'U0' });
    expect(app.client.slackApiUrl).toBe('http://127.0.0.1:1/api/');
  });
});
