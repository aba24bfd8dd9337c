import { answerCompare } from './answer-analysis.js';
import { escapeMrkdwnText } from './blocks/mrkdwn.js';
import { parseCompareRequest } from './compare-request.js';
import { CHAPTER_SECTIONS, CHOOSE_CHAPTER, CHOOSE_CHAPTER_FALLBACK, COMPARE_USAGE } from './messages.js';
import { ACTION_IDS, encodeChapterValue } from './action-values.js';
import type { SectionLookup } from '../search/index.js';
import type { Report, Section } from '../report/types.js';
import { renderNotice, renderReportHelp } from './blocks/render-help.js';
import {
  renderChapterButtons,
  renderChapterChoice,
  renderChapterNotLoaded,
  renderCountryChapters,
  renderNoSuchSection,
  renderReportList,
  renderReportListByCountry,
  renderSectionNotFound,
} from './blocks/render-report-list.js';
import { renderSectionPages } from './blocks/render-section.js';
import { renderSectionSummary } from './blocks/render-section-summary.js';
import type { Message } from './blocks/message.js';
import { describeCorpus } from './corpus-overview.js';
import type { AnswerDeps } from './answer-deps.js';
import { cleanQuery, parseReportText } from './grammar.js';
import type { Answer } from './answer.js';
import { allHeadings } from './search-with-deps.js';

/** A section's summary (with a note that the full text follows) and its full text as thread replies. */
export function summarizeWithFullText(
  deps: AnswerDeps,
  match: { report: Report; section: Section },
): { summary: Message; pages: Message[] } {
  const summary = deps.engine.summarizeSection(match.report, match.section);
  const citation = deps.engine.formatCitation(match.report, match.section);
  return {
    summary: { ...renderSectionSummary(match.section.heading, summary, true), response_type: 'in_channel' },
    pages: renderSectionPages(match.report, match.section, citation),
  };
}

/**
 * The answer to `/report [list | help | <section> | summary <section>]`: lists and sections are
 * private; a summary is posted in the channel with the full section in its thread.
 */
export function answerReportCommand(deps: AnswerDeps, text: string): Answer {
  const { query } = cleanQuery(text);
  if (/^compare\b/i.test(query)) {
    const compare = parseCompareRequest(query);
    if (compare === null) return { kind: 'private', messages: [renderNotice(escapeMrkdwnText(COMPARE_USAGE))] };
    return answerCompare(deps, compare, 'private');
  }
  const request = parseReportText(text);
  if (request.kind === 'list') return { kind: 'private', messages: [answerReportList(deps, request.country)] };
  if (request.kind === 'help') return { kind: 'private', messages: [renderReportHelp()] };
  const lookup = deps.engine.findSections(request.name);
  const summary = request.kind === 'summary';
  const namesChapter = lookup.named.countries.length > 0 || lookup.named.years.length > 0;
  if (namesChapter && lookup.chapters.length === 0)
    return { kind: 'private', messages: [renderMissingChapter(deps, request.name, lookup, summary)] };
  if (!lookup.sectionNamed && lookup.chapters.length > 0)
    return { kind: 'private', messages: [renderChapterPick(request.name, lookup.chapters, summary)] };
  const [match, ...others] = lookup.matches;
  if (match === undefined)
    return { kind: 'private', messages: [renderMissingSection(deps, request.name, lookup.chapters)] };
  if (others.length > 0) {
    // Several chapters have it (`/report summary overview`): ask which, one button per country and year.
    const choices = lookup.matches.map((m) => ({ label: chapterLabel(m.report), sectionId: m.section.id }));
    return { kind: 'private', messages: [renderChapterChoice(request.name, choices, summary)] };
  }
  if (request.kind === 'section') {
    const citation = deps.engine.formatCitation(match.report, match.section);
    return { kind: 'private', messages: renderSectionPages(match.report, match.section, citation) };
  }
  const summarized = summarizeWithFullText(deps, match);
  return { kind: 'public', message: summarized.summary, thread: summarized.pages };
}

/** `Kazakhstan 2011`: how a chapter is named on a button and in messages. */
export function chapterLabel(report: Report): string {
  return report.year === null ? report.country : `${report.country} ${report.year}`;
}

/**
 * `/report list`: with a few chapters, each with its sections; with more, every country with its years, paged.
 * `/report list germany`: that country's chapters with their sections.
 */
export function answerReportList(deps: AnswerDeps, country?: string, page = 0): Message {
  const overview = describeCorpus(deps.reports);
  if (country !== undefined) {
    const chapters = new Set(deps.engine.findSections(country).chapters.map((r) => r.id));
    return renderCountryChapters(
      country,
      overview.reports.filter((r) => chapters.has(r.id)),
      overview,
    );
  }
  return overview.reports.length <= FEW_CHAPTERS
    ? renderReportList(overview)
    : renderReportListByCountry(overview, page);
}

// Up to this many chapters, `/report list` shows each with its sections; beyond, one line per country.
const FEW_CHAPTERS = 5;

// No chapter has the section: when the request names chapters, say what they have instead.
function renderMissingSection(deps: AnswerDeps, name: string, chapters: readonly Report[]): Message {
  const [chapter] = chapters;
  if (chapter !== undefined && chapters.length === 1) {
    return renderNoSuchSection(
      chapterLabel(chapter),
      chapter.sections.map((s) => s.heading),
    );
  }
  const headings = chapters.length > 0 ? chapters.flatMap((r) => r.sections.map((s) => s.heading)) : allHeadings(deps);
  return renderSectionNotFound(name, headings);
}

/**
 * The sections of one chapter as buttons (`/report kenya 2013`, or a chapter picked from a choice): a click opens
 * the section in full, or posts its summary when one was asked for.
 */
export function renderChapterSections(report: Report, summary: boolean): Message {
  const label = escapeMrkdwnText(chapterLabel(report));
  return renderChapterButtons(
    CHAPTER_SECTIONS(label),
    CHAPTER_SECTIONS(label),
    report.sections.map((section) => ({
      label: section.heading,
      actionId: summary ? ACTION_IDS.reportPickSummary : ACTION_IDS.reportPickSection,
      value: section.id,
    })),
  );
}

// Chapters named with no section (`/report kenya`): one chapter lists its sections; several ask which chapter.
function renderChapterPick(name: string, chapters: readonly Report[], summary: boolean): Message {
  const [only] = chapters;
  if (only !== undefined && chapters.length === 1) return renderChapterSections(only, summary);
  const echo = escapeMrkdwnText(name);
  const newestFirst = [...chapters].sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
  return renderChapterButtons(
    CHOOSE_CHAPTER(echo, chapters.length),
    CHOOSE_CHAPTER_FALLBACK(echo),
    newestFirst.map((r) => chapterButton(r, summary)),
  );
}

function chapterButton(report: Report, summary: boolean) {
  return {
    label: chapterLabel(report),
    actionId: ACTION_IDS.reportPickChapter,
    value: encodeChapterValue({ reportId: report.id, summary }),
  };
}

/**
 * A country and year with no chapter loaded (`/report summary overview kenya 2014`): says so, with a button per
 * year loaded for the country, which opens the section asked for in that chapter (or the chapter's sections).
 */
export function renderMissingChapter(
  deps: AnswerDeps,
  name: string,
  lookup: SectionLookup,
  summary: boolean,
  sectionAction: string = summary ? ACTION_IDS.reportPickSummary : ACTION_IDS.reportPickSection,
): Message {
  const asked = [...lookup.named.countries, ...lookup.named.years.map(String)].join(' ');
  // The same request without its year: the section in each of the country's chapters.
  const sameSection = lookup.sectionNamed
    ? deps.engine.findSections(name.replace(/\b(?:19|20)\d\d\b/g, ' ')).matches
    : [];
  const choices = lookup.otherYears.map((report) => {
    const match = sameSection.find((m) => m.report === report);
    const button =
      match === undefined
        ? chapterButton(report, summary)
        : {
            label: chapterLabel(report),
            actionId: sectionAction,
            value: match.section.id,
          };
    return { ...button, year: report.year };
  });
  return renderChapterNotLoaded(asked, lookup.named.countries[0] ?? null, choices);
}
