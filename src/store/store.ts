/**
 * What the app keeps between requests and shares between its copies: workspace installations, retry claims,
 * feedback on answers and a small usage log. One interface over two back ends (an embedded file, or PostgreSQL);
 * nothing outside `src/store/` knows which one it talks to.
 */

/** A workspace (or an Enterprise Grid org) that installed the app through OAuth. */
export interface InstallationRecord {
  /** Null for an org-wide (enterprise) install. */
  teamId: string | null;
  enterpriseId: string | null;
  isEnterpriseInstall: boolean;
  appId: string | null;
  botToken: string;
  botId: string | null;
  botUserId: string | null;
  botScopes: readonly string[];
  /** The person who installed the app. */
  installerUserId: string;
  /** ms since epoch; set by the store when it is first saved. */
  installedAt?: number;
}

/** Which installation a request belongs to: what Bolt's authorize and InstallationStore queries carry. */
export interface InstallationQuery {
  teamId: string | null;
  enterpriseId: string | null;
  isEnterpriseInstall: boolean;
}

export type Vote = 'up' | 'down';

/** A person's thumbs up or down on one answer. */
export interface FeedbackEntry {
  answerId: string;
  userId: string;
  teamId: string | null;
  vote: Vote;
  /** What they wrote, if anything. */
  text: string | null;
  /** The query the answer was for. */
  query: string;
  /** ms since epoch; the store's clock when absent. */
  at?: number;
}

/** One answered request. Never the message text unless the operator turned that on (`keepUsageText`). */
export interface UsageEntry {
  /** `command`, `mention`, `dm`, `action`, … */
  kind: string;
  latencyMs: number;
  /** Whether the answer found anything. */
  hit: boolean;
  teamId: string | null;
  /** Dropped by the store unless `keepUsageText` is on. */
  text?: string | null;
  at?: number;
}

export interface ListOptions {
  /** Only entries at or after this time (ms since epoch). */
  since?: number;
  /** Newest first, at most this many (default 100). */
  limit?: number;
}

export interface Store {
  /** `embedded` (a file, no server) or `postgres` (shared by every copy of the app). */
  readonly kind: 'embedded' | 'postgres';
  /** Saves an installation, replacing the one for the same team or enterprise. */
  saveInstallation(installation: InstallationRecord): Promise<void>;
  findInstallation(query: InstallationQuery): Promise<InstallationRecord | null>;
  /** @returns how many installations were deleted (0 or 1) */
  deleteInstallation(query: InstallationQuery): Promise<number>;
  /**
   * Claims one delivery (an event id, a slash command's trigger id, …): insert-if-absent across every copy of
   * the app sharing this store. True for the one caller that owns it; false for every other copy or retry until
   * `ttlMs` has passed. Expired claims are cleaned up as claims go by.
   */
  claimDelivery(key: string, ttlMs: number): Promise<boolean>;
  /**
   * Keeps a claim for `ttlMs` more from now (never shortens it): the lease of a delivery being answered, renewed while
   * the answer runs, and the longer hold once it is delivered. @returns false when there is no such claim
   */
  extendClaim(key: string, ttlMs: number): Promise<boolean>;
  /** Deletes expired claims now. @returns how many were deleted */
  pruneClaims(): Promise<number>;
  /**
   * Saves a person's vote on an answer, replacing the one they gave it before (one row per person and answer).
   * A vote saved again without text keeps the text given with the same vote (the 👎 click, then its form).
   */
  saveFeedback(entry: FeedbackEntry): Promise<void>;
  listFeedback(options?: ListOptions): Promise<FeedbackEntry[]>;
  recordUsage(entry: UsageEntry): Promise<void>;
  listUsage(options?: ListOptions): Promise<UsageEntry[]>;
  /** Resolves when the store answers a trivial query (for readiness checks). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
