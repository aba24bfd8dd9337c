import { createSqlStore } from './sql-store.js';
import type { Store } from './store.js';

export interface StoreSettings {
  /** `postgres://…`: the shared PostgreSQL store; null: the embedded file at `storePath`. */
  databaseUrl: string | null;
  /** The embedded store's file (or `:memory:`). */
  storePath: string;
  /** Keep message text in the usage log (USAGE_LOG_TEXT). */
  keepUsageText?: boolean;
  now?: () => number;
  /** Told when an idle PostgreSQL connection fails (the pool recovers by itself). */
  onIdleError?: (error: Error) => void;
}

/**
 * Opens the store the settings name and runs its pending migrations.
 * @example
 * const store = await openStore({ databaseUrl: null, storePath: 'data/.reportdesk-store.db' });
 * await store.close();
 */
export async function openStore(settings: StoreSettings): Promise<Store> {
  // Each driver is loaded only when chosen: importing @libsql/client or pg costs 0.8–1.1 s on this busy machine, and
  // the console (which opens no store) or a copy on PostgreSQL should not pay for the other.
  const driver =
    settings.databaseUrl === null
      ? await (await import('./libsql-driver.js')).openLibsqlDriver(settings.storePath)
      : await (await import('./postgres-driver.js')).openPostgresDriver(
          settings.databaseUrl,
          settings.onIdleError === undefined ? {} : { onIdleError: settings.onIdleError },
        );
  try {
    return await createSqlStore(driver, {
      ...(settings.now === undefined ? {} : { now: settings.now }),
      keepUsageText: settings.keepUsageText === true,
    });
  } catch (error) {
    await driver.close();
    throw error;
  }
}
