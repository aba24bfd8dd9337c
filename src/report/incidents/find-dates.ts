import { format, isValid, parse } from 'date-fns';

/** A date the text gives for an event, with where it stands in the sentence. */
export interface DateMention {
  start: number;
  end: number;
  /** ISO at the precision given: `2011-10-31` or `2011-10`. */
  date: string;
  endDate: string | null;
  /**
   * The date opens the sentence (`On May 17, …`, `In January, …`, `A July 11-16 operation …`): the sentence
   * is about a new event, and the undated sentences after it go on telling it.
   */
  leads: boolean;
}

const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:,? (\\d{4}))?';

// "July 11", "Oct. 31, 2011", "July 11-16", "January 3 to 7", "September 30 to October 1", "July 11 and 12" (the
// second day starts a range only with a dash, "to" or "through", or after "between": see BETWEEN).
const RANGE_END = `(?:\\s?[-–]\\s?|\\s+(?:to|through|until)\\s+)(?:(${MONTHS})\\s+)?(\\d{1,2})(?![\\d:])`;
const MONTH_DAY = new RegExp(`\\b(${MONTHS}) ${DAY}(?:${RANGE_END})?${YEAR}\\b`, 'g');
// "between January 3 and 7, 2015", "between September 30 and October 1".
const BETWEEN = new RegExp(`\\bbetween (${MONTHS}) ${DAY}${YEAR} and (?:(${MONTHS})\\s+)?(\\d{1,2})(?![\\d:])${YEAR}`, 'gi');
// "31 October 2011", "31 October".
const DAY_MONTH = new RegExp(`\\b(\\d{1,2}) (${MONTHS})${YEAR}\\b`, 'g');
// Month precision only where a sentence opens with it: "In January, …", "In June 2019, …", "A May attack …".
const LEADING_MONTH = new RegExp(
  `^(?:(?:In|During|Also in|Later in|Then in) (?:early |mid-|late |the (?:beginning|end|middle) of )?|(?:In )?(?:A|An) (?:early |mid-|late )?)(${MONTHS})(?: (\\d{4}))?\\b(?!\\s?\\d)`,
);
// What may stand before a date that opens a sentence: "On", "In an", a short lead-in clause ("Early on").
// "From June 15-17, 2014, …", "Between January 3 and 7, …" and "Also in 2014, on May 3, …" open a sentence too.
const LEAD_IN =
  /^(?:(?:On|Also on|Then on|Later on|By|From|Between|In (?:an?|the)|(?:A|An)|On the (?:night|morning|evening) of|(?:Also |Later |Then )?in \d{4},? on)\s)?$/i;

/**
 * Finds the dates of events in one sentence, with the report's year where the text gives none.
 * A date used as a name for an event already told ("the October 31 bombings") is a reference, not an event, and
 * is left out; so is a month that does not open the sentence ("in connection with May explosions").
 *
 * @param sentence - one sentence of the report
 * @param year - the year the report covers, used when the date has none; null when unknown
 * @returns the event dates in order of appearance
 * @example
 * findDates('On October 31, two explosions took place.', 2011)
 * // → [{ start: 3, end: 13, date: '2011-10-31', endDate: null, leads: true }]
 */
export function findDates(sentence: string, year: number | null): DateMention[] {
  const mentions: DateMention[] = [];
  const taken: Array<[number, number]> = [];

  for (const m of sentence.matchAll(BETWEEN)) {
    const [, month = '', day = '', , toMonth, toDay, endYear] = m;
    const start = m.index + 'between '.length;
    pushDay(start, m[0].length - 'between '.length, month, day, toDay, m[3] ?? endYear, toMonth);
  }
  for (const m of sentence.matchAll(MONTH_DAY)) {
    const [, month = '', day = '', toMonth, toDay, ownYear] = m;
    pushDay(m.index, m[0].length, month, day, toDay, ownYear, toMonth);
  }
  for (const m of sentence.matchAll(DAY_MONTH)) {
    const [, day = '', month = '', ownYear] = m;
    pushDay(m.index, m[0].length, month, day, undefined, ownYear, undefined);
  }

  const lead = LEADING_MONTH.exec(sentence);
  if (lead && !taken.some(([s]) => s < lead[0].length + 4)) {
    const [whole, leadMonth = '', leadYear] = lead;
    const y = leadYear ? Number(leadYear) : year;
    const monthIndex = monthNumber(leadMonth);
    if (y !== null && monthIndex !== null) {
      const d = parse(`${y}-${monthIndex}`, 'yyyy-M', new Date(0));
      if (isValid(d)) {
        const start = lead.index + whole.length - leadMonth.length - (leadYear ? leadYear.length + 1 : 0);
        mentions.push({ start, end: lead.index + whole.length, date: format(d, 'yyyy-MM'), endDate: null, leads: true });
      }
    }
  }
  return mentions.sort((a, b) => a.start - b.start);

  function pushDay(
    start: number,
    length: number,
    month: string,
    day: string,
    toDay: string | undefined,
    ownYear: string | undefined,
    toMonth: string | undefined,
  ): void {
    const end = start + length;
    if (taken.some(([s, e]) => start < e && end > s)) return;
    taken.push([start, end]);
    const before = sentence.slice(0, start);
    // "the October 31 bombings", "the July 1 attack": a name for an event told elsewhere. "from January 3 to 7"
    // is a range of its own.
    if (/\b(?:the|this|that|same|since|after|before|until|following)\s+$/i.test(before)) return;
    if (/\bfrom\s+$/i.test(before) && toDay === undefined) return;
    if (/'s?\s*$/.test(before) || /^['’]s\b/.test(sentence.slice(end))) return;
    // "Also in 2014, on May 3, …": the lead-in gives the year.
    const leadYear = /\bin (\d{4}),? on\s+$/i.exec(before)?.[1];
    const y = ownYear ? Number(ownYear) : leadYear ? Number(leadYear) : year;
    const monthIndex = monthNumber(month);
    if (y === null || monthIndex === null) return;
    const from = parse(`${y}-${monthIndex}-${day}`, 'yyyy-M-d', new Date(0));
    if (!isValid(from)) return;
    let endDate: string | null = null;
    if (toDay) {
      const toMonthIndex = toMonth === undefined ? monthIndex : monthNumber(toMonth);
      const to = parse(`${y}-${toMonthIndex}-${toDay}`, 'yyyy-M-d', new Date(0));
      if (isValid(to) && to > from) endDate = format(to, 'yyyy-MM-dd');
    }
    const leads = LEAD_IN.test(before.trim() ? `${before.trim()} ` : '') || /^\s*$/.test(before);
    mentions.push({ start, end, date: format(from, 'yyyy-MM-dd'), endDate, leads });
  }
}

function monthNumber(name: string): number | null {
  const d = parse(name.replace(/\.$/, '').slice(0, 3), 'MMM', new Date(2000, 0, 1));
  return isValid(d) ? d.getMonth() + 1 : null;
}
