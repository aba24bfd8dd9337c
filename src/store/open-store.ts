import { openLibsqlDriver } from './libsql-driver.js';
import { openPostgresDriver } from './postgres-driver.js';
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
  const driver =
    settings.databaseUrl === null
      ? await openLibsqlDriver(settings.storePath)
      : await openPostgresDriver(settings.databaseUrl, settings.onIdleError === undefined ? {} : { onIdleError: settings.onIdleError });
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
