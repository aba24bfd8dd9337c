import type { ContextBlock } from '@slack/types';
import type { Citation } from '../../search/types.js';
import { SOURCE_LINK_LABEL } from '../messages.js';
import { contextBlock } from './elements.js';
import { formatReportDate } from './format-date.js';
import { escapeMrkdwnText, renderLink } from './mrkdwn.js';

/**
 * The citation as one mrkdwn line: title, section, publisher, publication date and the source
 * link where the report gives one. Every part comes from a report, so every part is escaped.
 * @example renderCitationText(citation)
 * //=> ':page_facing_up: *Country Reports on Terrorism 2011 - Kazakhstan* · 2011 Terrorist Incidents · United States Department of State · 31 July 2012'
 */
export function renderCitationText(citation: Citation): string {
  const parts = [`:page_facing_up: *${escapeMrkdwnText(citation.title)}*`, escapeMrkdwnText(citation.section)];
  if (citation.publisher !== null) parts.push(escapeMrkdwnText(citation.publisher));
  if (citation.publicationDate !== null) parts.push(escapeMrkdwnText(formatReportDate(citation.publicationDate)));
  const link = citation.sourceUrl === null ? null : renderLink(citation.sourceUrl, SOURCE_LINK_LABEL);
  if (link !== null) parts.push(link);
  return parts.join(' · ');
}

/** The citation as a context block, shown under each hit. */
export function renderCitation(citation: Citation): ContextBlock {
  return contextBlock([renderCitationText(citation)]);
}
