import type { App } from '@slack/bolt';
import type { AnswerDeps } from '../../../answers/answer-deps.js';
import { appHomeOpenedCallback } from './app-home-opened.js';
import { appMentionCallback } from './app-mention.js';
import { directMessageCallback } from './direct-message.js';

/** The bot events we subscribe to, as manifest.yml names them (`message` here is only message.im). */
export const EVENTS = ['app_mention', 'message.im', 'app_home_opened'] as const;

export function register(app: App, deps: AnswerDeps): void {
  app.event('app_mention', appMentionCallback(deps));
  app.event('message', directMessageCallback(deps));
  app.event('app_home_opened', appHomeOpenedCallback(deps));
}
