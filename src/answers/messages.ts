/**
 * Every user-facing string of the answers, whatever front end shows them (Slack, the console).
 * Tests assert on these constants. Templates are functions; what they interpolate is escaped
 * by the renderer that calls them, never here.
 */

// Buttons
export const BUTTON_NEXT_PAGE = 'Next 5';
export const BUTTON_SHARE = 'Share in channel';
export const BUTTON_SUMMARIZE_IN_THREAD = 'Summarize section in thread';
export const BUTTON_MORE_RESULTS = 'More results';
export const BUTTON_SUMMARIZE_THIS_SECTION = 'Summarize this section in thread';
export const BUTTON_SHOW_FULL_SECTION = 'Show full section';
export const BUTTON_FEEDBACK_UP = '👍';
export const BUTTON_FEEDBACK_DOWN = '👎';

// Feedback on answers
export const FEEDBACK_THANKS_UP = 'Thanks: your 👍 is noted.';
export const FEEDBACK_THANKS_DOWN = 'Thanks: your 👎 is noted. It helps us find what the answers miss.';
export const FEEDBACK_NOT_KEPT = 'Feedback is not kept in the console (no store is open). In Slack it is.';
export const FEEDBACK_NOT_SAVED = 'Sorry, your feedback could not be saved just now. Please try again later.';

// /incident
export const INCIDENT_HELP_HEADER = 'How to look up incidents with /incident';
export const INCIDENT_HELP_INTRO =
  'Type words, places or dates; add filters to narrow the list. I answer with the matching incident records, five at a time, each quoted from the report and cited.';
export const INCIDENT_HELP_LANGUAGE = [
  '*Free text*: places, groups or words from the report (`bombing`, `police post`). Near spellings are forgiven.',
  '*Dates*: `October 31`, `July 2011`, `2011-07-09`, `Q4 2011`.',
  '*Filters*: `place:` `country:` `year:` `kind:` `actor:` `since:` `until:` (dates as `2011-07` or `2011-07-09`).',
].join('\n');
export const INCIDENT_HELP_KINDS = (kinds: string) => `*Kinds*: ${kinds}.`;
/** The operators, each with an example from the loaded reports (escaped by the renderer). */
export const INCIDENT_HELP_OPERATORS = (e: {
  phrase: string;
  near: string;
  or: string;
  not: string;
  wildcard: string;
  letter: string;
  sort: string;
}) =>
  [
    '*Operators* (as on ecoi.net and Refworld; in capitals, so `or` in a question stays a word):',
    `• \`${e.phrase}\`: those words in that order (case, accents and punctuation ignored; no near spellings).`,
    `• \`${e.near}\`: the words at most that many words apart, in any order.`,
    `• \`${e.or}\`: either. \`${e.not}\` (or \`-word\`): leave out. \`(a OR b) c\`: brackets group. AND is the default.`,
    `• \`${e.wildcard}\`: any letters; \`${e.letter}\`: one letter (inside or at the end of a word, never at its start).`,
    `• \`${e.sort}\`: newest first; \`sort:oldest\`: oldest first (relevance by default).`,
  ].join('\n');
export const INCIDENT_HELP_EXAMPLES_TITLE = '*Try, from the loaded reports:*';
export const INCIDENT_HELP_FALLBACK = 'How to use /incident: type a place, a date or words, e.g. /incident Atyrau';
export const INCIDENT_RESULTS_TITLE = (shown: string, total: number, query: string) =>
  `*${shown} of ${total} ${total === 1 ? 'match' : 'matches'}* for “${query}”`;
export const INCIDENT_RESULTS_FALLBACK = (shown: string, total: number, query: string) =>
  `${shown} of ${total} ${total === 1 ? 'match' : 'matches'} for “${query}”`;
export const NO_MATCH_TITLE = (query: string) => `No incident records match “${query}”.`;
export const NO_MATCH_FALLBACK = (query: string) => `No matches for “${query}”`;
export const NO_MATCH_TRY = 'Did you mean:';
export const NO_MATCH_EXAMPLES = 'The loaded reports do not name it. Try a place, group, date or kind they do:';
export const QUERY_PROBLEMS_TITLE = 'There is a problem with the query:';
export const NO_MORE_RESULTS = 'There are no more results for this query.';
export const INCIDENT_RESULTS_TOTAL = (total: number) =>
  `It has ${total} match${total === 1 ? '' : 'es'} in all: run it again to see them from the start.`;
export const SHARED_BY = (userMention: string) => `Shared by ${userMention}`;
export const QUERY_TRUNCATED = (max: number) =>
  `Your query was longer than ${max} characters; I used the first ${max}.`;

// Incident fields
export const PLACE_NOT_STATED = 'place not stated';
export const NO_CASUALTY_FIGURES = 'No casualty figures stated';
export const KILLED = 'Killed';
export const WOUNDED = 'Wounded';
export const ARRESTED = 'Arrested';
/** Before the two accounts of the same deaths a record keeps one of: `Accounts differ: The KDF: 79 killed; …`. */
export const ACCOUNTS_DIFFER = 'Accounts differ';
export const INCIDENT_KIND_LABELS: Readonly<Record<string, string>> = Object.freeze({
  attack: 'attack',
  clash: 'clash with security forces',
  arrest: 'arrests',
  threat: 'threat or claim',
  designation: 'designation as terrorist',
});
export const SOURCE_LINK_LABEL = 'source';

// /report
export const REPORT_HELP =
  "Usage: `/report list` (chapters by country and year), `/report list germany` (a country's chapters and their sections), `/report &lt;section&gt;` or `/report kazakhstan 2011 finance` (a section in full), `/report summary &lt;section&gt;` or `/report summary overview kenya 2014` (summary in the channel, full text in its thread).";
export const REPORT_LIST_BY_COUNTRY = (countries: number, chapters: number) =>
  `${chapters} ${chapters === 1 ? 'chapter' : 'chapters'} of ${countries} ${countries === 1 ? 'country or region' : 'countries and regions'}`;
export const REPORT_LIST_PAGE = (from: number, to: number, total: number) => `Countries ${from}–${to} of ${total}`;
export const BUTTON_NEXT_COUNTRIES = 'Next countries';
export const NO_CHAPTER_OF = (name: string) => `No chapter of “${name}” is loaded.`;
export const CHOOSE_CHAPTER = (name: string, count: number) => `“${name}” is in ${count} chapters. Which one?`;
export const CHOOSE_CHAPTER_FALLBACK = (name: string) => `Which chapter of “${name}”?`;
export const CHOOSE_CHAPTER_CUT = (count: number) => `…and ${count} more: add a country or a year to narrow it.`;
export const NO_CHAPTER_LOADED = (asked: string) => `No ${asked} chapter is loaded.`;
export const NO_CHAPTER_LOADED_BUT = (asked: string, country: string, years: string) =>
  `No ${asked} chapter is loaded; ${country} is loaded for ${years}.`;
export const NO_CHAPTER_FALLBACK = (asked: string) => `No ${asked} chapter is loaded.`;
export const CHAPTER_SECTIONS = (chapter: string) => `${chapter} has these sections. Which one?`;
export const NO_SUCH_SECTION = (chapter: string) => `${chapter}: this chapter has no such section; it has:`;
export const HOME_BY_COUNTRY = '*Loaded, by country and year*';
export const REPORT_LIST_HEADER = 'Loaded reports';
export const REPORT_LIST_FALLBACK = (count: number) => `${count} ${count === 1 ? 'report' : 'reports'} loaded`;
export const REPORT_LIST_SECTIONS = 'Sections';
export const REPORT_LIST_INCIDENTS = (count: number) => `${count} dated ${count === 1 ? 'incident' : 'incidents'}`;
export const REPORTS_CUT = (count: number) => `…and ${count} more ${count === 1 ? 'report' : 'reports'}.`;
export const INCIDENTS_LOADING = (done: number, total: number) =>
  `⏳ The incident records are still being read after a fresh start (${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} files so far), so I can't list, count or draw incidents yet. Try again in a few seconds; questions about the reports' text can be asked now.`;
/** For GET /ready (operators), not for Slack users. */
export const INCIDENTS_NOT_READY = (done: number, total: number) =>
  `the incident records are still being read (${done} of ${total} files)`;
export const NO_REPORTS_LOADED =
  'No reports are loaded yet, so there is nothing to search. Ask whoever runs me to check DATA_DIR.';
export const SECTION_NOT_FOUND = (name: string) => `I found no section called “${name}”.`;
export const SECTION_CHOICES = 'Sections I know:';
export const SECTION_CONTINUES = (page: number, pages: number) => `Part ${page} of ${pages}`;
export const SECTION_CUT = 'The section is longer than I can post; the rest is in the source.';
export const SECTION_FALLBACK = (heading: string, title: string) => `${heading}, from ${title}`;
export const SECTION_NOT_AVAILABLE = 'That section is no longer loaded; ask again to get a fresh answer.';

// Summaries
export const SUMMARY_HEADER = (heading: string) => `Summary: ${heading}`;
export const SUMMARY_FALLBACK = (heading: string) => `Summary of ${heading}`;
export const SUMMARY_KEY_POINTS = '*Key points*';
export const SUMMARY_INCIDENTS = (count: number) => `*Dated incidents (${count})*`;
export const SUMMARY_NO_SENTENCES = 'The section has no text to summarise.';
export const SUMMARY_FULL_IN_THREAD = 'The full section follows in this thread.';

// Mentions and DMs
export const MENTION_HELP =
  'Ask me about the loaded reports, e.g. “attacks in Atyrau”, “what happened on July 9?”, or “summarize countering terrorist finance”. I answer in a thread with the passage, cited. Search operators work too: `"exact phrase"`, `OR`, `NOT`, `extrem*`, `sort:date` (see `/incident help`).';
export const MENTION_NO_ANSWER = (query: string) => `I found nothing in the reports about “${query}”.`;
export const MENTION_BEST_ANSWER = 'Best match in the reports';
/** The honest no: nothing loaded answers; `missing` is what no passage covers, in the question's words. */
export const NOT_IN_REPORTS = (query: string, missing: readonly string[]) =>
  `The loaded reports say nothing about “${query}”${missing.length ? ` (nothing loaded covers ${missing.join(', ')})` : ''}.`;
export const NOT_IN_REPORTS_FALLBACK = (query: string) => `The loaded reports say nothing about “${query}”`;
export const LOADED_FOR = (name: string, years: readonly number[]) =>
  years.length ? `Loaded for ${name}: ${years.join(', ')}.` : `Nothing is loaded for ${name}.`;
export const SAME_TEXT_IN = (years: readonly string[]) => `Same text in ${years.join(', ')}.`;
export const NO_RECORD_ON = (day: string) => `No record on ${day}.`;
export const MONTH_RECORDS = 'Records of that month (not matches):';
export const MONTHS_RECORDS = 'Records of those months (not matches):';
export const DATE_READINGS = (typed: string, first: string, second: string) =>
  `${typed} can be read as ${first} or as ${second}: both are searched.`;
export const NEAREST_NOT_AN_ANSWER = 'Nearest matches (not an answer):';
export const MENTION_MORE_TITLE = (from: number, to: number, total: number) =>
  `More results (${from}–${to} of ${total})`;

// App Home
export const HOME_HEADER = 'reportdesk: the Country Reports on Terrorism, answerable from Slack';
export const HOME_WHAT_I_KNOW = '*What I know*';
export const HOME_BY_YEAR = '*Incidents by year*';
export const HOME_BY_KIND = '*Incidents by kind*';
export const HOME_HOW_TO_ASK = '*How to ask*';
export const HOME_HOW_TO_ASK_TEXT = [
  '• `/incident &lt;words, place, date or filters&gt;`: incident records, five at a time (`/incident help` explains the query language).',
  '• `/report list`, `/report &lt;section&gt;`, `/report summary &lt;section&gt;`: reports and their sections.',
  '• Mention me in a channel or write to me here: I answer in a thread, quoting and citing the report.',
].join('\n');
export const HOME_NO_INCIDENTS = 'No dated incidents.';

// Buttons that no longer lead anywhere
export const BUTTON_EXPIRED = 'That button is out of date. Please ask again.';

// ---- Analysis answers: counts, exports, comparisons ----

/** The one line every count carries. */
export const STATED_FIGURES_NOTE =
  'These are the figures the reports state, added up; the reports describe some incidents, not every incident.';

export const NO_MATCHING_RECORDS = 'No incident record matches, so there is nothing to count.';

const MEASURE_NOUNS = {
  killed: 'killed',
  wounded: 'wounded',
  arrested: 'arrested',
  records: 'incident records',
} as const;

/** `23 killed in 6 records (of 13 matching “country:Kazakhstan year:2011”)` */
export function countHeadline(
  total: number,
  measure: keyof typeof MEASURE_NOUNS,
  withFigure: number,
  matching: number,
  query: string,
): string {
  if (measure === 'records') return `${total} incident record${total === 1 ? '' : 's'} match “${query}”`;
  return `${total} ${MEASURE_NOUNS[measure]}, as stated in ${withFigure} of ${matching} matching record${matching === 1 ? '' : 's'} (“${query}”)`;
}

export function noFigureLine(count: number, measure: string): string {
  return `${count} matching record${count === 1 ? ' states' : 's state'} no number ${measure}.`;
}

export const EXPORT_FORMATS = ['csv', 'json'] as const;

export function exportSummary(rows: number, query: string, format: string): string {
  return `${rows} incident record${rows === 1 ? '' : 's'} matching “${query}”, as ${format.toUpperCase()}, one row each.`;
}

export function compareHeadline(country: string, heading: string, from: number, to: number): string {
  return `What changed in ${country}’s “${heading}” between ${from} and ${to}`;
}

export function compareCounts(counts: { kept: number; reworded: number; added: number; dropped: number }): string {
  return `${counts.kept} kept · ${counts.reworded} reworded · ${counts.added} added · ${counts.dropped} dropped (sentences)`;
}

export function yearNotLoaded(country: string, year: number, loaded: readonly number[]): string {
  const list = loaded.length === 0 ? 'none' : loaded.join(', ');
  return `No ${year} report on ${country} is loaded. Years loaded for ${country}: ${list}.`;
}

export function countryNotLoaded(country: string): string {
  return `No report on “${country}” is loaded.`;
}

export function sectionNotInYear(section: string, country: string, year: number, headings: readonly string[]): string {
  return `The ${year} report on ${country} has no section like “${section}”. Its sections: ${headings.join(', ')}.`;
}

export const COMPARE_USAGE = 'Compare a section across two years: `/report compare kazakhstan 2011 2012 legislation`.';

// Pictures and exports
export const BUTTON_CHART = 'Chart';
export const BUTTON_MAP = 'Map';
export const BUTTON_EXPORT = 'Export CSV';
export const NOTHING_TO_PICTURE = 'No incident record matches, so there is nothing to chart or map.';
export const NOTHING_TO_EXPORT = 'No incident record matches, so there is nothing to export.';

export function pictureIntro(what: 'timeline' | 'map', records: number, query: string): string {
  return `${what === 'timeline' ? 'Timeline' : 'Map'} of ${records} incident record${records === 1 ? '' : 's'} for “${query}”.`;
}

export function moreRecordsNotShown(count: number): string {
  return `${count} more record${count === 1 ? ' is' : 's are'} counted but not listed here; export them for the full list.`;
}

export const UPLOAD_NOT_POSSIBLE = 'Files cannot be posted here (no conversation); ask in a channel or a DM with me.';

export function compareChangeLabel(change: 'kept' | 'reworded' | 'added' | 'dropped'): string {
  return { kept: 'Kept', reworded: 'Reworded', added: 'Added', dropped: 'Dropped' }[change];
}
export const INDEX_WORKER_FAILED = (reason: string) =>
  `the index of the changed data folder could not be built in a worker thread (${reason}): building it on the main thread, answers wait meanwhile`;
