/** The JSON log of a running app: one line per request with what an operator needs, and nothing people wrote. */
import { LogLevel } from '@slack/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJsonLogger } from '../../src/slack/json-logger.js';
import { type Harness, startHarness } from './harness.js';
import { SIGNING_SECRET, sendCommand, sendEvent } from './signed-request.js';

const lines: string[] = [];
let harness: Harness;

beforeAll(async () => {
  // Debug: the most Bolt and the Web API client ever log.
  const logger = createJsonLogger(LogLevel.DEBUG, { write: (line: string) => lines.push(line) });
  harness = await startHarness({ logger });
});
afterAll(() => harness.close());

describe('the JSON log', () => {
  it('has one line per request with id, team, entry point, latency and outcome, and never a token, secret or message text', async () => {
    const ts = '1515449522.000777';
    await sendEvent(harness.url, {
      team_id: 'T1',
      api_app_id: 'A1',
      type: 'event_callback',
      event_id: 'EvLog1',
      event_time: 1515449522,
      event: {
        type: 'app_mention',
        user: 'U061F7AUR',
        text: '<@U0> quokkaword who claimed the Atyrau bombings?',
        ts,
        event_ts: ts,
        channel: 'C123',
      },
      authorizations: [
        { enterprise_id: null, team_id: 'T1', user_id: 'U0', is_bot: true, is_enterprise_install: false },
      ],
    });
    await sendCommand(harness.url, {
      team_id: 'T1',
      channel_id: 'C1',
      user_id: 'U2',
      command: '/incident',
      text: 'Atyrau wombatword',
      response_url: harness.slack.responseUrl('log-1'),
      trigger_id: '1.2.3',
    });
    await harness.slack.waitFor(
      (calls) =>
        calls.some((call) => call.args.thread_ts === ts) && calls.some((call) => call.method === 'response_url'),
    );
    for (let i = 0; i < 100 && lines.filter((line) => line.includes('"outcome"')).length < 2; i += 1)
      await new Promise((resolve) => setTimeout(resolve, 10));

    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const requests = records.filter((record) => record.msg === 'request');
    expect(requests.map((record) => [record.team, record.entry, record.outcome])).toEqual(
      expect.arrayContaining([
        ['T1', 'event app_mention', 'answered'],
        ['T1', 'command /incident', 'answered'],
      ]),
    );
    for (const record of requests) {
      expect(record.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(record.latencyMs).toEqual(expect.any(Number));
    }
    const all = lines.join('\n');
    for (const secret of ['xoxb-test', SIGNING_SECRET, 'quokkaword', 'wombatword']) expect(all).not.toContain(secret);
  });
});
