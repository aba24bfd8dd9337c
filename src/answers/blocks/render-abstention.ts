import type { KnownBlock } from '@slack/types';
import type { AnswerVerdict } from '../../search/types.js';
import { LOADED_FOR, NEAREST_NOT_AN_ANSWER, NO_RECORD_ON, NOT_IN_REPORTS } from '../messages.js';
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
    // Year 2000 stands for a date typed without a year (`December 3`): shown without one.
    const day = verdict.noRecordOn.startsWith('2000-') ? formatReportDate(verdict.noRecordOn).replace(/ 2000$/, '') : formatReportDate(verdict.noRecordOn);
    blocks.push(sectionBlock(escapeMrkdwnText(NO_RECORD_ON(day))));
  }
  blocks.push(sectionBlock(NOT_IN_REPORTS(echo, verdict.missing.map(escapeMrkdwnText))));
  const loaded = verdict.loaded.map((l) => escapeMrkdwnText(LOADED_FOR(l.name, l.years)));
  if (loaded.length) blocks.push(contextBlock([loaded.join(' ')]));
  blocks.push(contextBlock([NEAREST_NOT_AN_ANSWER]));
  return blocks;
}
