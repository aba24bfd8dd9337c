/**
 * Retry de-duplication shared by every copy of the app: the same signed event delivered to two copies on one
 * PostgreSQL (and then Slack's retry, X-Slack-Retry-Num: 1, to the second after the first answered) is answered
 * exactly once. The same for one copy on the embedded store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIM_LEASE_MS } from '../../src/slack/claim-delivery.js';
import { openLibsqlDriver } from '../../src/store/libsql-driver.js';
import { openStore } from '../../src/store/open-store.js';
import { createSqlStore } from '../../src/store/sql-store.js';
import type { Store } from '../../src/store/store.js';
import { createTestDatabase, NO_POSTGRES, type TestDatabase } from '../support/postgres.js';
import { createRecordingLogger, type RecordingLogger, waitUntil } from '../support/recording-logger.js';
import { type FakeSlack, type RecordedCall, startFakeSlack } from './fake-slack.js';
import { type Harness, startHarness } from './harness.js';
import { sendEvent } from './signed-request.js';

let counter = 0;

function mentionEnvelope(text: string) {
  counter += 1;
  const ts = `1715449522.${String(counter).padStart(6, '0')}`;
  return {
    token: 'legacy',
    team_id: 'T1',
    api_app_id: 'A1',
    event: { type: 'app_mention', user: 'U061F7AUR', text, ts, event_ts: ts, channel: 'C123', team: 'T1' },
    type: 'event_callback',
    event_id: `EvShared${Date.now()}x${counter}`,
    event_time: 1715449522,
    authorizations: [{ enterprise_id: null, team_id: 'T1', user_id: 'U0', is_bot: true, is_enterprise_install: false }],
  };
}

const RETRY = { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } };

function repliesTo(slack: FakeSlack, ts: string): RecordedCall[] {
  return slack.calls.filter((call) => call.method === 'chat.postMessage' && call.args.thread_ts === ts);
}

/** A person's message is claimed by conversation and ts (one claim per message, however many event ids it has). */
function skips(loggers: RecordingLogger[], body: ReturnType<typeof mentionEnvelope>): string[] {
  const key = `message:${body.event.channel}:${body.event.ts}`;
  return loggers.flatMap((logger) =>
    logger.lines.filter((line) => line.includes(`skipping a repeated delivery ${key}`)),
  );
}

/** Sends one event to every copy at once, then the retry to the last copy once an answer is out. */
async function deliverTwiceAndRetry(copies: Harness[], slack: FakeSlack, loggers: RecordingLogger[]) {
  const body = mentionEnvelope('<@U0> Atyrau');
  const first = await Promise.all(copies.map((copy) => sendEvent(copy.url, body)));
  await waitUntil(
    () => repliesTo(slack, body.event.ts).length > 0,
    () => JSON.stringify(slack.calls.map((c) => c.method)),
  );
  const last = copies[copies.length - 1];
  if (last === undefined) throw new Error('no copies');
  const retry = await sendEvent(last.url, body, RETRY);
  // Every delivery but one is skipped, and says so: only then is there nothing left that could still answer.
  const expectedSkips = copies.length;
  await waitUntil(
    () => skips(loggers, body).length === expectedSkips,
    () => loggers.flatMap((l) => l.lines).join('\n'),
  );
  return { statuses: [...first, retry].map((response) => response.status), replies: repliesTo(slack, body.event.ts) };
}

describe.skipIf(NO_POSTGRES)('two copies of the app on one PostgreSQL', () => {
  let database: TestDatabase | undefined;
  let slack: FakeSlack | undefined;
  const stores: Store[] = [];
  const copies: Harness[] = [];
  const loggers = [createRecordingLogger(), createRecordingLogger()];

  beforeAll(async () => {
    database = await createTestDatabase();
    slack = await startFakeSlack();
    for (const logger of loggers) {
      const store = await openStore({ databaseUrl: database.url, storePath: ':memory:' });
      stores.push(store);
      copies.push(await startHarness({ store, slack, logger }));
    }
  });
  afterAll(async () => {
    for (const copy of copies) await copy.close();
    for (const store of stores) await store.close();
    await slack?.close();
    await database?.drop();
  });

  it('answers the same event sent to both copies, and its retry to the second, exactly once', async () => {
    if (slack === undefined) throw new Error('beforeAll starts the fake Slack');
    const { statuses, replies } = await deliverTwiceAndRetry(copies, slack, loggers);
    expect(statuses).toEqual([200, 200, 200]);
    expect(replies).toHaveLength(1);
    expect(slack.violations).toEqual([]);
  });

  it('answers each of many different events once, whichever copy gets it', async () => {
    if (slack === undefined) throw new Error('beforeAll starts the fake Slack');
    const bodies = Array.from({ length: 6 }, () => mentionEnvelope('<@U0> Boralday'));
    await Promise.all(bodies.flatMap((body) => copies.map((copy) => sendEvent(copy.url, body))));
    const current = slack;
    await waitUntil(
      () => bodies.every((body) => skips(loggers, body).length === 1 && repliesTo(current, body.event.ts).length > 0),
      () => loggers.flatMap((l) => l.lines).join('\n'),
    );
    expect(bodies.map((body) => repliesTo(current, body.event.ts).length)).toEqual([1, 1, 1, 1, 1, 1]);
  });
});

describe('one copy on the embedded store', () => {
  let copy: Harness | undefined;
  const logger = createRecordingLogger();
  beforeAll(async () => {
    copy = await startHarness({ logger });
  });
  afterAll(async () => {
    await copy?.close();
  });

  it('answers an event delivered twice, and its retry, exactly once', async () => {
    if (copy === undefined) throw new Error('beforeAll starts the app');
    expect(copy.deps.store.kind).toBe('embedded');
    const { statuses, replies } = await deliverTwiceAndRetry([copy, copy], copy.slack, [logger]);
    expect(statuses).toEqual([200, 200, 200]);
    expect(replies).toHaveLength(1);
  });
});

describe('a copy that stops mid-answer', () => {
  let time = Date.now();
  let renewals = 0;
  let store: Store | undefined;
  let slack: FakeSlack | undefined;
  const copies: Harness[] = [];
  const loggers = [createRecordingLogger(), createRecordingLogger()];

  beforeAll(async () => {
    const shared = await createSqlStore(await openLibsqlDriver(':memory:'), { now: () => time });
    store = {
      ...shared,
      extendClaim: (key, ttlMs) => {
        renewals += 1;
        return shared.extendClaim(key, ttlMs);
      },
    };
    slack = await startFakeSlack();
  });
  afterAll(async () => {
    for (const copy of copies) await copy.close();
    await slack?.close();
    await store?.close();
  });

  /** Copy A's post hangs (no Slack call deadline): A is stuck answering, renewing its lease every `renewMs`. */
  async function stuckAnswer(renewMs: number) {
    if (store === undefined || slack === undefined) throw new Error('beforeAll opens the store and the fake Slack');
    for (const copy of copies.splice(0)) await copy.close();
    slack.reset();
    for (const [i, logger] of loggers.entries()) {
      logger.lines.length = 0;
      const options = i === 0 ? { leaseRenewMs: renewMs, slackCallTimeoutMs: 600_000 } : {};
      copies.push(await startHarness({ store, slack, logger, ...options }));
    }
    const [a, b] = copies;
    if (a === undefined || b === undefined) throw new Error('two copies');
    slack.hangNext('chat.postMessage');
    const body = mentionEnvelope('<@U0> Atyrau');
    expect((await sendEvent(a.url, body)).status).toBe(200);
    const current = slack;
    await waitUntil(
      () => repliesTo(current, body.event.ts).length === 1,
      () => JSON.stringify(current.calls.map((c) => c.method)),
    );
    return { b, body, slack: current };
  }

  it('lets another copy answer a later retry once its lease lapses unrenewed (as when the copy died)', async () => {
    const { b, body, slack: current } = await stuckAnswer(3_600_000);
    time += 3_000;
    await sendEvent(b.url, body, RETRY);
    await waitUntil(
      () => skips([loggers[1] ?? createRecordingLogger()], body).length === 1,
      () => loggers[1]?.lines.join('\n') ?? '',
    );
    // Slack's next retry comes about a minute later: the lease (half a minute) has lapsed.
    time += 60_000;
    await sendEvent(b.url, body, { headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' } });
    await waitUntil(
      () => repliesTo(current, body.event.ts).length === 2,
      () => JSON.stringify(current.calls.map((c) => c.method)),
    );
    expect(skips(loggers, body)).toHaveLength(1);
  });

  it('keeps the claim while the copy answering it is alive and renewing, past the lease', async () => {
    const { b, body, slack: current } = await stuckAnswer(20);
    time += CLAIM_LEASE_MS + 60_000;
    const before = renewals;
    await waitUntil(
      () => renewals > before + 1,
      () => `renewals: ${renewals}`,
    );
    await sendEvent(b.url, body, RETRY);
    await waitUntil(
      () => skips(loggers, body).length === 1,
      () => loggers.flatMap((l) => l.lines).join('\n'),
    );
    expect(repliesTo(current, body.event.ts)).toHaveLength(1);
  });
});
