import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import { runCli } from './run-cli.js';
import { FEEDBACK_COUNT, NO_FEEDBACK, NO_STORE_FILE, VOTE_LABEL } from './messages.js';

const reportdesk = runCli;

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'reportdesk-feedback-'));
  dirs.push(dir);
  return dir;
}

let data = '';
beforeAll(async () => {
  data = tempDir();
  const store = await openStore({ databaseUrl: null, storePath: path.join(data, '.reportdesk-store.db') });
  const base = { teamId: 'T1', userId: 'U1' };
  await store.saveFeedback({
    ...base,
    answerId: 'incident-aaaaaaaaaaaa',
    vote: 'up',
    text: null,
    query: 'Atyrau',
    at: Date.UTC(2026, 11, 1, 9, 30),
  });
  await store.saveFeedback({
    ...base,
    answerId: 'ask-bbbbbbbbbbbb',
    vote: 'down',
    text: 'It missed the Taraz\nattack',
    query: 'who attacked Taraz?',
    at: Date.UTC(2026, 11, 1, 10, 45),
  });
  await store.close();
});

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('reportdesk feedback', () => {
  it('lists the kept votes newest first: time, vote, query, answer id, text', async () => {
    const { stdout, stderr, code } = await reportdesk({}, 'feedback', '--data', data);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(FEEDBACK_COUNT(2, path.join(data, '.reportdesk-store.db')));
    expect(lines).toHaveLength(5);
    expect(lines[3]?.split(/\s{2,}/)).toEqual([
      '2026-12-01 10:45',
      VOTE_LABEL.down,
      'who attacked Taraz?',
      'ask-bbbbbbbbbbbb',
      'It missed the Taraz attack',
    ]);
    expect(lines[4]?.split(/\s{2,}/)).toEqual(['2026-12-01 09:30', VOTE_LABEL.up, 'Atyrau', 'incident-aaaaaaaaaaaa']);
  });

  it('prints JSON with --json, and --limit keeps the newest', async () => {
    const { stdout, code } = await reportdesk({}, 'feedback', '--json', '--limit', '1', '--data', data);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      {
        answerId: 'ask-bbbbbbbbbbbb',
        userId: 'U1',
        teamId: 'T1',
        vote: 'down',
        text: 'It missed the Taraz\nattack',
        query: 'who attacked Taraz?',
        at: Date.UTC(2026, 11, 1, 10, 45),
        time: '2026-12-01T10:45:00.000Z',
      },
    ]);
  });

  it('reads STORE_PATH as the app does, and says when a store holds no feedback', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'elsewhere.db');
    await (await openStore({ databaseUrl: null, storePath: file })).close();
    const { stdout, code } = await reportdesk({ STORE_PATH: file }, 'feedback');
    expect({ code, stdout }).toEqual({ code: 0, stdout: `${NO_FEEDBACK(file)}\n` });
  });

  it('creates no store file where there is none', async () => {
    const dir = tempDir();
    const { stdout, code } = await reportdesk({}, 'feedback', '--data', dir);
    const file = path.join(dir, '.reportdesk-store.db');
    expect({ code, stdout }).toEqual({ code: 0, stdout: `${NO_STORE_FILE(file)}\n` });
    expect(existsSync(file)).toBe(false);
    expect((await reportdesk({}, 'feedback', '--json', '--data', dir)).stdout).toBe('[]\n');
  });

  it('refuses a malformed DATABASE_URL or --limit', async () => {
    const bad = await reportdesk({ DATABASE_URL: 'mysql://x' }, 'feedback');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('DATABASE_URL');
    expect((await reportdesk({}, 'feedback', '--limit', '0', '--data', data)).code).toBe(2);
  });
});
