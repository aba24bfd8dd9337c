/**
 * Installing from Slack (OAuth v2) through Bolt's installer on the real HTTP receiver: /slack/install, then
 * /slack/oauth_redirect against a stand-in oauth.v2.access; a slash command from the new workspace is answered
 * with the token the store kept; app_uninstalled and tokens_revoked remove it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_INSTALLED, NOT_INSTALLED_REPLY } from '../../src/slack/messages.js';
import type { InstallationQuery } from '../../src/store/store.js';
import { createRecordingLogger, waitUntil } from '../support/recording-logger.js';
import { type Harness, startHarness } from './harness.js';
import { sendCommand, sendEvent } from './signed-request.js';

const OAUTH = {
  clientId: '1111.2222',
  clientSecret: 'oauth-client-secret',
  stateSecret: 'oauth-state-secret-0123456789',
};
const INSTALLED_TOKEN = 'xoxb-installed-T9';
const T9: InstallationQuery = { teamId: 'T9', enterpriseId: null, isEnterpriseInstall: false };

const logger = createRecordingLogger();
let harness: Harness | undefined;
function app(): Harness {
  if (harness === undefined) throw new Error('beforeAll starts the app');
  return harness;
}
function base(): string {
  return app().url.replace(/\/slack\/events$/, '');
}

function uninstallEvent(type: 'app_uninstalled' | 'tokens_revoked', event: Record<string, unknown>, id: string) {
  return {
    token: 'legacy',
    team_id: 'T9',
    api_app_id: 'A9',
    event: { type, ...event },
    type: 'event_callback',
    event_id: id,
    event_time: 1715449522,
    authorizations: [
      { enterprise_id: null, team_id: 'T9', user_id: 'U0BOT9', is_bot: true, is_enterprise_install: false },
    ],
  };
}

/** Walks the install like a browser: the install page sets the state cookie, Slack redirects back with a code. */
async function install(): Promise<Response> {
  const page = await fetch(`${base()}/slack/install`);
  expect(page.status).toBe(200);
  const cookie = (page.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const state = /[?&;]state=([^&"]+)/.exec(await page.text())?.[1];
  expect(cookie).toMatch(/^slack-app-oauth-state=/);
  expect(state).toBeDefined();
  return fetch(`${base()}/slack/oauth_redirect?code=the-code&state=${state ?? ''}`, { headers: { cookie } });
}

beforeAll(async () => {
  harness = await startHarness({ config: { botToken: null, oauth: OAUTH }, logger });
  app().slack.answer('oauth.v2.access', {
    app_id: 'A9',
    authed_user: { id: 'U0INSTALLER' },
    scope: 'commands,app_mentions:read,chat:write,im:history',
    token_type: 'bot',
    access_token: INSTALLED_TOKEN,
    bot_user_id: 'U0BOT9',
    team: { id: 'T9', name: 'Ninth' },
    enterprise: null,
    is_enterprise_install: false,
  });
  app().slack.answer('auth.test', { bot_id: 'B9', user_id: 'U0BOT9', team_id: 'T9', url: 'https://ninth.slack.com/' });
});
afterAll(async () => {
  await harness?.close();
});

describe('OAuth install', () => {
  it('exchanges the code, keeps the installation, answers that workspace with its token, and forgets it on uninstall', async () => {
    const done = await install();
    expect(done.status).toBe(200);
    const exchange = app().slack.calls.find((call) => call.method === 'oauth.v2.access');
    expect(exchange?.args).toMatchObject({ code: 'the-code', client_id: OAUTH.clientId });
    expect(await app().deps.store.findInstallation(T9)).toMatchObject({
      teamId: 'T9',
      botToken: INSTALLED_TOKEN,
      botId: 'B9',
      botUserId: 'U0BOT9',
      botScopes: ['commands', 'app_mentions:read', 'chat:write', 'im:history'],
      installerUserId: 'U0INSTALLER',
    });

    app().slack.reset();
    const response = await sendCommand(app().url, {
      team_id: 'T9',
      channel_id: 'C9',
      user_id: 'U9',
      command: '/report',
      text: 'summary overview',
      api_app_id: 'A9',
      is_enterprise_install: 'false',
      response_url: app().slack.responseUrl('oauth-cmd'),
      trigger_id: '9.9.1',
    });
    expect(response.status).toBe(200);
    const posts = await app().slack.waitFor((calls) => calls.some((call) => call.method === 'chat.postMessage'));
    const post = posts.find((call) => call.method === 'chat.postMessage');
    expect(post?.args.channel).toBe('C9');
    expect(post?.authorization).toBe(`Bearer ${INSTALLED_TOKEN}`);

    const uninstalled = await sendEvent(app().url, uninstallEvent('app_uninstalled', {}, 'EvUninstall1'));
    expect(uninstalled.status).toBe(200);
    await waitUntil(
      () => logger.lines.some((line) => line.includes('app_uninstalled: deleted 1 installation')),
      () => logger.lines.join('\n'),
    );
    expect(await app().deps.store.findInstallation(T9)).toBeNull();
  });

  it('says plainly when a workspace has no installation (uninstalled?), and tells a slash command so', async () => {
    const response = await sendCommand(app().url, {
      team_id: 'T404',
      user_id: 'U404',
      channel_id: 'C404',
      command: '/incident',
      text: 'Atyrau',
      api_app_id: 'A9',
      is_enterprise_install: 'false',
      response_url: app().slack.responseUrl('gone-cmd'),
      trigger_id: '9.9.404',
    });
    expect(response.status).toBe(200);
    const calls = await app().slack.waitFor((all) => all.some((call) => call.path === '/response/gone-cmd'));
    expect(calls.find((call) => call.path === '/response/gone-cmd')?.args.text).toBe(NOT_INSTALLED_REPLY);
    const mention = {
      team_id: 'T405',
      api_app_id: 'A9',
      type: 'event_callback',
      event_id: 'EvGone1',
      event_time: 1715449522,
      event: { type: 'app_mention', user: 'U405', text: '<@U0BOT9> Atyrau', ts: '1.5', channel: 'C405' },
    };
    expect((await sendEvent(app().url, mention)).status).toBe(200);
    await waitUntil(
      () => logger.lines.some((line) => line.includes(NOT_INSTALLED('team T405'))),
      () => logger.lines.join('\n'),
    );
    const about = (line: string) => line.includes('T404') || line.includes('T405');
    expect(logger.lines.filter((line) => !line.startsWith('debug') && about(line))).toEqual([
      `warn ${NOT_INSTALLED('team T404')}`,
      `warn ${NOT_INSTALLED('team T405')}`,
    ]);
    expect(logger.lines.filter((line) => line.includes('unhandled error in a listener'))).toEqual([]);
  });

  it('forgets an installation whose bot token was revoked, and keeps one when only user tokens were', async () => {
    const store = app().deps.store;
    const record = {
      ...T9,
      appId: 'A9',
      botToken: INSTALLED_TOKEN,
      botId: 'B9',
      botUserId: 'U0BOT9',
      botScopes: ['commands'],
      installerUserId: 'U1',
    };
    await store.saveInstallation(record);
    await sendEvent(app().url, uninstallEvent('tokens_revoked', { tokens: { oauth: ['U1'] } }, 'EvRevokeUser'));
    await waitUntil(
      () => logger.lines.some((line) => line.includes('tokens_revoked for user tokens only')),
      () => logger.lines.join('\n'),
    );
    expect((await store.findInstallation(T9))?.botToken).toBe(INSTALLED_TOKEN);
    await sendEvent(app().url, uninstallEvent('tokens_revoked', { tokens: { bot: ['U0BOT9'] } }, 'EvRevokeBot'));
    await waitUntil(
      () => logger.lines.some((line) => line.includes('tokens_revoked: deleted 1 installation')),
      () => logger.lines.join('\n'),
    );
    expect(await store.findInstallation(T9)).toBeNull();
  });
});
