import type { KnownBlock } from '@slack/types';
import type { AnswerVerdict } from '../../search/types.js';
import {
  DATE_READINGS,
  LOADED_FOR,
  MONTH_RECORDS,
  MONTHS_RECORDS,
  NEAREST_NOT_AN_ANSWER,
  NO_RECORD_ON,
  NOT_IN_REPORTS,
} from '../messages.js';
import { contextBlock, sectionBlock } from './elements.js';
import { formatReportDate } from './format-date.js';
import { escapeMrkdwnText } from './mrkdwn.js';

/**
 * The head of an honest "no": what the reports do not cover, a day with no record, what is loaded for the
 * countries asked, and the label under which the nearest matches follow (as "not an answer").
 * @param echo - the query as shown (already escaped)
 * @example renderAbstention('kazakhstan 2016 gun shop', verdict)[0] // "The loaded reports say nothing about …"
 */
export function renderAbstention(echo: string, verdict: AnswerVerdict): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  if (verdict.noRecordOn) {
    const days = [verdict.noRecordOn, verdict.noRecordOnAlso].filter((d): d is string => Boolean(d)).map(showDay);
    blocks.push(sectionBlock(escapeMrkdwnText(NO_RECORD_ON(days.join(' or ')))));
  }
  // A day with no record, and nothing else amiss: the month's records follow as what there is.
  const onlyTheDay = Boolean(verdict.noRecordOn) && verdict.missing.length === 1;
  if (!onlyTheDay) blocks.push(sectionBlock(NOT_IN_REPORTS(echo, verdict.missing.map(escapeMrkdwnText))));
  const loaded = verdict.loaded.map((l) => escapeMrkdwnText(LOADED_FOR(l.name, l.years)));
  if (loaded.length) blocks.push(contextBlock([loaded.join(' ')]));
  const months = verdict.noRecordOnAlso ? MONTHS_RECORDS : MONTH_RECORDS;
  blocks.push(contextBlock([onlyTheDay ? months : NEAREST_NOT_AN_ANSWER]));
  return blocks;
}

// Year 2000 stands for a date typed without a year (`December 3`): shown without one.
function showDay(iso: string): string {
  return iso.startsWith('2000-') ? formatReportDate(iso).replace(/ 2000$/, '') : formatReportDate(iso);
}

/** The note on an ambiguous numeric date: `3/12/2011 can be read as 12 March 2011 or as 3 December 2011`. */
export function renderDateReadings(response: {
  query: { dateRange: { label: string } | null };
  dateReadings?: string[];
}): KnownBlock[] {
  const [first, second] = response.dateReadings ?? [];
  const typed = response.query.dateRange?.label;
  if (first === undefined || second === undefined || typed === undefined) return [];
  return [contextBlock([escapeMrkdwnText(DATE_READINGS(typed, formatReportDate(first), formatReportDate(second)))])];
}
