import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Store } from '../../../store/store.js';
import { parseInstallationOf, revokesBotToken } from '../../input.js';

/** The one store operation uninstalling needs. */
export type InstallationRemover = Pick<Store, 'deleteInstallation'>;

async function forget(
  what: string,
  body: unknown,
  store: InstallationRemover,
  logger: AllMiddlewareArgs['logger'],
): Promise<void> {
  const installation = parseInstallationOf(body);
  if (installation === null) {
    logger.warn(`${what} without a team or enterprise id; nothing deleted`);
    return;
  }
  try {
    const deleted = await store.deleteInstallation(installation);
    logger.info(`${what}: deleted ${deleted} installation(s) of ${installation.enterpriseId ?? installation.teamId}`);
  } catch (error) {
    logger.error(`${what}: deleting the installation failed`, error);
  }
}

/**
 * The app was uninstalled from a workspace (or org): forget its installation and bot token. Bolt calls this
 * without authorizing (the token is already dead) and has acked the event.
 */
export function appUninstalledCallback(store: InstallationRemover) {
  return async ({ body, logger }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_uninstalled'>): Promise<void> => {
    await forget('app_uninstalled', body, store, logger);
  };
}

/** Tokens were revoked: when the bot token is among them, the installation is useless, so forget it. */
export function tokensRevokedCallback(store: InstallationRemover) {
  return async ({
    body,
    event,
    logger,
  }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'tokens_revoked'>): Promise<void> => {
    if (!revokesBotToken(event)) {
      logger.info('tokens_revoked for user tokens only; the installation (a bot token) is kept');
      return;
    }
    await forget('tokens_revoked', body, store, logger);
  };
}
