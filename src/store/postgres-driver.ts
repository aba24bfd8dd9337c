import pg from 'pg';
import { CREATE_MIGRATIONS_TABLE, RECORD_MIGRATION, SELECT_MIGRATIONS } from './migrations.js';
import type { Migration, SqlDriver, SqlValue } from './sql-driver.js';

/** Any constant works; every copy of the app must use the same one so migrations run one copy at a time. */
const MIGRATION_LOCK_ID = 7_301_2026;

export interface PostgresDriverOptions {
  /** Connections per app copy. Default 10. */
  maxConnections?: number;
  /** An idle connection failed (the server restarted, …): the pool drops it and opens another on demand. */
  onIdleError?: (error: Error) => void;
}

/**
 * The shared back end: PostgreSQL through a `pg` pool. Several copies of the app share one database; migrations
 * run under an advisory lock so two copies starting together do not both apply them.
 * @param url - `postgres://user:password@host:5432/db`
 */
export async function openPostgresDriver(url: string, options: PostgresDriverOptions = {}): Promise<SqlDriver> {
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10 });
  pool.on('error', (error) => options.onIdleError?.(error));
  // Fail at start, not on the first request, when the server is unreachable or the URL is wrong.
  const probe = await pool.connect().catch(async (error: unknown) => {
    await pool.end();
    throw error;
  });
  probe.release();

  return {
    kind: 'postgres',
    async query(sql: string, params: readonly SqlValue[] = []) {
      const result = await pool.query(sql, [...params]);
      return result.rows as Record<string, unknown>[];
    },
    async migrate(migrations: readonly Migration[], now: number) {
      const client = await pool.connect();
      const done: number[] = [];
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
        await client.query(CREATE_MIGRATIONS_TABLE);
        const applied = new Set(
          (await client.query(SELECT_MIGRATIONS)).rows.map((row: { version: number }) => row.version),
        );
        for (const migration of migrations) {
          if (applied.has(migration.version)) continue;
          await client.query('BEGIN');
          try {
            for (const statement of migration.statements) await client.query(statement);
            await client.query(RECORD_MIGRATION, [migration.version, migration.name, now]);
            await client.query('COMMIT');
          } catch (error) {
            await client.query('ROLLBACK');
            throw error;
          }
          done.push(migration.version);
        }
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
        client.release();
      }
      return done;
    },
    close: () => pool.end(),
  };
}
