import { randomUUID } from 'node:crypto';
import { MIGRATIONS } from './migrations.js';
import type { SqlDriver, SqlRow } from './sql-driver.js';
import type {
  FeedbackEntry,
  InstallationQuery,
  InstallationRecord,
  ListOptions,
  Store,
  UsageEntry,
  Vote,
} from './store.js';

export interface SqlStoreOptions {
  /** The clock (ms since epoch), injectable so tests can expire claims. */
  now?: () => number;
  /** Keep the text of messages in the usage log (off by default: only kind, latency, hit, team). */
  keepUsageText?: boolean;
  /** How often claimDelivery also deletes expired claims. Default one minute. */
  pruneEveryMs?: number;
}

const DEFAULT_LIST_LIMIT = 100;
const DEFAULT_PRUNE_EVERY_MS = 60_000;

/**
 * One row per workspace, or per org for an org-wide install: `team:T123` or `enterprise:E123`.
 * A workspace of an org that installed workspace by workspace is keyed by its team.
 */
export function installKey(query: InstallationQuery): string | null {
  if (query.isEnterpriseInstall && query.enterpriseId !== null) return `enterprise:${query.enterpriseId}`;
  return query.teamId === null ? null : `team:${query.teamId}`;
}

function text(row: SqlRow, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') throw new TypeError(`column ${column} is not text`);
  return value;
}

function textOrNull(row: SqlRow, column: string): string | null {
  const value = row[column];
  return typeof value === 'string' ? value : null;
}

/** PostgreSQL's driver returns bigint as a string; libsql returns a number. */
function num(row: SqlRow, column: string): number {
  const value = row[column];
  const parsed =
    typeof value === 'number'
      ? value
      : typeof value === 'bigint' || typeof value === 'string'
        ? Number(value)
        : Number.NaN;
  if (!Number.isFinite(parsed)) throw new TypeError(`column ${column} is not a number`);
  return parsed;
}

function toVote(value: string): Vote {
  if (value === 'up' || value === 'down') return value;
  throw new TypeError(`vote ${value} is neither up nor down`);
}

function toInstallation(row: SqlRow): InstallationRecord {
  const scopes = text(row, 'bot_scopes');
  return {
    teamId: textOrNull(row, 'team_id'),
    enterpriseId: textOrNull(row, 'enterprise_id'),
    isEnterpriseInstall: num(row, 'is_enterprise_install') === 1,
    appId: textOrNull(row, 'app_id'),
    botToken: text(row, 'bot_token'),
    botId: textOrNull(row, 'bot_id'),
    botUserId: textOrNull(row, 'bot_user_id'),
    botScopes: scopes === '' ? [] : scopes.split(','),
    installerUserId: text(row, 'installer_user_id'),
    installedAt: num(row, 'installed_at'),
  };
}

function limitOf(options: ListOptions): number {
  const limit = options.limit ?? DEFAULT_LIST_LIMIT;
  return Number.isInteger(limit) && limit > 0 ? limit : DEFAULT_LIST_LIMIT;
}

/**
 * Builds the {@link Store} over a driver, after running the migrations it has not run yet.
 * @example
 * const store = await createSqlStore(await openLibsqlDriver('data/.reportdesk-store.db'));
 * await store.claimDelivery('event:Ev123', 15 * 60_000); //=> true, then false for every retry
 */
export async function createSqlStore(driver: SqlDriver, options: SqlStoreOptions = {}): Promise<Store> {
  const now = options.now ?? Date.now;
  const pruneEveryMs = options.pruneEveryMs ?? DEFAULT_PRUNE_EVERY_MS;
  await driver.migrate(MIGRATIONS, now());
  let lastPrune = now();

  async function pruneClaims(): Promise<number> {
    lastPrune = now();
    const rows = await driver.query('DELETE FROM delivery_claims WHERE expires_at <= $1 RETURNING claim_key', [
      lastPrune,
    ]);
    return rows.length;
  }

  return {
    kind: driver.kind,

    async saveInstallation(installation) {
      const key = installKey(installation);
      if (key === null) throw new TypeError('an installation needs a team id or an enterprise id');
      const time = now();
      await driver.query(
        `INSERT INTO installations (install_key, team_id, enterprise_id, is_enterprise_install, app_id, bot_token, bot_id,
           bot_user_id, bot_scopes, installer_user_id, installed_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
         ON CONFLICT (install_key) DO UPDATE SET team_id = excluded.team_id, enterprise_id = excluded.enterprise_id,
           is_enterprise_install = excluded.is_enterprise_install, app_id = excluded.app_id,
           bot_token = excluded.bot_token, bot_id = excluded.bot_id, bot_user_id = excluded.bot_user_id,
           bot_scopes = excluded.bot_scopes, installer_user_id = excluded.installer_user_id,
           updated_at = excluded.updated_at`,
        [
          key,
          installation.teamId,
          installation.enterpriseId,
          installation.isEnterpriseInstall ? 1 : 0,
          installation.appId,
          installation.botToken,
          installation.botId,
          installation.botUserId,
          installation.botScopes.join(','),
          installation.installerUserId,
          installation.installedAt ?? time,
        ],
      );
    },

    async findInstallation(query) {
      const key = installKey(query);
      if (key === null) return null;
      const [row] = await driver.query('SELECT * FROM installations WHERE install_key = $1', [key]);
      return row === undefined ? null : toInstallation(row);
    },

    async deleteInstallation(query) {
      const key = installKey(query);
      if (key === null) return 0;
      const rows = await driver.query('DELETE FROM installations WHERE install_key = $1 RETURNING install_key', [key]);
      return rows.length;
    },

    async claimDelivery(key, ttlMs) {
      const time = now();
      if (time - lastPrune >= pruneEveryMs) await pruneClaims();
      // Insert-if-absent in one statement, so two copies racing on one key cannot both win: the loser's insert
      // waits for the winner's row and takes the conflict path. An expired claim is taken over in place.
      const rows = await driver.query(
        `INSERT INTO delivery_claims (claim_key, claimed_at, expires_at) VALUES ($1, $2, $3)
         ON CONFLICT (claim_key) DO UPDATE SET claimed_at = excluded.claimed_at, expires_at = excluded.expires_at
         WHERE delivery_claims.expires_at <= excluded.claimed_at
         RETURNING claim_key`,
        [key, time, time + ttlMs],
      );
      return rows.length === 1;
    },

    async extendClaim(key, ttlMs) {
      const rows = await driver.query(
        `UPDATE delivery_claims SET expires_at = CASE WHEN expires_at < $2 THEN $2 ELSE expires_at END
         WHERE claim_key = $1 RETURNING claim_key`,
        [key, now() + ttlMs],
      );
      return rows.length === 1;
    },

    pruneClaims,

    async saveFeedback(entry) {
      await driver.query(
        `INSERT INTO feedback (feedback_id, answer_id, user_id, team_id, vote, comment, query, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (answer_id, user_id) DO UPDATE SET
           team_id = excluded.team_id,
           vote = excluded.vote,
           comment = CASE
             WHEN excluded.comment IS NULL AND feedback.vote = excluded.vote THEN feedback.comment
             ELSE excluded.comment
           END,
           query = excluded.query,
           created_at = excluded.created_at`,
        [
          randomUUID(),
          entry.answerId,
          entry.userId,
          entry.teamId,
          entry.vote,
          entry.text,
          entry.query,
          entry.at ?? now(),
        ],
      );
    },

    async listFeedback(options = {}) {
      const rows = await driver.query(
        'SELECT * FROM feedback WHERE created_at >= $1 ORDER BY created_at DESC, feedback_id LIMIT $2',
        [options.since ?? 0, limitOf(options)],
      );
      return rows.map(
        (row): FeedbackEntry => ({
          answerId: text(row, 'answer_id'),
          userId: text(row, 'user_id'),
          teamId: textOrNull(row, 'team_id'),
          vote: toVote(text(row, 'vote')),
          text: textOrNull(row, 'comment'),
          query: text(row, 'query'),
          at: num(row, 'created_at'),
        }),
      );
    },

    async recordUsage(entry) {
      await driver.query(
        `INSERT INTO usage_log (usage_id, kind, latency_ms, hit, team_id, message_text, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          randomUUID(),
          entry.kind,
          Math.max(0, Math.round(entry.latencyMs)),
          entry.hit ? 1 : 0,
          entry.teamId,
          options.keepUsageText === true ? (entry.text ?? null) : null,
          entry.at ?? now(),
        ],
      );
    },

    async listUsage(options = {}) {
      const rows = await driver.query(
        'SELECT * FROM usage_log WHERE created_at >= $1 ORDER BY created_at DESC, usage_id LIMIT $2',
        [options.since ?? 0, limitOf(options)],
      );
      return rows.map(
        (row): UsageEntry => ({
          kind: text(row, 'kind'),
          latencyMs: num(row, 'latency_ms'),
          hit: num(row, 'hit') === 1,
          teamId: textOrNull(row, 'team_id'),
          text: textOrNull(row, 'message_text'),
          at: num(row, 'created_at'),
        }),
      );
    },

    async ping() {
      await driver.query('SELECT 1 AS ok');
    },

    close: () => driver.close(),
  };
}
