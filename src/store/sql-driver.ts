/** A value bound to a `$1`-style placeholder. Times are ms since epoch (numbers), booleans are 0/1. */
export type SqlValue = string | number | null;

/** One result row; column values as the back end returns them (PostgreSQL gives `bigint` as a string). */
export type SqlRow = Readonly<Record<string, unknown>>;

/** A versioned schema change: statements run in one transaction, recorded in `schema_migrations`. */
export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}

/**
 * The little a {@link Store} needs from a database. SQL is written once, in the dialect PostgreSQL and SQLite
 * share, with `$1` placeholders; a driver translates what its back end needs.
 */
export interface SqlDriver {
  readonly kind: 'embedded' | 'postgres';
  query(sql: string, params?: readonly SqlValue[]): Promise<SqlRow[]>;
  /** Applies the migrations not yet recorded, each in its own transaction, one process at a time. */
  migrate(migrations: readonly Migration[], now: number): Promise<number[]>;
  close(): Promise<void>;
}
