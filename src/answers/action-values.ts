/**
 * The buttons we put on messages: their action ids and what their `value` carries. A value comes
 * back to us from Slack and could be tampered with, so decoding checks every field.
 */

export const ACTION_IDS = Object.freeze({
  incidentNextPage: 'incident_next_page',
  incidentShare: 'incident_share',
  sectionSummaryInThread: 'section_summary_thread',
  sectionFullInThread: 'section_full_thread',
  askMoreResults: 'ask_more_results',
  incidentChart: 'incident_chart',
  incidentMap: 'incident_map',
  incidentExport: 'incident_export',
  reportPickSection: 'report_pick_section',
  reportPickSummary: 'report_pick_summary',
  reportListPage: 'report_list_page',
  reportPickChapter: 'report_pick_chapter',
  feedbackUp: 'feedback_up',
  feedbackDown: 'feedback_down',
});
export type ActionId = (typeof ACTION_IDS)[keyof typeof ACTION_IDS];
export const ALL_ACTION_IDS: readonly ActionId[] = Object.freeze(Object.values(ACTION_IDS));

/** Queries are cut to this length before searching, so a page value always fits a button (2000). */
export const MAX_QUERY_LENGTH = 500;

/** A position in a list of results: the query and where the next page starts. */
export interface PageValue {
  query: string;
  offset: number;
}

/** @example encodePageValue({ query: 'Atyrau', offset: 5 }) //=> '{"q":"Atyrau","o":5}' */
export function encodePageValue(value: PageValue): string {
  return JSON.stringify({ q: value.query.slice(0, MAX_QUERY_LENGTH), o: value.offset });
}

/** @returns the page, or null when the value is not one we made. */
export function decodePageValue(value: unknown): PageValue | null {
  const parsed = parseValueObject(value);
  if (parsed === null) return null;
  const { q, o } = parsed;
  if (typeof q !== 'string' || typeof o !== 'number' || !Number.isInteger(o) || o < 0 || o > 100_000) return null;
  return { query: q.slice(0, MAX_QUERY_LENGTH), offset: o };
}

// A button value we encoded as a JSON object; anything else Slack hands back (edited, truncated, foreign) is null.
function parseValueObject(value: unknown): Record<string, unknown> | null {
  if (typeof value !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** A section is named by its stable id (`crt-2011-kazakhstan/overview`). */
export function encodeSectionValue(sectionId: string): string | null {
  return sectionId.length > 0 && sectionId.length <= 2000 ? sectionId : null;
}

export function decodeSectionValue(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 && value.length <= 2000 ? value : null;
}

/** What a 👍 / 👎 button carries: which answer, and the query it answered (kept with the vote). */
export interface FeedbackValue {
  answerId: string;
  query: string;
}

/** @example encodeFeedbackValue({ answerId: 'ask-0a1b2c3d4e5f', query: 'Atyrau' }) //=> '{"a":"ask-0a1b2c3d4e5f","q":"Atyrau"}' */
export function encodeFeedbackValue(value: FeedbackValue): string {
  return JSON.stringify({ a: value.answerId, q: value.query.slice(0, MAX_QUERY_LENGTH) });
}

/** @returns the answer and query, or null when the value is not one we made. */
export function decodeFeedbackValue(value: unknown): FeedbackValue | null {
  const parsed = parseValueObject(value);
  if (parsed === null) return null;
  const { a, q } = parsed;
  if (typeof a !== 'string' || !/^[a-z]+-[0-9a-f]{12}$/.test(a) || typeof q !== 'string') return null;
  return { answerId: a, query: q.slice(0, MAX_QUERY_LENGTH) };
}

/** A page of `/report list`: its number from 0. @example encodeListPage(2) //=> '2' */
export function encodeListPage(page: number): string {
  return String(page);
}

export function decodeListPage(value: unknown): number | null {
  if (typeof value !== 'string' || !/^\d{1,4}$/.test(value)) return null;
  return Number(value);
}

/** A chapter picked from a choice (`/report kenya 2014` → Kenya 2013), and whether a summary was asked for. */
export interface ChapterValue {
  reportId: string;
  summary: boolean;
}

/** @example encodeChapterValue({ reportId: 'crt-2013-kenya', summary: true }) //=> '{"r":"crt-2013-kenya","s":1}' */
export function encodeChapterValue(value: ChapterValue): string {
  return JSON.stringify({ r: value.reportId.slice(0, 1000), s: value.summary ? 1 : 0 });
}

/** @returns the chapter and mode, or null when the value is not one we made. */
export function decodeChapterValue(value: unknown): ChapterValue | null {
  const parsed = parseValueObject(value);
  if (parsed === null) return null;
  const { r, s } = parsed;
  if (typeof r !== 'string' || r.length === 0 || r.length > 1000 || (s !== 0 && s !== 1)) return null;
  return { reportId: r, summary: s === 1 };
}
