import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, NO_POSTGRES, type TestDatabase } from '../../test/support/postgres.js';
import { openLibsqlDriver } from './libsql-driver.js';
import { MIGRATIONS } from './migrations.js';
import { openStore, type StoreSettings } from './open-store.js';
import { openPostgresDriver } from './postgres-driver.js';
import type { SqlDriver } from './sql-driver.js';
import { createSqlStore, installKey } from './sql-store.js';
import type { InstallationRecord, Store } from './store.js';

const TEN_MINUTES = 10 * 60_000;

const WORKSPACE: InstallationRecord = {
  teamId: 'T0001',
  enterpriseId: null,
  isEnterpriseInstall: false,
  appId: 'A0001',
  botToken: 'xoxb-1-workspace',
  botId: 'B0001',
  botUserId: 'U0BOT',
  botScopes: ['commands', 'chat:write'],
  installerUserId: 'U0ADMIN',
};

const ORG: InstallationRecord = {
  teamId: null,
  enterpriseId: 'E0001',
  isEnterpriseInstall: true,
  appId: 'A0001',
  botToken: 'xoxb-1-org',
  botId: 'B0002',
  botUserId: 'U0BOT2',
  botScopes: ['commands'],
  installerUserId: 'U0ORGADMIN',
};

/** Where a back end lives for one test file: how to open a store (and a raw driver) on it, and how to clean up. */
interface Backend {
  settings(): Pick<StoreSettings, 'databaseUrl' | 'storePath'>;
  driver(): Promise<SqlDriver>;
}

/** The same contract, run against the embedded default and against PostgreSQL. */
function storeContract(backend: () => Backend): void {
  let time = 1_000_000;
  const now = () => time;
  const opened: Store[] = [];
  async function open(options: Partial<StoreSettings> = {}): Promise<Store> {
    const store = await openStore({ ...backend().settings(), now, ...options });
    opened.push(store);
    return store;
  }
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
  });

  describe('migrations', () => {
    it('records each version once and applies nothing on the next open', async () => {
      await open();
      const driver = await backend().driver();
      try {
        expect(await driver.migrate(MIGRATIONS, 0)).toEqual([]);
        const rows = await driver.query('SELECT version, name FROM schema_migrations ORDER BY version');
        expect(rows.map((row) => [Number(row.version), row.name])).toEqual(MIGRATIONS.map((m) => [m.version, m.name]));
      } finally {
        await driver.close();
      }
    });
  });

  describe('migration 2 (one feedback row per person and answer)', () => {
    it("keeps each person's newest vote on an answer from a store that had several", async () => {
      const driver = await backend().driver();
      try {
        await driver.migrate(MIGRATIONS.slice(0, 1), 1);
        const insert = `INSERT INTO feedback (feedback_id, answer_id, user_id, team_id, vote, comment, query, created_at)
          VALUES ($1, $2, $3, 'T1', $4, $5, 'Atyrau', $6)`;
        await driver.query(insert, ['f1', 'a1', 'U1', 'up', null, 100]);
        await driver.query(insert, ['f2', 'a1', 'U1', 'down', 'wrong year', 200]);
        await driver.query(insert, ['f3', 'a1', 'U2', 'up', null, 150]);
        await driver.query(insert, ['f4', 'a2', 'U1', 'up', null, 120]);
      } finally {
        await driver.close();
      }
      const store = await open();
      expect((await store.listFeedback()).map((f) => [f.answerId, f.userId, f.vote, f.text])).toEqual([
        ['a1', 'U1', 'down', 'wrong year'],
        ['a1', 'U2', 'up', null],
        ['a2', 'U1', 'up', null],
      ]);
    });
  });

  describe('installations', () => {
    it('finds a workspace install by team and an org install by enterprise', async () => {
      const store = await open();
      await store.saveInstallation(WORKSPACE);
      await store.saveInstallation(ORG);
      expect(await store.findInstallation({ teamId: 'T0001', enterpriseId: null, isEnterpriseInstall: false })).toEqual(
        {
          ...WORKSPACE,
          installedAt: time,
        },
      );
      expect(
        await store.findInstallation({ teamId: 'T0999', enterpriseId: 'E0001', isEnterpriseInstall: true }),
      ).toEqual({
        ...ORG,
        installedAt: time,
      });
      expect(
        await store.findInstallation({ teamId: 'T0999', enterpriseId: null, isEnterpriseInstall: false }),
      ).toBeNull();
    });

    it('replaces an installation saved again for the same workspace, keeping when it was first installed', async () => {
      const store = await open();
      await store.saveInstallation(WORKSPACE);
      const installedAt = time;
      time += 5000;
      await store.saveInstallation({ ...WORKSPACE, botToken: 'xoxb-2-new', botScopes: ['commands'] });
      expect(await store.findInstallation({ teamId: 'T0001', enterpriseId: null, isEnterpriseInstall: false })).toEqual(
        {
          ...WORKSPACE,
          botToken: 'xoxb-2-new',
          botScopes: ['commands'],
          installedAt,
        },
      );
    });

    it('deletes an installation once', async () => {
      const store = await open();
      await store.saveInstallation(WORKSPACE);
      const query = { teamId: 'T0001', enterpriseId: null, isEnterpriseInstall: false };
      expect(await store.deleteInstallation(query)).toBe(1);
      expect(await store.deleteInstallation(query)).toBe(0);
      expect(await store.findInstallation(query)).toBeNull();
    });

    it('keeps installations across a close and a reopen', async () => {
      const first = await open();
      await first.saveInstallation(WORKSPACE);
      await first.close();
      opened.splice(opened.indexOf(first), 1);
      const second = await open();
      expect(
        (await second.findInstallation({ teamId: 'T0001', enterpriseId: null, isEnterpriseInstall: false }))?.botToken,
      ).toBe('xoxb-1-workspace');
    });
  });

  describe('claimDelivery', () => {
    it('gives a key to the first caller only', async () => {
      const store = await open();
      expect(await store.claimDelivery('event:Ev1', TEN_MINUTES)).toBe(true);
      expect(await store.claimDelivery('event:Ev1', TEN_MINUTES)).toBe(false);
      expect(await store.claimDelivery('event:Ev2', TEN_MINUTES)).toBe(true);
    });

    it('gives a key to exactly one of many concurrent callers on two stores over one database', async () => {
      const [a, b] = [await open(), await open()];
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? a : b).claimDelivery('event:race', TEN_MINUTES)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('holds a claim until its time is up, then gives it out again', async () => {
      const store = await open();
      expect(await store.claimDelivery('event:Ev3', TEN_MINUTES)).toBe(true);
      time += TEN_MINUTES - 1;
      expect(await store.claimDelivery('event:Ev3', TEN_MINUTES)).toBe(false);
      time += 1;
      expect(await store.claimDelivery('event:Ev3', TEN_MINUTES)).toBe(true);
    });

    it('keeps a claim longer when extended, never shorter, and extends only claims that exist', async () => {
      const store = await open();
      expect(await store.claimDelivery('event:lease', 30_000)).toBe(true);
      time += 20_000;
      expect(await store.extendClaim('event:lease', 30_000)).toBe(true);
      time += 20_000;
      expect(await store.claimDelivery('event:lease', 30_000)).toBe(false);
      expect(await store.extendClaim('event:lease', 1_000)).toBe(true);
      time += 9_999;
      expect(await store.claimDelivery('event:lease', 30_000)).toBe(false);
      time += 1;
      expect(await store.claimDelivery('event:lease', 30_000)).toBe(true);
      expect(await store.extendClaim('event:none', 30_000)).toBe(false);
    });

    it('deletes only expired claims when pruning', async () => {
      const store = await open();
      await store.claimDelivery('old', 1000);
      await store.claimDelivery('new', TEN_MINUTES);
      time += 1000;
      expect(await store.pruneClaims()).toBe(1);
      expect(await store.claimDelivery('new', TEN_MINUTES)).toBe(false);
      expect(await store.claimDelivery('old', TEN_MINUTES)).toBe(true);
    });

    it('prunes expired claims by itself as claims go by', async () => {
      const store = await open();
      await store.claimDelivery('stale', 1000);
      time += 120_000;
      await store.claimDelivery('fresh', TEN_MINUTES);
      expect(await store.pruneClaims()).toBe(0);
    });
  });

  describe('feedback', () => {
    it('lists feedback newest first, from a time, up to a limit', async () => {
      const store = await open();
      const base = { userId: 'U1', teamId: 'T0001', query: 'Atyrau' };
      await store.saveFeedback({ ...base, answerId: 'a1', vote: 'up', text: null, at: 100 });
      await store.saveFeedback({ ...base, answerId: 'a2', vote: 'down', text: 'wrong year', at: 200 });
      await store.saveFeedback({ ...base, answerId: 'a3', vote: 'up', text: null, at: 300 });
      expect(await store.listFeedback({ since: 200 })).toEqual([
        { ...base, answerId: 'a3', vote: 'up', text: null, at: 300 },
        { ...base, answerId: 'a2', vote: 'down', text: 'wrong year', at: 200 },
      ]);
      expect((await store.listFeedback({ limit: 1 })).map((f) => f.answerId)).toEqual(['a3']);
    });

    it("replaces a person's vote on the same answer, and keeps the text a repeated vote does not carry", async () => {
      const store = await open();
      const base = { teamId: 'T0001', query: 'Atyrau', answerId: 'incident-1' };
      await store.saveFeedback({ ...base, userId: 'U1', vote: 'down', text: null, at: 100 });
      await store.saveFeedback({ ...base, userId: 'U1', vote: 'down', text: 'wrong year', at: 110 });
      await store.saveFeedback({ ...base, userId: 'U1', vote: 'down', text: null, at: 120 });
      await store.saveFeedback({ ...base, userId: 'U2', vote: 'up', text: null, at: 130 });
      expect(await store.listFeedback()).toEqual([
        { ...base, userId: 'U2', vote: 'up', text: null, at: 130 },
        { ...base, userId: 'U1', vote: 'down', text: 'wrong year', at: 120 },
      ]);
      await store.saveFeedback({ ...base, userId: 'U1', vote: 'up', text: null, at: 140 });
      expect(await store.listFeedback()).toEqual([
        { ...base, userId: 'U1', vote: 'up', text: null, at: 140 },
        { ...base, userId: 'U2', vote: 'up', text: null, at: 130 },
      ]);
    });
  });

  describe('usage', () => {
    it('never keeps message text unless told to', async () => {
      const store = await open();
      await store.recordUsage({ kind: 'command', latencyMs: 12.4, hit: true, teamId: 'T0001', text: 'Atyrau', at: 5 });
      expect(await store.listUsage()).toEqual([
        { kind: 'command', latencyMs: 12, hit: true, teamId: 'T0001', text: null, at: 5 },
      ]);
    });

    it('keeps message text when the operator turned it on', async () => {
      const store = await open({ keepUsageText: true });
      await store.recordUsage({
        kind: 'mention',
        latencyMs: 3,
        hit: false,
        teamId: null,
        text: 'who claimed it?',
        at: 6,
      });
      expect(await store.listUsage({ limit: 1 })).toEqual([
        { kind: 'mention', latencyMs: 3, hit: false, teamId: null, text: 'who claimed it?', at: 6 },
      ]);
    });
  });

  it('answers a ping', async () => {
    const store = await open();
    await expect(store.ping()).resolves.toBeUndefined();
  });
}

describe('embedded store (libsql file)', () => {
  let dir = '';
  let file = '';
  let count = 0;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'reportdesk-store-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  // A fresh file per test: each test starts from an empty store, as the PostgreSQL ones do.
  beforeEach(() => {
    count += 1;
    file = join(dir, `store-${count}.db`);
  });
  storeContract(() => ({
    settings: () => ({ databaseUrl: null, storePath: file }),
    driver: () => openLibsqlDriver(file),
  }));
});

describe.skipIf(NO_POSTGRES)('PostgreSQL store', () => {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });
  beforeEach(async () => {
    await database?.reset();
  });
  function url(): string {
    if (database === undefined) throw new Error('the database is created in beforeAll');
    return database.url;
  }
  storeContract(() => ({
    settings: () => ({ databaseUrl: url(), storePath: ':memory:' }),
    driver: () => openPostgresDriver(url()),
  }));
});

describe('installKey', () => {
  it('keys an org-wide install by enterprise and every other install by team', () => {
    expect(installKey({ teamId: 'T1', enterpriseId: 'E1', isEnterpriseInstall: true })).toBe('enterprise:E1');
    expect(installKey({ teamId: 'T1', enterpriseId: 'E1', isEnterpriseInstall: false })).toBe('team:T1');
    expect(installKey({ teamId: null, enterpriseId: null, isEnterpriseInstall: false })).toBeNull();
  });
});

describe('edge cases', () => {
  it('refuses an installation with neither a team nor an enterprise', async () => {
    const store = await createSqlStore(await openLibsqlDriver(':memory:'));
    await expect(store.saveInstallation({ ...WORKSPACE, teamId: null })).rejects.toThrow(TypeError);
    await store.close();
  });
});
