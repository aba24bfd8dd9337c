import type { Button, KnownBlock } from '@slack/types';
import type { Incident } from '../../report/types.js';
import type { SearchHit } from '../../search/types.js';
import { ARRESTED, INCIDENT_KIND_LABELS, KILLED, NO_CASUALTY_FIGURES, PLACE_NOT_STATED, WOUNDED } from '../messages.js';
import { sectionBlock } from './elements.js';
import { formatDateRange } from './format-date.js';
import { LIMITS } from './limits.js';
import { escapeMrkdwnText, highlightTerms, truncateMrkdwn } from './mrkdwn.js';
import { renderCitation } from './render-citation.js';

/**
 * The headline of an incident: date, place and kind.
 * @example renderIncidentHeadline(atyrau) //=> '*31 October 2011* · Atyrau · attack'
 */
export function renderIncidentHeadline(incident: Incident): string {
  const places = incident.places.length > 0 ? incident.places.join(', ') : PLACE_NOT_STATED;
  const kind = INCIDENT_KIND_LABELS[incident.kind] ?? incident.kind;
  return `*${escapeMrkdwnText(formatDateRange(incident.date, incident.endDate))}* · ${escapeMrkdwnText(places)} · ${escapeMrkdwnText(kind)}`;
}

/**
 * The casualty figures the report states.
 * @example renderCasualties({ killed: 10, wounded: null, arrested: null, … }) //=> 'Killed: 10'
 */
export function renderCasualties(incident: Incident): string {
  const figures: string[] = [];
  if (incident.killed !== null) figures.push(`${KILLED}: ${incident.killed}`);
  if (incident.wounded !== null) figures.push(`${WOUNDED}: ${incident.wounded}`);
  if (incident.arrested !== null) figures.push(`${ARRESTED}: ${incident.arrested}`);
  return figures.length > 0 ? figures.join(' · ') : NO_CASUALTY_FIGURES;
}

/** The report's own words as a quote, matched words in bold, cut to `limit` with `…`. */
export function renderQuote(text: string, terms: readonly string[], limit: number): string {
  const quoted = highlightTerms(text.replace(/\s+/g, ' ').trim(), terms);
  return `>${truncateMrkdwn(quoted, limit - 1)}`;
}

/**
 * The mrkdwn of one hit (≤ `limit`, at most 3000 characters): for an incident, its headline,
 * casualties and own words; for a passage, its section and its words.
 */
export function renderHitText(hit: SearchHit, limit: number = LIMITS.sectionText): string {
  const head =
    hit.incident !== null
      ? `${renderIncidentHeadline(hit.incident)}\n${renderCasualties(hit.incident)}`
      : `*${escapeMrkdwnText(hit.citation.section)}*`;
  const max = Math.min(limit, LIMITS.sectionText);
  const headline = truncateMrkdwn(head, Math.min(600, Math.floor(max / 3)));
  return `${headline}\n${renderQuote(hit.text, hit.matchedTerms, max - headline.length - 1)}`;
}

/** One hit as a section (with an optional button beside it) and its citation line. */
export function renderHitBlocks(hit: SearchHit, accessory?: Button, limit?: number): KnownBlock[] {
  return [sectionBlock(renderHitText(hit, limit), accessory), renderCitation(hit.citation)];
}
