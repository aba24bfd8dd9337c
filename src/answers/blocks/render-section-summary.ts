import type { KnownBlock } from '@slack/types';
import type { Incident } from '../../report/types.js';
import type { Citation } from '../../search/types.js';
import {
  SUMMARY_FALLBACK,
  SUMMARY_FULL_IN_THREAD,
  SUMMARY_HEADER,
  SUMMARY_INCIDENTS,
  SUMMARY_KEY_POINTS,
  SUMMARY_NO_SENTENCES,
} from '../messages.js';
import { contextBlock, headerBlock, sectionBlock } from './elements.js';
import { fitMessage, LIMITS } from './limits.js';
import type { Message } from './message.js';
import { escapeMrkdwnText, truncateMrkdwn } from './mrkdwn.js';
import { renderCitation } from './render-citation.js';
import { renderCasualties, renderIncidentHeadline } from './render-hit.js';
import { pageTexts } from './split-mrkdwn.js';

/** What summarizeSection returns: key sentences in report order, the section's incidents, the citation. */
export interface SectionSummary {
  sentences: string[];
  incidents: Incident[];
  citation: Citation;
}

const LINE_LIMIT = 500;
const SUMMARY_BUDGET = LIMITS.messageTextBudget - 1000;

/** Lines into as few sections as fit 3000 characters each. */
function linesToSections(lines: readonly string[]): KnownBlock[] {
  return pageTexts(lines, LIMITS.sectionText - 200, 200).map((group) => sectionBlock(group.join('\n')));
}

/**
 * A section summary: header, key sentences in report order, the dated incidents as a list, then
 * the citation. With `fullInThread`, a note that the full section follows in the thread.
 * @example renderSectionSummary('Countering Terrorist Finance', summary).blocks[0]
 * //=> { type: 'header', text: { type: 'plain_text', text: 'Summary: Countering Terrorist Finance', emoji: false } }
 */
export function renderSectionSummary(heading: string, summary: SectionSummary, fullInThread = false): Message {
  const half = Math.floor(SUMMARY_BUDGET / 2);
  const sentenceLines = summary.sentences.map(
    (sentence) => `• ${truncateMrkdwn(escapeMrkdwnText(sentence), LINE_LIMIT)}`,
  );
  const incidentLines = summary.incidents.map((incident) =>
    truncateMrkdwn(`• ${renderIncidentHeadline(incident)} (${renderCasualties(incident)})`, LINE_LIMIT),
  );
  const keep = (lines: string[], budget: number): string[] => {
    const [first = []] = pageTexts(lines, budget, 100);
    return first.length < lines.length ? [...first, '• …'] : first;
  };

  const blocks: KnownBlock[] = [headerBlock(SUMMARY_HEADER(heading))];
  if (sentenceLines.length === 0) blocks.push(sectionBlock(SUMMARY_NO_SENTENCES));
  else blocks.push(sectionBlock(SUMMARY_KEY_POINTS), ...linesToSections(keep(sentenceLines, half)));
  if (incidentLines.length > 0) {
    blocks.push(sectionBlock(SUMMARY_INCIDENTS(incidentLines.length)), ...linesToSections(keep(incidentLines, half)));
  }
  blocks.push(renderCitation(summary.citation));
  if (fullInThread) blocks.push(contextBlock([SUMMARY_FULL_IN_THREAD]));
  return fitMessage({ text: escapeMrkdwnText(SUMMARY_FALLBACK(heading)), blocks });
}
