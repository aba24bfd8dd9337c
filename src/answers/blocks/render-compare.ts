import type { KnownBlock, SectionBlock } from '@slack/types';
import type { ComparisonResult } from '../compare-request.js';
import type { ComparedSentence } from '../compare-sections.js';
import { compareChangeLabel, compareCounts, compareHeadline } from '../messages.js';
import { contextBlock, sectionBlock } from './elements.js';
import { LIMITS } from './limits.js';
import type { Message } from './message.js';
import { escapeMrkdwnText, truncateMrkdwn, truncatePlain } from './mrkdwn.js';
import { renderCitationText } from './render-citation.js';

const ROWS_PER_MESSAGE = 24;
/** Long sentences are cut so a row of two fields stays readable and within the message budget. */
const SENTENCE_LIMIT = 600;

function field(text: string): { type: 'mrkdwn'; text: string; verbatim: true } {
  return { type: 'mrkdwn', text: truncateMrkdwn(text, LIMITS.fieldText), verbatim: true };
}

function plain(text: string): string {
  return escapeMrkdwnText(truncatePlain(text, SENTENCE_LIMIT));
}

/** A reworded sentence with the words it lost struck (earlier year) or the words it gained in bold (later year). */
function marked(row: Extract<ComparedSentence, { change: 'reworded' }>, side: 'before' | 'after'): string {
  const text = row.parts
    .filter((part) => (side === 'before' ? !part.added : !part.removed))
    .map((part) => {
      const escaped = escapeMrkdwnText(part.text).trim();
      if (escaped === '') return part.text;
      const mark = side === 'before' ? (part.removed ? '~' : '') : part.added ? '*' : '';
      return part.text.replace(part.text.trim(), `${mark}${escaped}${mark}`);
    })
    .join('');
  return truncateMrkdwn(text, SENTENCE_LIMIT);
}

function rowBlock(row: ComparedSentence, from: number, to: number): SectionBlock {
  const label = `*${compareChangeLabel(row.change)}*`;
  const before = row.change === 'added' ? '—' : row.change === 'reworded' ? marked(row, 'before') : plain(row.before);
  const after = row.change === 'dropped' ? '—' : row.change === 'reworded' ? marked(row, 'after') : plain(row.after);
  return { type: 'section', fields: [field(`${label} · ${from}\n${before}`), field(`${to}\n${after}`)] };
}

/**
 * A section's two years side by side, sentence by sentence (kept, reworded with its changes marked, added,
 * dropped), a count at the top and both citations; or the reason there is nothing to compare.
 */
export function renderComparison(result: ComparisonResult): Message[] {
  if (result.kind === 'missing')
    return [{ text: result.message, blocks: [sectionBlock(escapeMrkdwnText(result.message))] }];
  const fromYear = result.from.report.year ?? 0;
  const toYear = result.to.report.year ?? 0;
  const headline = compareHeadline(result.country, result.to.section.heading, fromYear, toYear);
  const head: KnownBlock[] = [
    sectionBlock(`*${escapeMrkdwnText(headline)}*\n${escapeMrkdwnText(compareCounts(result.comparison.counts))}`),
    contextBlock([renderCitationText(result.from.citation), renderCitationText(result.to.citation)]),
  ];
  const rows = result.comparison.rows.map((row) => rowBlock(row, fromYear, toYear));
  const messages: Message[] = [];
  for (let start = 0; start < Math.max(rows.length, 1); start += ROWS_PER_MESSAGE) {
    const page = rows.slice(start, start + ROWS_PER_MESSAGE);
    messages.push({
      text: start === 0 ? headline : `${headline} (continued)`,
      blocks: start === 0 ? [...head, ...page] : page,
    });
  }
  return messages;
}
