import type { KnownBlock } from '@slack/types';
import type { IncidentCount } from '../count-incidents.js';
import { evidenceQuote } from '../evidence-words.js';
import {
  countHeadline,
  moreRecordsNotShown,
  NO_MATCHING_RECORDS,
  noFigureLine,
  STATED_FIGURES_NOTE,
} from '../messages.js';
import { contextBlock, sectionBlock } from './elements.js';
import { formatReportDate } from './format-date.js';
import type { Message } from './message.js';
import { escapeMrkdwnText, truncatePlain } from './mrkdwn.js';

/** Records listed per message, and messages at most: beyond that the export has them all. */
const RECORDS_PER_MESSAGE = 20;
const MAX_MESSAGES = 5;

function figureText(count: IncidentCount, record: IncidentCount['counted'][number]): string {
  const { incident } = record;
  if (count.measure !== 'records') return `*${incident[count.measure]} ${count.measure}*`;
  const parts = (['killed', 'wounded', 'arrested'] as const).flatMap((m) =>
    incident[m] === null ? [] : [`${incident[m]} ${m}`],
  );
  return parts.length === 0 ? 'no figure stated' : `*${parts.join(', ')}*`;
}

function recordBlock(count: IncidentCount, record: IncidentCount['counted'][number]): KnownBlock {
  const { incident, citation } = record;
  const places = incident.places.length === 0 ? 'no place named' : escapeMrkdwnText(incident.places.join(', '));
  const { quote, marks } = evidenceQuote(incident, count.measure === 'records' ? null : count.measure);
  // The words the figure was read from in bold, inside the sentence that states it.
  let words = escapeMrkdwnText(truncatePlain(quote, 1200));
  for (const mark of marks) {
    const escaped = escapeMrkdwnText(mark);
    if (escaped.trim() !== '') words = words.replace(escaped, `*${escaped}*`);
  }
  return sectionBlock(
    [
      `*${escapeMrkdwnText(formatReportDate(incident.date))}* · ${places} · ${figureText(count, record)}`,
      `> ${words}`,
      `_${escapeMrkdwnText(truncatePlain(citation.text, 600))}_`,
    ].join('\n'),
  );
}

/**
 * A count with its evidence: the number, how many matching records state no figure, the line saying these are the
 * reports' stated figures, then every record the number came from (date, place, figure, the words it was read from,
 * the citation), over as many messages as needed.
 */
export function renderCount(count: IncidentCount): Message[] {
  if (count.matching === 0)
    return [{ text: NO_MATCHING_RECORDS, blocks: [sectionBlock(escapeMrkdwnText(NO_MATCHING_RECORDS))] }];
  const headline = countHeadline(count.total, count.measure, count.counted.length, count.matching, count.query);
  const lines = [
    `*${escapeMrkdwnText(headline)}*`,
    ...(count.measure === 'records'
      ? [
          `Stated in these records: ${count.sums.killed} killed, ${count.sums.wounded} wounded, ${count.sums.arrested} arrested.`,
        ]
      : []),
    escapeMrkdwnText(
      noFigureLine(count.withoutFigure, count.measure === 'records' ? 'killed, wounded or arrested' : count.measure),
    ),
  ];
  const head: KnownBlock[] = [sectionBlock(lines.join('\n')), contextBlock([escapeMrkdwnText(STATED_FIGURES_NOTE)])];
  const shown = count.counted.slice(0, RECORDS_PER_MESSAGE * MAX_MESSAGES);
  const messages: Message[] = [];
  for (let start = 0; start < Math.max(shown.length, 1); start += RECORDS_PER_MESSAGE) {
    const blocks = shown.slice(start, start + RECORDS_PER_MESSAGE).map((record) => recordBlock(count, record));
    messages.push({
      text: start === 0 ? headline : `${headline} (records ${start + 1}–${start + blocks.length})`,
      blocks: start === 0 ? [...head, ...blocks] : blocks,
    });
  }
  const rest = count.counted.length - shown.length;
  const last = messages.at(-1);
  if (rest > 0 && last !== undefined) last.blocks.push(contextBlock([escapeMrkdwnText(moreRecordsNotShown(rest))]));
  return messages;
}
