import type { App } from '@slack/bolt';
import type { AnswerDeps } from '../../../answers/answer-deps.js';
import { appHomeOpenedCallback } from './app-home-opened.js';
import { appMentionCallback } from './app-mention.js';
import { appUninstalledCallback, type InstallationRemover, tokensRevokedCallback } from './app-uninstalled.js';
import { directMessageCallback } from './direct-message.js';

/**
 * The bot events we subscribe to, as manifest.yml names them (`message` here is only message.im).
 * app_uninstalled and tokens_revoked delete an OAuth installation; in single-token mode there is none to delete.
 */
export const EVENTS = ['app_mention', 'message.im', 'app_home_opened', 'app_uninstalled', 'tokens_revoked'] as const;

export function register(app: App, deps: AnswerDeps, installations: InstallationRemover): void {
  app.event('app_mention', appMentionCallback(deps));
  app.event('message', directMessageCallback(deps));
  app.event('app_home_opened', appHomeOpenedCallback(deps));
  app.event('app_uninstalled', appUninstalledCallback(installations));
  app.event('tokens_revoked', tokensRevokedCallback(installations));
}
