import { describe, expect, it } from 'vitest';
import {
  cleanQuery,
  parseIncidentText,
  parseMentionText,
  parseReportText,
  stripMentions,
  unwrapSlackMarkup,
} from './grammar.js';

describe('parseIncidentText', () => {
  it('returns help for empty text or help', () => {
    expect(parseIncidentText('')).toEqual({ kind: 'help' });
    expect(parseIncidentText('  HELP ')).toEqual({ kind: 'help' });
  });
  it('returns a search with Slack entities decoded', () => {
    expect(parseIncidentText('Atyrau &amp; Aktobe')).toEqual({
      kind: 'search',
      query: 'Atyrau & Aktobe',
      truncatedAt: null,
    });
  });
});

describe('parseReportText', () => {
  it('reads list, help, a section and a summary', () => {
    expect(parseReportText('')).toEqual({ kind: 'list' });
    expect(parseReportText('list')).toEqual({ kind: 'list' });
    expect(parseReportText('help')).toEqual({ kind: 'help' });
    expect(parseReportText('Countering Terrorist Finance')).toEqual({
      kind: 'section',
      name: 'Countering Terrorist Finance',
    });
    expect(parseReportText('summary overview')).toEqual({ kind: 'summary', name: 'overview' });
  });
});

describe('parseMentionText', () => {
  it('strips the mention and recognises summary requests', () => {
    expect(parseMentionText('<@U0LAN0Z89> summarize countering terrorist finance')).toEqual({
      kind: 'summary',
      name: 'countering terrorist finance',
    });
    expect(parseMentionText('<@U0LAN0Z89> summary of the overview')).toEqual({ kind: 'summary', name: 'overview' });
    expect(parseMentionText('<@U0LAN0Z89> can you summarise the 2011 terrorist incidents section?')).toEqual({
      kind: 'summary',
      name: '2011 terrorist incidents',
    });
  });
  it('treats anything else as a question, and a bare mention as help', () => {
    expect(parseMentionText('<@U0LAN0Z89|reportdesk> attacks in Atyrau')).toEqual({
      kind: 'ask',
      query: 'attacks in Atyrau',
      truncatedAt: null,
    });
    expect(parseMentionText('<@U0LAN0Z89>')).toEqual({ kind: 'help' });
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
    expect(unwrapSlackMarkup('attacks in <https://x.example/a|Atyrau> <#C123|general>')).toBe(
      'attacks in Atyrau #general',
    );
    expect(unwrapSlackMarkup('<https://www.state.gov/x> and <mailto:a@b.example|a@b.example>')).toBe(
      'https://www.state.gov/x and a@b.example',
    );
    expect(unwrapSlackMarkup('<!here> <@U123|bob> Kenkiyak <!subteam^S1|@team>').trim()).toBe('Kenkiyak');
  });
});

describe('edge cases of typed text', () => {
  it('searches the label of a pasted link, not its markup', () => {
    expect(parseIncidentText('<https://evil.example|Atyrau>')).toEqual({
      kind: 'search',
      query: 'Atyrau',
      truncatedAt: null,
    });
  });
  it('drops control characters and bidirectional overrides', () => {
    expect(cleanQuery('Aty\u202Erau\u0000 \u200Bbombing\n')).toEqual({ query: 'Atyrau bombing', truncatedAt: null });
  });
  it('reads help with trailing punctuation, and a bare /report summary as help', () => {
    expect(parseIncidentText('Help?')).toEqual({ kind: 'help' });
    expect(parseReportText('summary')).toEqual({ kind: 'help' });
  });
});
