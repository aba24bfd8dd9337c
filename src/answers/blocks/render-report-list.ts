import type { KnownBlock } from '@slack/types';
import type { CorpusOverview } from '../corpus-overview.js';
import { ACTION_IDS, encodeListPage } from '../action-values.js';
import {
  BUTTON_NEXT_COUNTRIES,
  CHOOSE_CHAPTER,
  CHOOSE_CHAPTER_CUT,
  CHOOSE_CHAPTER_FALLBACK,
  NO_CHAPTER_FALLBACK,
  NO_CHAPTER_LOADED,
  NO_CHAPTER_LOADED_BUT,
  NO_CHAPTER_OF,
  NO_SUCH_SECTION,
  REPORT_LIST_BY_COUNTRY,
  REPORT_LIST_PAGE,
  NO_REPORTS_LOADED,
  REPORT_LIST_FALLBACK,
  REPORT_LIST_HEADER,
  REPORT_LIST_INCIDENTS,
  REPORT_LIST_SECTIONS,
  REPORTS_CUT,
  SECTION_CHOICES,
  SECTION_NOT_FOUND,
} from '../messages.js';
import { actionsBlock, buttonElement, contextBlock, headerBlock, sectionBlock } from './elements.js';
import { fitMessage, LIMITS } from './limits.js';
import type { Message } from './message.js';
import { escapeMrkdwnText, truncateMrkdwn, truncatePlain } from './mrkdwn.js';

const MAX_LISTED = 40;

/** One report: title, incident count, and its sections. */
export function renderReportEntry(report: CorpusOverview['reports'][number]): string {
  const sections = report.sections.map((heading) => escapeMrkdwnText(heading)).join(' · ');
  return `*${escapeMrkdwnText(report.title)}* (${REPORT_LIST_INCIDENTS(report.incidents)})\n${REPORT_LIST_SECTIONS}: ${sections}`;
}

/**
 * `/report list`: every loaded report with its sections (the first 40, then how many more).
 * Each entry is cut so the whole message stays within Slack's summed-text limit.
 */
export function renderReportList(overview: CorpusOverview): Message {
  if (overview.reports.length === 0)
    return fitMessage({ text: NO_REPORTS_LOADED, blocks: [sectionBlock(NO_REPORTS_LOADED)] });
  const listed = overview.reports.slice(0, MAX_LISTED);
  const perEntry = Math.min(LIMITS.sectionText, Math.floor(LIMITS.messageTextBudget / listed.length));
  const blocks: KnownBlock[] = [
    headerBlock(REPORT_LIST_HEADER),
    ...listed.map((report) => sectionBlock(truncateMrkdwn(renderReportEntry(report), perEntry))),
  ];
  const more = overview.reports.length - listed.length;
  if (more > 0) blocks.push(contextBlock([REPORTS_CUT(more)]));
  return fitMessage({ text: REPORT_LIST_FALLBACK(overview.reports.length), blocks });
}

/** "No section called …" with the headings the person could have meant. */
export function renderSectionNotFound(name: string, headings: readonly string[]): Message {
  const unique = [...new Set(headings)].slice(0, 60).map((heading) => `\`${escapeMrkdwnText(heading)}\``);
  const blocks: KnownBlock[] = [sectionBlock(SECTION_NOT_FOUND(escapeMrkdwnText(truncatePlain(name, 200))))];
  if (unique.length > 0) blocks.push(sectionBlock(`${SECTION_CHOICES} ${unique.join(' · ')}`));
  return fitMessage({ text: SECTION_NOT_FOUND(escapeMrkdwnText(truncatePlain(name, 200))), blocks });
}

/** How many countries one page of `/report list` shows. */
export const COUNTRIES_PER_PAGE = 40;

/** One line per country: `*Kazakhstan*: 2010, 2011, 2012`. */
export function renderCountryLines(byCountry: CorpusOverview['byCountry']): string[] {
  return byCountry.map((c) => `*${escapeMrkdwnText(c.country)}*: ${c.years.length ? c.years.join(', ') : '—'}`);
}

/** Lines packed into as few section blocks as fit (3,000 characters each). */
export function packLines(lines: readonly string[]): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  let text = '';
  for (const line of lines) {
    if (text && text.length + line.length + 1 > LIMITS.sectionText) {
      blocks.push(sectionBlock(text));
      text = '';
    }
    text = text ? `${text}\n${line}` : truncateMrkdwn(line, LIMITS.sectionText);
  }
  if (text) blocks.push(sectionBlock(text));
  return blocks;
}

/**
 * `/report list` over the series: every country or region with the years of its chapters, alphabetically, a
 * page of 40 countries at a time with "Next countries".
 */
export function renderReportListByCountry(overview: CorpusOverview, page = 0): Message {
  if (overview.reports.length === 0)
    return fitMessage({ text: NO_REPORTS_LOADED, blocks: [sectionBlock(NO_REPORTS_LOADED)] });
  const total = overview.byCountry.length;
  const from = Math.min(page * COUNTRIES_PER_PAGE, Math.max(0, total - 1));
  const shown = overview.byCountry.slice(from, from + COUNTRIES_PER_PAGE);
  const summary = REPORT_LIST_BY_COUNTRY(total, overview.reports.length);
  const blocks: KnownBlock[] = [
    headerBlock(REPORT_LIST_HEADER),
    contextBlock([`${summary} · ${REPORT_LIST_PAGE(from + 1, from + shown.length, total)}`]),
  ];
  blocks.push(...packLines(renderCountryLines(shown)));
  const next =
    from + shown.length < total
      ? actionsBlock([buttonElement(BUTTON_NEXT_COUNTRIES, ACTION_IDS.reportListPage, encodeListPage(page + 1))])
      : null;
  if (next !== null) blocks.push(next);
  return fitMessage({ text: summary, blocks });
}

/** `/report list germany`: the chapters of one country, each with its sections; or what is loaded instead. */
export function renderCountryChapters(
  name: string,
  reports: CorpusOverview['reports'],
  overview: CorpusOverview,
): Message {
  if (reports.length === 0) {
    const blocks: KnownBlock[] = [
      sectionBlock(escapeMrkdwnText(NO_CHAPTER_OF(truncatePlain(name, 100)))),
      ...packLines(renderCountryLines(overview.byCountry.slice(0, COUNTRIES_PER_PAGE))),
    ];
    return fitMessage({ text: NO_CHAPTER_OF(escapeMrkdwnText(truncatePlain(name, 100))), blocks });
  }
  const perEntry = Math.min(LIMITS.sectionText, Math.floor(LIMITS.messageTextBudget / reports.length));
  const blocks: KnownBlock[] = [
    headerBlock(REPORT_LIST_HEADER),
    ...reports.slice(0, MAX_LISTED).map((r) => sectionBlock(truncateMrkdwn(renderReportEntry(r), perEntry))),
  ];
  return fitMessage({ text: REPORT_LIST_FALLBACK(reports.length), blocks });
}

/** How many chapters a choice offers as buttons (Slack allows 25 elements in an actions block). */
const MAX_CHOICES = 20;

/** A button of a chapter choice: its label (`Kenya 2013`), what it does and what it carries. */
export interface ChapterButton {
  label: string;
  actionId: string;
  value: string;
}

/** A question with one button per chapter (at most 20, then how many more), as Block Kit. */
export function renderChapterButtons(text: string, fallback: string, choices: readonly ChapterButton[]): Message {
  const buttons = choices
    .slice(0, MAX_CHOICES)
    .map((c) => buttonElement(truncatePlain(c.label, LIMITS.buttonText), c.actionId, c.value));
  const blocks: KnownBlock[] = [sectionBlock(text)];
  const actions = actionsBlock(buttons);
  if (actions !== null) blocks.push(actions);
  if (choices.length > MAX_CHOICES) blocks.push(contextBlock([CHOOSE_CHAPTER_CUT(choices.length - MAX_CHOICES)]));
  return fitMessage({ text: fallback, blocks });
}

/**
 * When a section request fits several chapters: ask which, with one button per country and year (its value the
 * section id), rather than choosing silently. `actionId` says what a click does (by default the section in full,
 * or its summary when `summary` is set).
 */
export function renderChapterChoice(
  name: string,
  choices: readonly { label: string; sectionId: string }[],
  summary: boolean,
  actionId: string = summary ? ACTION_IDS.reportPickSummary : ACTION_IDS.reportPickSection,
): Message {
  const echo = escapeMrkdwnText(truncatePlain(name, 100));
  return renderChapterButtons(
    CHOOSE_CHAPTER(echo, choices.length),
    CHOOSE_CHAPTER_FALLBACK(echo),
    choices.map((c) => ({ label: c.label, actionId, value: c.sectionId })),
  );
}

/**
 * A country and year with no chapter loaded (`/report kenya 2014`): says so, names the years that are loaded for
 * the country, and offers them as buttons.
 * @example renderChapterNotLoaded('Kenya 2014', 'Kenya', [{ label: 'Kenya 2017', … }, { label: 'Kenya 2013', … }])
 * //=> "No Kenya 2014 chapter is loaded; Kenya is loaded for 2017, 2013." [Kenya 2017] [Kenya 2013]
 */
export function renderChapterNotLoaded(
  asked: string,
  country: string | null,
  choices: readonly (ChapterButton & { year: number | null })[],
): Message {
  const echo = escapeMrkdwnText(truncatePlain(asked, 100));
  const years = [...new Set(choices.map((c) => c.year).filter((y) => y !== null))].sort((a, b) => a - b);
  const text =
    country !== null && years.length > 0
      ? NO_CHAPTER_LOADED_BUT(echo, escapeMrkdwnText(country), years.join(', '))
      : NO_CHAPTER_LOADED(echo);
  return renderChapterButtons(text, NO_CHAPTER_FALLBACK(echo), choices);
}

/** A chapter named that lacks the section asked for: "this chapter has no such section; it has: …". */
export function renderNoSuchSection(chapter: string, headings: readonly string[]): Message {
  const text = NO_SUCH_SECTION(escapeMrkdwnText(chapter));
  const list = headings.map((h) => `\`${escapeMrkdwnText(h)}\``).join(' · ');
  return fitMessage({
    text: `${text} ${list}`,
    blocks: [sectionBlock(truncateMrkdwn(`${text} ${list}`, LIMITS.sectionText))],
  });
}
