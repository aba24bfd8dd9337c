import type { InstallationStore } from '@slack/bolt';
import { INSTALL_PATH, OAUTH_REDIRECT_PATH, type OAuthConfig } from '../config/load-config.js';
import { BOT_SCOPES } from './scopes.js';

/**
 * Bolt's OAuth installer settings: /slack/install and /slack/oauth_redirect, the state signed with the state
 * secret (no server-side state, so any copy can finish an install another began), installations in the store.
 */
export function installerOptions(
  oauth: OAuthConfig,
  installationStore: InstallationStore,
  slackApiUrl: string | null,
  port: number,
) {
  return {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    scopes: [...BOT_SCOPES],
    installationStore,
    installerOptions: {
      installPath: INSTALL_PATH,
      redirectUriPath: OAUTH_REDIRECT_PATH,
      // Socket Mode serves the install pages on this port; HTTP mode on its own.
      port,
      // oauth.v2.access and auth.test go where every other Web API call goes (a fake in tests, GovSlack, …).
      ...(slackApiUrl === null ? {} : { clientOptions: { slackApiUrl } }),
    },
  };
}
