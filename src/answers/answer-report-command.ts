import { answerCompare } from './answer-analysis.js';
import { escapeMrkdwnText } from './blocks/mrkdwn.js';
import { parseCompareRequest } from './compare-request.js';
import { COMPARE_USAGE } from './messages.js';
import type { Report, Section } from '../report/types.js';
import { renderNotice, renderReportHelp } from './blocks/render-help.js';
import {
  renderChapterChoice,
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
  const [match, ...others] = lookup.matches;
  if (match === undefined)
    return { kind: 'private', messages: [renderMissingSection(deps, request.name, lookup.chapters)] };
  if (others.length > 0) {
    // Several chapters have it (`/report summary overview`): ask which, one button per country and year.
    const choices = lookup.matches.map((m) => ({ label: chapterLabel(m.report), sectionId: m.section.id }));
    return { kind: 'private', messages: [renderChapterChoice(request.name, choices, request.kind === 'summary')] };
  }
  if (request.kind === 'section') {
    const citation = deps.engine.formatCitation(match.report, match.section);
    return { kind: 'private', messages: renderSectionPages(match.report, match.section, citation) };
  }
  const { summary, pages } = summarizeWithFullText(deps, match);
  return { kind: 'public', message: summary, thread: pages };
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
