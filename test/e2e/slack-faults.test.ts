/**
 * Faults found when the running app was tried against a misbehaving stand-in Slack (issue 12): a Web API that is
 * down at start, posts answered after the client's deadline, rate limits, retried deliveries past the
 * de-duplication's capacity, forged timestamps and unsigned bodies. Each test holds one fix.
 */
import type { Logger } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { POST_UNCONFIRMED, RATE_LIMITED } from '../../src/slack/messages.js';
import type { RecordedCall } from './fake-slack.js';
import { type Harness, type HarnessOptions, startHarness } from './harness.js';
import { sendCommand, sendEvent, sendRaw } from './signed-request.js';

let harness: Harness | undefined;
let counter = 0;

async function start(options: HarnessOptions = {}): Promise<Harness> {
  harness = await startHarness(options);
  return harness;
}

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

function mention(text: string, channel = 'C123') {
  counter += 1;
  const ts = `1515449522.${String(counter).padStart(6, '0')}`;
  return {
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: `EvFault${counter}`,
    event_time: 1515449522,
    event: { type: 'app_mention', user: 'U061F7AUR', text, ts, event_ts: ts, channel, team: 'T1' },
    authorizations: [{ enterprise_id: null, team_id: 'T1', user_id: 'U0', is_bot: true, is_enterprise_install: false }],
  };
}

function repliesTo(ts: string): (call: RecordedCall) => boolean {
  return (call) => call.method === 'chat.postMessage' && call.args.thread_ts === ts;
}

/** A logger that keeps every line it is given, as text, for tests that read what was logged. */
function recordingLogger(lines: string[]): Logger {
  const keep =
    (level: string) =>
    (...parts: unknown[]) => {
      lines.push(
        `${level} ${parts.map((part) => (part instanceof Error ? `${part.message}\n${part.stack}` : String(part))).join(' ')}`,
      );
    };
  return {
    debug: keep('debug'),
    info: keep('info'),
    warn: keep('warn'),
    error: keep('error'),
    setLevel: () => undefined,
    getLevel: () => 'debug' as ReturnType<Logger['getLevel']>,
    setName: () => undefined,
  };
}

describe('a Web API that is down when the app starts', () => {
  it('is not ready while auth.test fails, then recovers by itself and answers', async () => {
    const app = await start({
      authTest: true,
      authRetryMs: 20,
      prepare: (slack) => {
        for (let i = 0; i < 3; i += 1) slack.failNext('auth.test', 'internal_error', 500);
      },
    });
    const notReady = await fetch(`${app.baseUrl}/ready`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({ ready: false, reason: expect.stringContaining('Slack') });

    await app.slack.waitFor((calls) => calls.filter((call) => call.method === 'auth.test').length >= 4);
    let status = 0;
    for (let i = 0; i < 100 && status !== 200; i += 1) {
      status = (await fetch(`${app.baseUrl}/ready`)).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(status).toBe(200);

    const body = mention('<@U0> Atyrau');
    expect((await sendEvent(app.url, body)).status).toBe(200);
    const calls = await app.slack.waitFor((all) => all.some(repliesTo(body.event.ts)));
    expect(calls.filter(repliesTo(body.event.ts))).toHaveLength(1);
  });
});

describe('/health', () => {
  it('says the process is alive', async () => {
    const app = await start();
    const response = await fetch(`${app.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect((await fetch(`${app.baseUrl}/ready`)).status).toBe(200);
  });
});

describe('a post that Slack answers after the deadline', () => {
  it('is never sent twice; the asker is told privately that it may not have landed', async () => {
    const app = await start({ retries: 3, slackCallTimeoutMs: 200 });
    app.slack.hangNext('chat.postMessage');
    const body = mention('<@U0> Boralday');
    await sendEvent(app.url, body);
    await app.slack.waitFor((calls) => calls.some((call) => call.method === 'chat.postEphemeral'), 4000);
    // A sentinel answered after the note proves the app is done with the first mention.
    const sentinel = mention('<@U0> Atyrau');
    await sendEvent(app.url, sentinel);
    const calls = await app.slack.waitFor((all) => all.some(repliesTo(sentinel.event.ts)), 4000);
    expect(calls.filter(repliesTo(body.event.ts))).toHaveLength(1);
    const notes = calls.filter((call) => call.method === 'chat.postEphemeral');
    expect(notes.map((call) => call.args.text)).toEqual([POST_UNCONFIRMED]);
  });
});

describe('a 429 on one channel', () => {
  it('holds back only that channel, and tells its asker it is a rate limit', async () => {
    const app = await start();
    app.slack.failNext('chat.postMessage', 'ratelimited', 429, 30);
    const limited = mention('<@U0> Atyrau', 'CLIMITED');
    await sendEvent(app.url, limited);
    const notes = await app.slack.waitFor((calls) => calls.some((call) => call.method === 'chat.postEphemeral'));
    expect(notes.find((call) => call.method === 'chat.postEphemeral')?.args.text).toBe(RATE_LIMITED);

    // Another channel is answered at once (the limited one waits 30 s).
    const other = mention('<@U0> Boralday', 'COTHER');
    await sendEvent(app.url, other);
    await app.slack.waitFor((calls) => calls.some(repliesTo(other.event.ts)));

    // The limited channel is not hammered: its next answer goes privately without trying to post there.
    const again = mention('<@U0> Kenkiyak', 'CLIMITED');
    await sendEvent(app.url, again);
    const calls = await app.slack.waitFor(
      (all) => all.filter((call) => call.method === 'chat.postEphemeral').length >= 4,
    );
    expect(calls.filter((call) => call.method === 'chat.postMessage' && call.args.channel === 'CLIMITED')).toHaveLength(
      1,
    );
  });
});

describe('retry de-duplication', () => {
  it('claims each message once per delivery (one store entry per message, not two)', async () => {
    const claims: string[] = [];
    const claimed = new Set<string>();
    const app = await start({
      claim: async (key) => {
        claims.push(key);
        if (claimed.has(key)) return false;
        claimed.add(key);
        return true;
      },
    });
    const body = mention('<@U0> Atyrau');
    await sendEvent(app.url, body);
    await app.slack.waitFor((calls) => calls.some(repliesTo(body.event.ts)));
    await sendEvent(app.url, body, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    const sentinel = mention('<@U0> Boralday');
    await sendEvent(app.url, sentinel);
    const calls = await app.slack.waitFor((all) => all.some(repliesTo(sentinel.event.ts)));
    expect(calls.filter(repliesTo(body.event.ts))).toHaveLength(1);
    const key = `message:C123:${body.event.ts}`;
    expect(claims.filter((claim) => claim.includes(body.event.ts) || claim.includes(body.event_id))).toEqual([
      key,
      key,
    ]);
  });
});

describe('a slash command claimed in a slow store', () => {
  /** A claim the test settles by hand: the store's round trip, as slow as a busy PostgreSQL makes it. */
  function heldClaim() {
    const settle: Array<(won: boolean) => void> = [];
    const keys: string[] = [];
    const claim = (key: string) =>
      new Promise<boolean>((resolve) => {
        keys.push(key);
        settle.push(resolve);
      });
    return { claim, keys, settle: (won: boolean) => settle.shift()?.(won) };
  }

  function incident(id: string, responseUrl: string) {
    return {
      command: '/incident',
      text: 'Atyrau',
      user_id: 'U061F7AUR',
      channel_id: 'C123',
      team_id: 'T1',
      trigger_id: `claim.${id}`,
      response_url: responseUrl,
    };
  }

  it('is acknowledged before its claim returns, and answered once the claim is won', async () => {
    const held = heldClaim();
    const app = await start({ claim: held.claim });
    const ack = await sendCommand(app.url, incident('won', app.slack.responseUrl('won')));
    expect([ack.status, held.keys]).toEqual([200, ['command:claim.won']]);
    expect(app.slack.calls.filter((call) => call.method === 'response_url')).toEqual([]);
    held.settle(true);
    const calls = await app.slack.waitFor((all) => all.some((call) => call.path === '/response/won'));
    expect(calls.filter((call) => call.path === '/response/won')).toHaveLength(1);
  });

  it('is acknowledged and not answered when another copy holds its claim', async () => {
    const lines: string[] = [];
    const held = heldClaim();
    const app = await start({ claim: held.claim, logger: recordingLogger(lines) });
    expect((await sendCommand(app.url, incident('lost', app.slack.responseUrl('lost')))).status).toBe(200);
    held.settle(false);
    // A later command, answered, shows the first had its chance to answer.
    expect((await sendCommand(app.url, incident('next', app.slack.responseUrl('next')))).status).toBe(200);
    held.settle(true);
    const calls = await app.slack.waitFor((all) => all.some((call) => call.path === '/response/next'));
    expect(calls.filter((call) => call.path === '/response/lost')).toEqual([]);
    expect(lines.filter((line) => line.includes('skipping a repeated delivery'))).toEqual([
      'info skipping a repeated delivery command:claim.lost',
    ]);
  });
});

describe('requests that are not signed as Slack signs them', () => {
  it('rejects a timestamp more than 5 minutes in the future with 401', async () => {
    const app = await start();
    const future = Math.floor(Date.now() / 1000) + 3600;
    expect((await sendEvent(app.url, mention('<@U0> Atyrau'), { timestamp: future })).status).toBe(401);
    expect(app.slack.calls).toEqual([]);
  });

  it('checks the signature before reading the body: unsigned {} and a large unsigned body get 401, logged without a stack', async () => {
    const lines: string[] = [];
    const app = await start({ logger: recordingLogger(lines) });
    const unsigned = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(unsigned.status).toBe(401);
    const large = JSON.stringify({ event: { text: 'x'.repeat(200_000) } });
    expect((await sendRaw(app.url, large, 'application/json', { signature: `v0=${'0'.repeat(64)}` })).status).toBe(401);
    expect(lines.filter((line) => line.includes('    at '))).toEqual([]);
  });
});
