import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { InstallationRecord, Store } from '../store/store.js';
import { NO_BOT_IN_INSTALLATION, NOT_INSTALLED } from './messages.js';

/** What the store keeps of one of Bolt's installations: the bot, the team or org, the installer. */
export function toInstallationRecord(installation: Installation): InstallationRecord {
  const { bot } = installation;
  if (bot === undefined) throw new Error(NO_BOT_IN_INSTALLATION);
  return {
    teamId: installation.team?.id ?? null,
    enterpriseId: installation.enterprise?.id ?? null,
    isEnterpriseInstall: installation.isEnterpriseInstall === true,
    appId: installation.appId ?? null,
    botToken: bot.token,
    botId: bot.id,
    botUserId: bot.userId,
    botScopes: bot.scopes,
    installerUserId: installation.user.id,
  };
}

/** Bolt's view of a stored installation (v2, bot token only: we ask for no user scopes). */
export function toBoltInstallation(record: InstallationRecord): Installation {
  return {
    team: record.teamId === null ? undefined : { id: record.teamId },
    enterprise: record.enterpriseId === null ? undefined : { id: record.enterpriseId },
    user: { id: record.installerUserId, token: undefined, scopes: undefined },
    bot: {
      token: record.botToken,
      scopes: [...record.botScopes],
      id: record.botId ?? '',
      userId: record.botUserId ?? '',
    },
    ...(record.appId === null ? {} : { appId: record.appId }),
    tokenType: 'bot',
    isEnterpriseInstall: record.isEnterpriseInstall,
    authVersion: 'v2',
  };
}

/** No installation is stored for the workspace (or org) a request came from: most likely the app was uninstalled. */
export class NotInstalledError extends Error {
  override name = 'NotInstalledError';
  /** `team T123` or `org E123`. */
  readonly who: string;
  constructor(who: string) {
    super(NOT_INSTALLED(who));
    this.who = who;
  }
}

/** The NotInstalledError behind an error, through Bolt's and the OAuth package's wrappers (`original`, `cause`). */
export function findNotInstalled(error: unknown): NotInstalledError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    if (current instanceof NotInstalledError) return current;
    const original: unknown = Reflect.get(current, 'original');
    current = original instanceof Error ? original : current.cause;
  }
  return null;
}

function toQuery(query: InstallationQuery<boolean>) {
  return {
    teamId: query.teamId ?? null,
    enterpriseId: query.enterpriseId ?? null,
    isEnterpriseInstall: query.isEnterpriseInstall,
  };
}

/**
 * Bolt's InstallationStore over our {@link Store}: the OAuth installer saves into it, and every request from an
 * installed workspace is authorized from it (so every copy of the app sharing the store knows every workspace).
 * @example
 * new App({ clientId, clientSecret, stateSecret, scopes, installationStore: createInstallationStore(store) });
 */
export function createInstallationStore(store: Store): InstallationStore {
  return {
    async storeInstallation(installation) {
      await store.saveInstallation(toInstallationRecord(installation));
    },
    async fetchInstallation(query) {
      const record = await store.findInstallation(toQuery(query));
      // Bolt turns this into an AuthorizationError: the request is acknowledged and not answered.
      if (record === null) {
        const who =
          query.isEnterpriseInstall && query.enterpriseId !== undefined
            ? `org ${query.enterpriseId}`
            : `team ${query.teamId ?? query.enterpriseId ?? 'unknown'}`;
        throw new NotInstalledError(who);
      }
      return toBoltInstallation(record);
    },
    async deleteInstallation(query) {
      await store.deleteInstallation(toQuery(query));
    },
  };
}
