import { describe, expect, it } from 'vitest';
import {
  parseBlockAction,
  parseCommandPayload,
  parseDeliveryKey,
  parseDirectMessageEvent,
  parseInstallationOf,
  parseMentionEvent,
  revokesBotToken,
} from './input.js';

describe('payload guards', () => {
  it('reads a slash command and rejects one without a user', () => {
    expect(parseCommandPayload({ command: '/incident', text: 'x', user_id: 'U1', channel_id: 'C1' })).toEqual({
      command: '/incident',
      text: 'x',
      userId: 'U1',
      channelId: 'C1',
    });
    expect(parseCommandPayload({ command: '/incident', channel_id: 'C1' })).toBeNull();
    expect(parseCommandPayload('nonsense')).toBeNull();
  });

  it('answers mentions in their thread, and ignores bots, edits and ourselves', () => {
    const event = { type: 'app_mention', user: 'U1', text: '<@U0> hi', channel: 'C1', ts: '2.0', thread_ts: '1.0' };
    expect(parseMentionEvent(event, 'U0')).toEqual({
      user: 'U1',
      text: '<@U0> hi',
      channel: 'C1',
      ts: '2.0',
      threadTs: '1.0',
    });
    expect(parseMentionEvent({ ...event, thread_ts: undefined }, 'U0')?.threadTs).toBe('2.0');
    expect(parseMentionEvent({ ...event, bot_id: 'B9' }, 'U0')).toBeNull();
    expect(parseMentionEvent({ ...event, subtype: 'message_changed' }, 'U0')).toBeNull();
    expect(parseMentionEvent({ ...event, user: 'U0' }, 'U0')).toBeNull();
  });

  it('reads only people’s new DMs', () => {
    const event = { type: 'message', channel_type: 'im', user: 'U1', text: 'Atyrau', channel: 'D1', ts: '3.0' };
    expect(parseDirectMessageEvent(event, 'U0')?.threadTs).toBe('3.0');
    expect(parseDirectMessageEvent({ ...event, channel_type: 'channel' }, 'U0')).toBeNull();
    expect(parseDirectMessageEvent({ ...event, subtype: 'channel_join' }, 'U0')).toBeNull();
    expect(parseDirectMessageEvent({ ...event, bot_id: 'B0' }, 'U0')).toBeNull();
  });

  it('reads a block action with its thread', () => {
    const body = {
      type: 'block_actions',
      user: { id: 'U1' },
      channel: { id: 'C1' },
      container: { type: 'message', message_ts: '5.0', thread_ts: '4.0', channel_id: 'C1', is_ephemeral: false },
      message: { ts: '5.0' },
      actions: [{ action_id: 'section_full_thread', value: 'x' }],
    };
    expect(parseBlockAction(body)).toEqual({
      actionId: 'section_full_thread',
      value: 'x',
      userId: 'U1',
      channelId: 'C1',
      messageTs: '5.0',
      threadTs: '4.0',
      isEphemeral: false,
    });
    expect(parseBlockAction({ ...body, actions: [] })).toBeNull();
  });
});

describe('parseDeliveryKey', () => {
  it('keys an event by its event_id, a command and a click by their trigger_id', () => {
    expect(parseDeliveryKey({ event_id: 'Ev1', event: { type: 'app_mention' } })).toBe('event:Ev1');
    expect(parseDeliveryKey({ command: '/incident', trigger_id: '398.474.803a' })).toBe('command:398.474.803a');
    expect(parseDeliveryKey({ type: 'block_actions', trigger_id: '5.2.e8' })).toBe('block_actions:5.2.e8');
  });

  it('returns null when nothing identifies the delivery', () => {
    expect(parseDeliveryKey({ event: { type: 'app_mention' } })).toBeNull();
    expect(parseDeliveryKey({ command: '/incident' })).toBeNull();
    expect(parseDeliveryKey(null)).toBeNull();
  });
});

describe('parseInstallationOf', () => {
  it('reads the installation from authorizations[0], else from the envelope', () => {
    expect(
      parseInstallationOf({
        team_id: 'T1',
        authorizations: [{ team_id: null, enterprise_id: 'E1', is_enterprise_install: true }],
      }),
    ).toEqual({ teamId: 'T1', enterpriseId: 'E1', isEnterpriseInstall: true });
    expect(parseInstallationOf({ team_id: 'T2', event: {} })).toEqual({
      teamId: 'T2',
      enterpriseId: null,
      isEnterpriseInstall: false,
    });
    expect(parseInstallationOf({ event: {} })).toBeNull();
  });
});

describe('revokesBotToken', () => {
  it('is true only when a bot token is among the revoked', () => {
    expect(revokesBotToken({ type: 'tokens_revoked', tokens: { bot: ['U0BOT'] } })).toBe(true);
    expect(revokesBotToken({ type: 'tokens_revoked', tokens: { oauth: ['U1'], bot: [] } })).toBe(false);
    expect(revokesBotToken({ type: 'tokens_revoked' })).toBe(false);
  });
});
