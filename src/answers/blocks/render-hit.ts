import type { Button, KnownBlock } from '@slack/types';
import type { Incident } from '../../report/types.js';
import type { SearchHit } from '../../search/types.js';
import {
  ACCOUNTS_DIFFER,
  ARRESTED,
  INCIDENT_KIND_LABELS,
  KILLED,
  NO_CASUALTY_FIGURES,
  PLACE_NOT_STATED,
  WOUNDED,
  SAME_TEXT_IN,
} from '../messages.js';
import { contextBlock, sectionBlock } from './elements.js';
import { formatDateRange } from './format-date.js';
import { LIMITS } from './limits.js';
import { escapeMrkdwnText, highlightTerms, renderLink, truncateMrkdwn, truncatePlain } from './mrkdwn.js';
import { leadWithAnswer } from '../lead-with-answer.js';
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

/** How long the words of one figure may be: a figure's own phrase is short; a longer one is cut with `…`. */
const EVIDENCE_LIMIT = 140;

/** Report words in italics, safe: escaped, no `_` `~` or backtick of its own to break the italics, on one line. */
function renderEvidenceWords(words: string): string {
  const plain = truncatePlain(words.replace(/\s+/g, ' ').replace(/[_~`]/g, ' ').trim(), EVIDENCE_LIMIT);
  return `_${escapeMrkdwnText(plain)}_`;
}

/**
 * Each stated figure with the report's words it was read from, one a line, and the two accounts where the text gives
 * two: a reader can check a number without opening the chapter.
 * @example renderCasualtyEvidence(kulsary) //=> 'Killed: 2 — _killed at least two_'
 */
export function renderCasualtyEvidence(incident: Incident): string {
  const lines: string[] = [];
  const evidence = incident.evidence ?? {};
  for (const [label, value, words] of [
    [KILLED, incident.killed, evidence.killed],
    [WOUNDED, incident.wounded, evidence.wounded],
    [ARRESTED, incident.arrested, evidence.arrested],
  ] as const) {
    if (value === null) continue;
    lines.push(words ? `${label}: ${value} — ${renderEvidenceWords(words)}` : `${label}: ${value}`);
  }
  if (evidence.accounts) lines.push(`${ACCOUNTS_DIFFER}: ${escapeMrkdwnText(truncatePlain(evidence.accounts, 300))}`);
  return lines.length > 0 ? lines.join('\n') : NO_CASUALTY_FIGURES;
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
      ? `${renderIncidentHeadline(hit.incident)}\n${renderCasualtyEvidence(hit.incident)}`
      : `*${escapeMrkdwnText(hit.citation.section)}*`;
  const max = Math.min(limit, LIMITS.sectionText);
  const headline = truncateMrkdwn(head, Math.min(600, Math.floor(max / 3)));
  // A passage leads with the sentence that answers; the rest of the paragraph follows in the report's order.
  const split = hit.incident === null ? leadWithAnswer(hit.text, hit.matchedTerms) : null;
  if (split === null) return `${headline}\n${renderQuote(hit.text, hit.matchedTerms, max - headline.length - 1)}`;
  const lead = renderQuote(split.lead, hit.matchedTerms, Math.floor((max - headline.length) / 2));
  const rest = renderQuote(split.rest, hit.matchedTerms, max - headline.length - lead.length - 2);
  return `${headline}\n${lead}\n${rest}`;
}

/** One hit as a section (with an optional button beside it) and its citation line. */
export function renderHitBlocks(hit: SearchHit, accessory?: Button, limit?: number): KnownBlock[] {
  const blocks: KnownBlock[] = [sectionBlock(renderHitText(hit, limit), accessory), renderCitation(hit.citation)];
  const same = hit.sameText ?? [];
  if (same.length > 0) {
    // Each year links to its chapter's source where the copy gives one.
    const years = [
      ...new Set(
        same.map((s) => {
          const label = s.year === null ? escapeMrkdwnText(s.title) : String(s.year);
          return (s.sourceUrl === null ? null : renderLink(s.sourceUrl, label)) ?? label;
        }),
      ),
    ];
    blocks.push(contextBlock([SAME_TEXT_IN(years)]));
  }
  return blocks;
}
