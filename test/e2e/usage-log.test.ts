/** The usage log through the real app: one row per answered command, with its kind, hit, team, and no text. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from '../support/recording-logger.js';
import { type Harness, startHarness } from './harness.js';
import { sendCommand } from './signed-request.js';

let harness: Harness | undefined;
function app(): Harness {
  if (harness === undefined) throw new Error('beforeAll starts the app');
  return harness;
}
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

function incident(text: string, id: string) {
  return sendCommand(app().url, {
    team_id: 'T1',
    channel_id: 'C1',
    user_id: 'U1',
    command: '/incident',
    text,
    response_url: app().slack.responseUrl(id),
    trigger_id: `usage.${id}`,
  });
}

describe('usage log', () => {
  it('records each command with its kind, whether it found anything and the team, and never its text by default', async () => {
    await incident('Atyrau', 'hit');
    await waitUntil(
      () => app().slack.calls.length === 1,
      () => JSON.stringify(app().slack.calls.map((c) => c.method)),
    );
    await incident('qqqxxzz', 'miss');
    const store = app().deps.store;
    let rows = await store.listUsage();
    for (let i = 0; i < 300 && rows.length < 2; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      rows = await store.listUsage();
    }
    const byHit = [...rows].sort((a, b) => Number(b.hit) - Number(a.hit));
    expect(byHit.map(({ kind, hit, teamId, text }) => ({ kind, hit, teamId, text }))).toEqual([
      { kind: 'command:/incident', hit: true, teamId: 'T1', text: null },
      { kind: 'command:/incident', hit: false, teamId: 'T1', text: null },
    ]);
    expect(rows.every((row) => row.latencyMs >= 0)).toBe(true);
  });
});
