import type { Installation } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import { createInstallationStore, toBoltInstallation, toInstallationRecord } from './installation-store.js';
import { NO_BOT_IN_INSTALLATION, NOT_INSTALLED } from './messages.js';

/** What Bolt's installer builds from an oauth.v2.access answer for a workspace install. */
const INSTALLATION: Installation<'v2', false> = {
  team: { id: 'T9', name: 'Ninth' },
  enterprise: undefined,
  user: { id: 'U0INSTALLER', token: undefined, scopes: undefined },
  bot: { token: 'xoxb-9', scopes: ['commands', 'chat:write'], id: 'B9', userId: 'U0BOT9' },
  appId: 'A9',
  tokenType: 'bot',
  isEnterpriseInstall: false,
  authVersion: 'v2',
};

describe('toInstallationRecord', () => {
  it('keeps the bot, the team and the installer', () => {
    expect(toInstallationRecord(INSTALLATION)).toEqual({
      teamId: 'T9',
      enterpriseId: null,
      isEnterpriseInstall: false,
      appId: 'A9',
      botToken: 'xoxb-9',
      botId: 'B9',
      botUserId: 'U0BOT9',
      botScopes: ['commands', 'chat:write'],
      installerUserId: 'U0INSTALLER',
    });
  });

  it('refuses an install without a bot', () => {
    expect(() => toInstallationRecord({ ...INSTALLATION, bot: undefined })).toThrow(NO_BOT_IN_INSTALLATION);
  });
});

describe('createInstallationStore', () => {
  it('stores what the installer hands it and gives Bolt back an installation it can authorize with', async () => {
    const store = await openStore({ databaseUrl: null, storePath: ':memory:', now: () => 42 });
    const installations = createInstallationStore(store);
    await installations.storeInstallation(INSTALLATION);
    const fetched = await installations.fetchInstallation({
      teamId: 'T9',
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    });
    const { team: _team, ...rest } = INSTALLATION;
    expect(fetched).toEqual({ ...rest, team: { id: 'T9' } });
    expect(toBoltInstallation(toInstallationRecord(INSTALLATION)).bot?.token).toBe('xoxb-9');
    await installations.deleteInstallation?.({ teamId: 'T9', enterpriseId: undefined, isEnterpriseInstall: false });
    await expect(
      installations.fetchInstallation({ teamId: 'T9', enterpriseId: undefined, isEnterpriseInstall: false }),
    ).rejects.toThrow(NOT_INSTALLED('team T9'));
    await store.close();
  });
});
