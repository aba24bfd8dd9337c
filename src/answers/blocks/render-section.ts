import type { KnownBlock } from '@slack/types';
import type { Report, Section } from '../../report/types.js';
import type { Citation } from '../../search/types.js';
import { SECTION_CONTINUES, SECTION_CUT, SECTION_FALLBACK } from '../messages.js';
import { contextBlock, headerBlock, sectionBlock } from './elements.js';
import { fitMessage, LIMITS } from './limits.js';
import type { Message } from './message.js';
import { escapeMrkdwnText } from './mrkdwn.js';
import { renderCitation } from './render-citation.js';
import { markCut, pageTexts, splitMrkdwn } from './split-mrkdwn.js';

/** A section longer than this many messages is cut (with a note) rather than flooding a thread. */
export const MAX_SECTION_PAGES = 5;

/**
 * A section in full, as one or more messages (each within Slack's limits): its heading and
 * citation, then every passage in report order. Passages longer than a block are split.
 * @example renderSectionPages(report, overview, citation).length //=> 1
 */
export function renderSectionPages(report: Report, section: Section, citation: Citation): Message[] {
  const pieces = section.passages.flatMap((passage) =>
    splitMrkdwn(escapeMrkdwnText(passage.text.trim()), LIMITS.sectionText),
  );
  const budget = LIMITS.messageTextBudget - 1500;
  const allPages = pieces.length > 0 ? pageTexts(pieces, budget, LIMITS.messageBlocks - 5) : [[]];
  const cut = allPages.length > MAX_SECTION_PAGES;
  const pages = allPages.slice(0, MAX_SECTION_PAGES);
  const fallback = escapeMrkdwnText(SECTION_FALLBACK(section.heading, report.title));
  return pages.map((texts, i) => {
    const last = i === pages.length - 1;
    const blocks: KnownBlock[] = [];
    if (i === 0) blocks.push(headerBlock(section.heading), renderCitation(citation));
    if (pages.length > 1) blocks.push(contextBlock([SECTION_CONTINUES(i + 1, pages.length)]));
    blocks.push(...(last && cut ? markCut(texts) : texts).map((text) => sectionBlock(text)));
    if (last && cut) blocks.push(contextBlock([SECTION_CUT]));
    return fitMessage({ text: fallback, blocks });
  });
}
