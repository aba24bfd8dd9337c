import { describe, expect, it } from 'vitest';
import {
  cleanQuery,
  parseBlockAction,
  parseCommandPayload,
  parseDirectMessageEvent,
  parseIncidentText,
  parseMentionEvent,
  parseMentionText,
  parseReportText,
  stripMentions,
  unwrapSlackMarkup,
} from './input.js';

describe('parseIncidentText', () => {
  it('returns help for empty text or help', () => {
    expect(parseIncidentText('')).toEqual({ kind: 'help' });
    expect(parseIncidentText('  HELP ')).toEqual({ kind: 'help' });
  });
  it('returns a search with Slack entities decoded', () => {
    expect(parseIncidentText('Atyrau &amp; Aktobe')).toEqual({ kind: 'search', query: 'Atyrau & Aktobe', truncatedAt: null });
  });
});

describe('parseReportText', () => {
  it('reads list, help, a section and a summary', () => {
    expect(parseReportText('')).toEqual({ kind: 'list' });
    expect(parseReportText('list')).toEqual({ kind: 'list' });
    expect(parseReportText('help')).toEqual({ kind: 'help' });
    expect(parseReportText('Countering Terrorist Finance')).toEqual({ kind: 'section', name: 'Countering Terrorist Finance' });
    expect(parseReportText('summary overview')).toEqual({ kind: 'summary', name: 'overview' });
  });
});

describe('parseMentionText', () => {
  it('strips the mention and recognises summary requests', () => {
    expect(parseMentionText('<@U0LAN0Z89> summarize countering terrorist finance')).toEqual({ kind: 'summary', name: 'countering terrorist finance' });
    expect(parseMentionText('<@U0LAN0Z89> summary of the overview')).toEqual({ kind: 'summary', name: 'overview' });
    expect(parseMentionText('<@U0LAN0Z89> can you summarise the 2011 terrorist incidents section?')).toEqual({
      kind: 'summary',
      name: '2011 terrorist incidents',
    });
  });
  it('treats anything else as a question, and a bare mention as help', () => {
    expect(parseMentionText('<@U0LAN0Z89|reportdesk> attacks in Atyrau')).toEqual({ kind: 'ask', query: 'attacks in Atyrau', truncatedAt: null });
    expect(parseMentionText('<@U0LAN0Z89>')).toEqual({ kind: 'help' });
  });
});

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
    expect(parseMentionEvent(event, 'U0')).toEqual({ user: 'U1', text: '<@U0> hi', channel: 'C1', ts: '2.0', threadTs: '1.0' });
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

describe('edge cases', () => {
  it('cuts a 5,000-character query to 500 and says so', () => {
    const { query, truncatedAt } = cleanQuery('a'.repeat(5000));
    expect(query).toHaveLength(500);
    expect(truncatedAt).toBe(500);
  });
  it('strips every user mention', () => {
    expect(stripMentions('<@U1> and <@W2|bob> here')).toBe('and here');
  });
});

describe('unwrapSlackMarkup', () => {
  it('keeps what the person sees of links and channels, and drops mentions and broadcasts', () => {
    expect(unwrapSlackMarkup('attacks in <https://x.example/a|Atyrau> <#C123|general>')).toBe('attacks in Atyrau #general');
    expect(unwrapSlackMarkup('<https://www.state.gov/x> and <mailto:a@b.example|a@b.example>')).toBe(
      'https://www.state.gov/x and a@b.example',
    );
    expect(unwrapSlackMarkup('<!here> <@U123|bob> Kenkiyak <!subteam^S1|@team>').trim()).toBe('Kenkiyak');
  });
});

describe('edge cases of typed text', () => {
  it('searches the label of a pasted link, not its markup', () => {
    expect(parseIncidentText('<https://evil.example|Atyrau>')).toEqual({ kind: 'search', query: 'Atyrau', truncatedAt: null });
  });
  it('drops control characters and bidirectional overrides', () => {
    expect(cleanQuery('Aty\u202Erau\u0000 \u200Bbombing\n')).toEqual({ query: 'Atyrau bombing', truncatedAt: null });
  });
  it('reads help with trailing punctuation, and a bare /report summary as help', () => {
    expect(parseIncidentText('Help?')).toEqual({ kind: 'help' });
    expect(parseReportText('summary')).toEqual({ kind: 'help' });
  });
});
