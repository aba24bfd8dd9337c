import type { Migration } from './sql-driver.js';

/**
 * The schema, as an append-only list: never edit a migration that has shipped, add the next version. Every
 * statement is plain SQL both PostgreSQL and SQLite run as written (text ids made by the app, no serial columns,
 * times as bigint ms, booleans as smallint 0/1).
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'installations, delivery claims, feedback, usage',
    statements: [
      `CREATE TABLE installations (
        install_key text PRIMARY KEY,
        team_id text,
        enterprise_id text,
        is_enterprise_install smallint NOT NULL,
        app_id text,
        bot_token text NOT NULL,
        bot_id text,
        bot_user_id text,
        bot_scopes text NOT NULL,
        installer_user_id text NOT NULL,
        installed_at bigint NOT NULL,
        updated_at bigint NOT NULL
      )`,
      `CREATE TABLE delivery_claims (
        claim_key text PRIMARY KEY,
        claimed_at bigint NOT NULL,
        expires_at bigint NOT NULL
      )`,
      'CREATE INDEX delivery_claims_expires_at ON delivery_claims (expires_at)',
      `CREATE TABLE feedback (
        feedback_id text PRIMARY KEY,
        answer_id text NOT NULL,
        user_id text NOT NULL,
        team_id text,
        vote text NOT NULL CHECK (vote IN ('up', 'down')),
        comment text,
        query text NOT NULL,
        created_at bigint NOT NULL
      )`,
      'CREATE INDEX feedback_created_at ON feedback (created_at)',
      `CREATE TABLE usage_log (
        usage_id text PRIMARY KEY,
        kind text NOT NULL,
        latency_ms bigint NOT NULL,
        hit smallint NOT NULL,
        team_id text,
        message_text text,
        created_at bigint NOT NULL
      )`,
      'CREATE INDEX usage_log_created_at ON usage_log (created_at)',
    ],
  },
  {
    version: 2,
    name: 'one feedback row per person and answer',
    statements: [
      // Keeps each person's newest vote on an answer (ties: the greatest id), then makes a second row impossible.
      `DELETE FROM feedback WHERE EXISTS (
        SELECT 1 FROM feedback newer
        WHERE newer.answer_id = feedback.answer_id AND newer.user_id = feedback.user_id
          AND (newer.created_at > feedback.created_at
            OR (newer.created_at = feedback.created_at AND newer.feedback_id > feedback.feedback_id))
      )`,
      'CREATE UNIQUE INDEX feedback_answer_user ON feedback (answer_id, user_id)',
    ],
  },
];

/** Created before any migration, by every driver, with the same SQL. */
export const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  applied_at bigint NOT NULL
)`;

export const RECORD_MIGRATION = 'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)';
export const SELECT_MIGRATIONS = 'SELECT version FROM schema_migrations ORDER BY version';
