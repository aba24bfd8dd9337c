/**
 * The throwaway PostgreSQL the tests use: `TEST_DATABASE_URL` (set by scripts/with-postgres.sh, which .ci/run
 * and `npm run test:pg` use). Each caller gets a fresh database of its own, dropped afterwards.
 * Without the variable the PostgreSQL tests are skipped locally; in CI (CI=true) they fail instead, so CI can
 * never pass by silently skipping them.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEST_DATABASE_URL: string | undefined = process.env.TEST_DATABASE_URL || undefined;

if (TEST_DATABASE_URL === undefined && process.env.CI === 'true') {
  throw new Error('TEST_DATABASE_URL is not set but CI=true: run the tests through scripts/with-postgres.sh');
}

/** True when there is no PostgreSQL to test against (for `describe.skipIf`). */
export const NO_POSTGRES = TEST_DATABASE_URL === undefined;

export interface TestDatabase {
  url: string;
  /** Empties the database (drops and recreates its public schema): faster than a new database per test. */
  reset(): Promise<void>;
  drop(): Promise<void>;
}

function requireUrl(): string {
  if (TEST_DATABASE_URL === undefined) throw new Error('TEST_DATABASE_URL is not set');
  return TEST_DATABASE_URL;
}

/** Creates an empty database on the test server; `drop()` ends its connections and drops it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = requireUrl();
  const name = `reportdesk_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    async reset() {
      const client = new pg.Client({ connectionString: url.href });
      await client.connect();
      try {
        await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
      } finally {
        await client.end();
      }
    },
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
