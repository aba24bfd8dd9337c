/**
 * The small grammars of what people type, whatever the front end: `/incident <text>`, `/report summary <section>`,
 * a mention or DM (`@reportdesk summarize the overview`). Text arrives as Slack sends it (entities, markup), which
 * is also what the console passes on.
 */
import { MAX_QUERY_LENGTH } from './action-values.js';
import { decodeSlackEntities } from './blocks/mrkdwn.js';

export interface ActionInput {
  actionId: string;
  value: string | null;
  userId: string;
  channelId: string | null;
  /** The message holding the button (absent for ephemeral messages). */
  messageTs: string | null;
  /** The thread to reply in: the message's thread, or the message itself. */
  threadTs: string | null;
  isEphemeral: boolean;
}

export type QueryInput = { query: string; truncatedAt: number | null };
export type IncidentRequest = { kind: 'help' } | ({ kind: 'search' } & QueryInput);
export type ReportRequest =
  | { kind: 'list'; country?: string }
  | { kind: 'help' }
  | { kind: 'section'; name: string }
  | { kind: 'summary'; name: string };
export type MentionRequest = { kind: 'help' } | { kind: 'summary'; name: string } | ({ kind: 'ask' } & QueryInput);

/**
 * Removes `<@U…>` mentions (ours or anyone's) so they are neither searched nor echoed.
 * @example stripMentions('<@U0LAN0Z89> attacks in Atyrau') //=> 'attacks in Atyrau'
 */
export function stripMentions(text: string): string {
  return text
    .replace(/<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Control characters, zero-width and bidirectional overrides: never part of a question, and an RTL override
// echoed back would flip how the rest of our reply displays.
// (Whitespace controls such as \n are folded into spaces below; the rest are removed.)
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/**
 * Replaces Slack's markup in incoming text with what the person sees: a link by its label (or its address), a
 * channel by its name; user mentions and broadcasts (`<!here>`) go, so they are neither searched nor echoed.
 * @example unwrapSlackMarkup('attacks in <https://x.example|Atyrau> <#C1|general>') //=> 'attacks in Atyrau #general'
 */
export function unwrapSlackMarkup(text: string): string {
  return text
    .replace(/<(?:https?:|mailto:)[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<((?:https?:|mailto:)[^>]*)>/g, '$1')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<!date\^[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<[@#!][^>]*>/g, ' ');
}

/**
 * Normalises what a person typed: Slack's entities decoded once, spaces collapsed, and cut to
 * MAX_QUERY_LENGTH so a 5,000-character paste still answers (and fits a button value).
 * @example cleanQuery('Atyrau &amp;  Aktobe') //=> { query: 'Atyrau & Aktobe', truncatedAt: null }
 */
export function cleanQuery(text: string): QueryInput {
  const query = decodeSlackEntities(unwrapSlackMarkup(text))
    .replace(INVISIBLE_CONTROLS, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (query.length <= MAX_QUERY_LENGTH) return { query, truncatedAt: null };
  return { query: query.slice(0, MAX_QUERY_LENGTH).trim(), truncatedAt: MAX_QUERY_LENGTH };
}

/** `/incident`, `/incident help` → help; anything else → a search. */
export function parseIncidentText(text: string): IncidentRequest {
  const cleaned = cleanQuery(text);
  if (cleaned.query === '' || /^(help|\?|-h|--help)[.!?]*$/i.test(cleaned.query)) return { kind: 'help' };
  return { kind: 'search', ...cleaned };
}

/**
 * `/report [list | help | summary <section> | <section>]`.
 * @example parseReportText('summary countering terrorist finance') //=> { kind: 'summary', name: 'countering terrorist finance' }
 */
export function parseReportText(text: string): ReportRequest {
  const { query } = cleanQuery(text);
  if (query === '' || /^(list|ls|reports)$/i.test(query)) return { kind: 'list' };
  const list = /^(?:list|ls|reports)\s+(?:of\s+|for\s+)?(.+)$/i.exec(query);
  if (list?.[1] !== undefined) return { kind: 'list', country: list[1].trim() };
  // "summary" with no section name is a question about usage, not a section called "summary".
  if (/^(help|\?|-h|--help|summary|summari[sz]e)[.!?]*$/i.test(query)) return { kind: 'help' };
  const summary = /^(?:summary|summari[sz]e)(?:\s+of)?\s+(.+)$/i.exec(query);
  if (summary?.[1] !== undefined) return { kind: 'summary', name: summary[1].trim() };
  return { kind: 'section', name: query };
}

/**
 * What a mention or DM asks for, once the mention is stripped.
 * @example parseMentionText('<@U0> summary of the overview') //=> { kind: 'summary', name: 'overview' }
 * @example parseMentionText('<@U0> attacks in Atyrau') //=> { kind: 'ask', query: 'attacks in Atyrau', truncatedAt: null }
 */
export function parseMentionText(text: string): MentionRequest {
  const cleaned = cleanQuery(stripMentions(text));
  if (cleaned.query === '' || /^(help|\?|hi|hello|hey)[.!?]*$/i.test(cleaned.query)) return { kind: 'help' };
  const summary =
    /^(?:(?:please|can you|could you)\s+)?(?:summari[sz]e|sum up|give me a summary of|(?:a\s+)?summary(?:\s+of)?)\s+(?:the\s+)?(.+?)(?:\s+section)?\s*[.?!]*$/i.exec(
      cleaned.query,
    );
  if (summary?.[1] !== undefined && summary[1].trim() !== '') return { kind: 'summary', name: summary[1].trim() };
  return { kind: 'ask', ...cleaned };
}
