import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { isExists } from 'date-fns/isExists';
import { isValid } from 'date-fns/isValid';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { parse } from 'date-fns/parse';
import { parseISO } from 'date-fns/parseISO';
import { isoDay, isoMonth } from '../iso-date.js';
import { MONTH_NAMES as MONTH_LIST } from '../vocabulary.js';
import { NATIONAL_DAY_NAMES, nationalDay } from './national-days.js';
import { parseNumber } from './parse-number.js';

/** A date the text gives for an event, with where it stands in the sentence. */
export interface DateMention {
  start: number;
  end: number;
  /** ISO at the precision given: `2011-10-31` or `2011-10`. */
  date: string;
  endDate: string | null;
  /**
   * The date opens the sentence (`On May 17, …`, `Subsequently, on July 26, …`, `A July 11-16 operation …`): the
   * sentence is about a new event, and the undated sentences after it go on telling it.
   */
  leads: boolean;
  /**
   * The date names an event as a noun phrase (`the October 31 bombings`, `after the October 1 car bombings`): the
   * event may have been told already, and a record for it is kept only when no other record tells it.
   */
  reference: boolean;
  /** The words the date was read from, exactly as written. */
  words: string;
  /**
   * A day counted from the sentence's other date, told in an aside up to the next comma ("On September 12, a week
   * after extremists set off an explosion that killed one of their own, security forces …").
   */
  aside?: boolean;
  /**
   * A day counted back from a claim of responsibility for the act it names ("claimed responsibility … on September 2 for
   * the killing of a judge … the day before"): the day, and the record, are the act's.
   */
  claimed?: boolean;
}

const MONTH_NAMES = MONTH_LIST.join('|');
const MONTHS = `${MONTH_NAMES}|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?`;
// A day written just before a holiday's name, which then only names it: "April 21, ", "25 December (".
const DAY_BEFORE_HOLIDAY = new RegExp(
  `(?:\\b(?:${MONTHS})\\s+\\d{1,2}(?:,\\s+\\d{4})?|\\b\\d{1,2}\\s+(?:${MONTHS})(?:\\s+\\d{4})?),?\\s+[("“]?$`,
);
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
// ", 2011", " 2011", " of 2016".
const YEAR = '(?:,? (?:of )?(\\d{4}))?';

// "July 11", "Oct. 31, 2011", "July 11-16", "January 3 to 7", "September 30 to October 1".
const RANGE_END = `(?:\\s?[-–]\\s?|\\s+(?:to|through|until)\\s+)(?:(${MONTHS})\\s+)?(\\d{1,2})(?!\\d|:\\d)`;
// "the November 17 organization" names a group, not a day.
const MONTH_DAY = new RegExp(
  `\\b(${MONTHS}) ${DAY}(?:${RANGE_END})?${YEAR}\\b(?!\\d|:\\d)(?!\\s+(?:terrorist\\s+|revolutionary\\s+)?(?:[Oo]rganization|[Gg]roup|[Mm]ovement|[Nn]etwork))`,
  'g',
);
// "between January 3 and 7, 2015", "between September 30 and October 1".
const BETWEEN = new RegExp(
  `\\bbetween (${MONTHS}) ${DAY}${YEAR} and (?:(${MONTHS})\\s+)?(\\d{1,2})(?!\\d|:\\d)${YEAR}`,
  'gi',
);
// "31 October 2011", "31 October", "the 12th of June", "19-20 December" (one event over two days), "12 to 13 July",
// "between 12 and 14 July", "on 9 and 12 October" (two days, see SPAN_LEAD).
const DAY_MONTH = new RegExp(
  `\\b(?:the )?(?:(\\d{1,2})(?:st|nd|rd|th)?(\\s?[-–]\\s?|\\s+(?:to|through|until|and)\\s+(?:the\\s+)?))?(\\d{1,2})(?:st|nd|rd|th)?(?: of)? (${MONTHS})${YEAR}\\b`,
  'g',
);
// A span from a day of one month to a day of another, written day first: "30 June–2 July" (an item of a list;
// "28 December–3 January" keeps its first day only, the years untold).
const DAY_MONTH_SPAN = new RegExp(`\\b(\\d{1,2}) (${MONTHS})\\s?[-–]\\s?(\\d{1,2}) (${MONTHS})${YEAR}\\b`, 'g');
// Two months joined by a dash with no word before them, as an item's day: "March–April: a series of arson attacks …"
// (not "the March–April elections").
const MONTH_DASH_MONTH = new RegExp(`\\b(${MONTH_NAMES})[-–](${MONTH_NAMES})\\b(?!\\s?\\d)(?=\\s*[:–—,;-])`, 'g');
// A day written as an ordinal word: "on the first of December", "the twenty-third of May".
const ORDINAL_DAYS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  ...['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'].map((o) => `twenty-${o}`),
  'thirtieth',
  'thirty-first',
];
// (Not a place named for a day: "in the Sixth of October area of Giza", "the Sixth of October City", "Tenth of Ramadan".)
const ORDINAL_DAY_MONTH = new RegExp(
  `\\bthe (${ORDINAL_DAYS.join('|')}) of (${MONTHS})${YEAR}\\b(?!['’])(?!\\s+(?:[Aa]rea|[Cc]ity|[Dd]istrict|[Bb]ridge|[Ss]treet|[Ss]quare|[Nn]eighbou?rhood|[Ss]uburb|[Gg]overnorate|[Tt]ownship|[Rr]oad|[Aa]venue|[Cc]ampus|[Ss]tadium|[Hh]ospital|[Pp]rison|[Uu]niversity|[Aa]irport|[Cc]ompound|[Dd]am|[Ii]ndustrial)\\b)`,
  'gi',
);
// What stands before a first day joined to the second by a word ("From 12 to 13 July", "between 12 and 14 July", "on
// 9 and 12 October"): not a figure ("killed 12 and wounded 13 July" has a verb between; "arrested 12 to 13 July" none).
const SPAN_LEAD = /\b(?:[Oo]n|[Bb]etween|[Ff]rom|of|[Dd]uring|[Oo]ver|[Nn]ights|[Dd]ays)\s+(?:the\s+)?$/;
// A second day of the month after the first, closing the phrase: " and 12;", " and 12, …", " and 12 in Tarn".
const AND_DAY = /^ and (\d{1,2})(?![\d:])(?=\s*[,;.)]|\s*$|\s+(?:in|at|near|when|as|respectively)\b)/;
// More days of the month after the first, the last after "and", closing the phrase: ", 24, 26, and 29;", or before
// what they did: "The strikes on September 19, 24, 26, and 29 killed 43".
const DAYS_LISTED =
  /^(?:,\s+\d{1,2}(?![\d:])){1,6},?\s+and\s+\d{1,2}(?![\d:])(?=\s*[,;.)]|\s*$|\s+(?:in|at|near|when|as|respectively|killed|killing|left|wounded|injured|struck|hit|targeted|destroyed|caused|resulted)\b)/;
// The part of a later month a period ran into, after its first day: " to early March", " until mid-April".
const TO_PART_OF_MONTH = new RegExp(
  `^\\s+(?:to|through|until|into|and)\\s+(?:early|mid-|late|the (?:end|beginning|middle|start) of)\\s?(${MONTH_NAMES})(?:,? (?:19|20)\\d\\d)?\\b(?!\\s?\\d)`,
);
// "From early July to August 20", "From mid-March to April 9": a part of a month, then the day the period ended.
const PART_OF_MONTH_TO_DAY = new RegExp(
  `\\b(?:[Ff]rom|[Bb]etween) (?:early|mid-|late|the (?:end|beginning|middle|start) of) ?(${MONTH_NAMES}) (?:to|through|until|and) (${MONTH_NAMES}) (\\d{1,2})\\b(?!\\d|:\\d)`,
  'g',
);
// A day told in the year after the report's: "on January 12 of the following year".
const OF_NEXT_YEAR = /^,?\s+(?:of\s+)?the\s+(?:following|next)\s+year\b/i;
// ("On June 1 the previous year, the same group had attacked Tessa": a day of the year before.)
const OF_PREVIOUS_YEAR = /^,?\s+(?:of\s+)?(?:the\s+(?:previous|prior|preceding)\s+year|last\s+year)\b/i;
// "From May to November 2017", "between May and August", "in May and August", "From late July to mid-August",
// "During September and October": one stated period.
// A second month and the year the two share: " and April 2007", "-August 2006" ("the July-August 2006 conflict").
const MONTH_AND_YEAR = new RegExp(`^(?:,? (?:and|or|to|through) |\\s?[-–/]\\s?)(?:${MONTH_NAMES}),? (\\d{4})\\b`);
const MONTH_RANGE = new RegExp(
  `\\b(?:[Ff]rom|[Bb]etween|[Ii]n|[Dd]uring|[Tt]hroughout) (?:(?:early|mid-|late) ?|the (?:end|beginning|middle|start) of )?(${MONTH_NAMES})(?: (\\d{4}))? (?:to|through|until|and|into|-|–) (?:(?:early|mid-|late) ?|the (?:end|beginning|middle|start) of )?(${MONTH_NAMES})(?:,? (\\d{4}))?\\b(?!\\s?\\d)`,
  'g',
);
// A month named for an event anywhere in a sentence: "In January, …", "the bombing in May of …", "A September
// attack …", "in mid-December", "The September 2013 al-Shabaab attack". Full names only: "May" the verb is lower case.
// ("a May Day rally": the holiday, no month of its own.)
const MONTH = new RegExp(
  `\\b(?:([Ee]arly|[Mm]id-|[Ll]ate|the (?:beginning|end|middle|start) of|the (?:first|second|third|fourth|last|final) (?:week|weeks|days|half) of) ?)?(${MONTH_NAMES})(?:,? (\\d{4}))?\\b(?!\\s?[-–]?\\s?\\d)(?<!\\bMay(?= Day\\b))`,
  'g',
);
// What may stand before a month for it to date an event: "in", "during", "a", "the", "an early", "At the end of".
// ("In mid-to-late June", "in early- to mid-March": a part of it told as a span of parts.)
const MONTH_BEFORE =
  /(?:^\s*|\(|\b(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Aa]n?|[Tt]he|[Tt]his|[Ll]ast|[Oo]n|[Ee]arly|[Ll]ate|[Aa]t)\s+|\w['’]s\s+)(?:(?:early|mid|late)(?:-to-|-?\s+to\s+))?(?:(?:early|mid-|late)\s*)?$/;
// An act told before a month in brackets, in its clause: "struck a military vehicle outside the town of Semdo (".
const BRACKET_MONTH_ACT =
  /\b(?:struck|killed|exploded|attacked|detonated|bombed|shot|ambushed|stormed|kidnapped|abducted|beheaded|executed|arrested|detained|captured|raided|clashed|fired|wounded|injured|seized|hit|blew|set fire|burned|torched|massacred|murdered|assassinated)\b[^.;()]*\($/i;
// Holidays of fixed date: "the FARC's Christmas Eve kidnapping", "New Year's Eve massacre".
// Easter and the days around it move: "On Easter Sunday, a car bomb exploded near a church". A holiday that names
// what was held ("a New Year's Eve party", "the Christmas season") dates nothing.
const HOLIDAY =
  /\b(Christmas Eve|Christmas Day|(?<=\b(?:[Oo]n|(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve) (?:days?|weeks?) (?:before|after))\s)(?<!\d,?\s+(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:days?|weeks?) (?:before|after)\s)Christmas(?!\s+(?:Eve|Day|Island|market|markets|tree|trees|lights|shopping|decorations|carols?|truce|cards?|message|address)\b)|New Year['’]s Eve|New Year['’]s Day|Easter Sunday|Easter Day|Easter Monday|Good Friday|Palm Sunday|Easter|Pentecost Sunday|Pentecost|Whit Sunday|Nowruz|Halloween|Valentine['’]s Day|Boxing Day|International Workers['’] Day|May Day|All Saints['’] Day|All Souls['’] Day)\b(?!\s+(?:party|parties|celebrations?|festivities|reception|dinner|gathering|service|mass|prayers?|holidays?|season|period|weekend|rally|rallies|march|marches|parade)\b)/g;
const HOLIDAY_DAY: Record<string, string> = {
  'christmas eve': '12-24',
  'christmas day': '12-25',
  // ("on Christmas", "a week before Christmas": the day, where a day is counted from it or it is the day itself.)
  christmas: '12-25',
  "new year's eve": '12-31',
  "new year's day": '01-01',
  // The Persian new year, March 21 (the day the series and the guide give it).
  nowruz: '03-21',
  halloween: '10-31',
  "valentine's day": '02-14',
  'boxing day': '12-26',
  "international workers' day": '05-01',
  'may day': '05-01',
  "all saints' day": '11-01',
  "all souls' day": '11-02',
};
// A day counted from the sentence's other date: "On September 12, a week after extremists set off …" (−7 days).
// ("the day after" is one day: "On the day after the December 11 bombings, police arrested …".)
const RELATIVE =
  /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|the(?= day\b)) (day|week)s? (after|before)\b/g;
const RELATIVE_ANY_CASE = new RegExp(RELATIVE.source, 'gi');
// An event of the day before the sentence's own, or of its own day hours before: "the previous day's shooting", "a
// bombing there the previous day", "the bombing of a wedding in Tessa the previous day", "hours after a bomb killed".
const EVENT_NOUNS = '(?:bombings?|attacks?|shootings?|blasts?|explosions?|ambush|assault|killings?|massacre|raid)';
const EVENT_OF_DAY_BEFORE = new RegExp(
  `\\bthe (?:previous|preceding) day['’]s (?:[\\w-]+ )?${EVENT_NOUNS}\\b|\\b(?:an?|the) (?:[\\w-]+ ){0,2}?${EVENT_NOUNS}\\b[^,.;]{0,50}? the (?:previous|preceding) day\\b|\\bhours after (?:an?|the) (?:[\\w-]+ ){0,2}?(?:bomb(?:ing)?|blast|explosion|attack|gunman|gunmen|bomber|grenade)s?\\s+(?:[^,.;]{0,60}?\\s)?(?:killed|wounded|injured|exploded|struck|hit|attacked)\\b`,
  'gi',
);
// An event told after "a day after": "a bombing in Boumerdes killed three", with its own verb and toll.
const TOLD_AFTER_ASIDE =
  /^\s+an?\s+(?:[\w-]+\s+){0,2}?(?:bomb(?:ing)?|blast|explosion|attack|ambush|gunmen|bomber|grenade)s?\s+(?:[^,.;]{0,60}?\s)?(?:killed|wounded|injured)\s+[^,;]{0,40}\.?$/;
// Months or years counted from a day: "two months after", "a year before".
const RELATIVE_LONG =
  /\b(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (month|year)s? (after|before)\b/gi;
/** The days a RELATIVE phrase counts: "two weeks" → 14, "a day" → 1 ("several" counts as one). */
function daysCounted(count: string, unit: string): number {
  return (parseNumber(count) ?? 1) * (unit === 'week' ? 7 : 1);
}
// A verb of speech right before the month of a statement: "announced in ".
const STATEMENT_IN = /\b(?:announced|said|reported|stated|revealed|disclosed|confirmed)\s+in\s+$/i;
// The words of a ranking of a year's events before a day: "The deadliest attack in 2014 was the ".
// A clause told of another year, up to a day: "Unlike in 2010, when a bombing on ", "as in 2009, when militants on ".
// ("The number of attacks fell compared with 2007, when the Front killed 160 people in a single bombing in Tessa in
// November": a comparison's year.)
const WHEN_IN_YEAR =
  /\b(?:[Ii]n|[Uu]nlike in|[Aa]s in|(?:compared|comparison) (?:with|to)|than in|from) ((?:19|20)\d\d),? when\b[^.;,]{0,100}$/;
// A clause told of the year before the report's, up to a day: "Last year's deadliest attack, the ", "In the previous
// year, on ".
// A month told in a year named before it: " of that year", " of the same year".
const OF_THAT_YEAR = /^,?\s+(?:of|in) (?:that|the same) year\b/;
const YEAR_OF_A_DATE = new RegExp(
  `(?:\\b(?:${MONTH_NAMES})(?:\\s+\\d{1,2})?,?|\\b(?:[Ii]n|[Dd]uring)(?:\\s+(?:early|late|mid)\\b-?)?|\\b(?:[Ee]arly|[Ll]ate)|\\b[Mm]id-)\\s*((?:19|20)\\d\\d)\\b`,
  'g',
);
const ANY_YEAR = /\b(?:19|20)\d\d\b/g;
/**
 * The year a month "of that year" is of: the last year named before it, where it is told as a date's ("in 2009", "March
 * 3, 2012", "early 2011"); none where the last is a year of a name ("the 2014 elections", "Resolution 2083", "since
 * 1998"), which leaves the report's.
 */
function yearTold(before: string): string | undefined {
  const last = [...before.matchAll(ANY_YEAR)].pop();
  if (!last) return undefined;
  const dated = [...before.matchAll(YEAR_OF_A_DATE)].pop();
  return dated && dated.index + dated[0].length === last.index + last[0].length ? dated[1] : undefined;
}
const YEAR_BEFORE_TOLD =
  /(?:^|[.;]\s+|,\s+(?:and|but|while)\s+)(?:[Ll]ast year['’]s\b|(?:[Ii]n|[Dd]uring) (?:the )?(?:previous|prior|preceding|last) year\b)[^.;]{0,50}$/;
// A day of the year before, told right before it ("the victims of last year's March 3 bombings") or after the event it
// names ("the Easter Sunday bombings of the previous year").
const OF_YEAR_BEFORE = /\b(?:[Ll]ast|[Tt]he (?:previous|prior|preceding)) year['’]s\s+$/;
const EVENT_OF_YEAR_BEFORE =
  /^\s+(?:(?!(?:bombings?|attacks?|blasts?|killings?|shootings?|explosions?)\b)[\w'’-]+\s+){0,3}?(?:bombings?|attacks?|blasts?|massacres?|killings?|assassinations?|shootings?|sieges?|kidnappings?|abductions?|explosions?|riots?|violence)\s+(?:of|in)\s+(?:the\s+(?:previous|prior|preceding)\s+year|last\s+year)\b(?!['’]s)/;
/** Whether the words before a day (`prior`) or after it (`after`) tell it as of the year before. */
function yearBeforeTold(prior: string, after: string): boolean {
  return (
    OF_YEAR_BEFORE.test(prior) ||
    // ("last August's truck bombing")
    (/\b[Ll]ast\s+$/.test(prior) && /^['’]s\b/.test(after)) ||
    EVENT_OF_YEAR_BEFORE.test(after)
  );
}
const RANKED_IN_YEAR =
  /^(?:The|One of the) [^.;,]{0,60}?\b(?:in|of) ((?:19|20)\d\d),? (?:was|were|came (?:with|on)|occurred (?:with|on)) (?:the|an?)\s+$/;
// What tells an event as coming some days after another: "the attack came a day after …".
const CAME_BEFORE = /\b(?:came|followed|occurred|happened)\s+(?:just\s+|only\s+)?$/;
// How many days or weeks: "two", "eleven", "twenty-one", "14".
const DAY_COUNT_WORDS =
  '(?:twenty|thirty)-(?:one|two|three|four|five|six|seven|eight|nine)|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|\\d{1,2}';
const DAY_COUNT = `(${DAY_COUNT_WORDS})`;
// A day told relative to the date before it, inside a sentence or at its start: "the following day", "the next
// morning", "two days later", "five days afterward", "that same day", "that evening", "two days earlier", "the previous
// day", "the day before,", "a day before that,", "the next Sunday", "(during) the same two days", "(over) the same
// period", "On Friday," (a sentence opening with a weekday alone: the first such day after the one before).
// A new attack told after "; that evening": a weapon or attackers as the subject of a verb of their own ("…; that
// evening, a second grenade at a bus station killed one"), not more of the same event ("…; that night, two of the
// attackers died", "; that evening, a hospital official said the toll had risen", "; that morning, a car bomb had
// exploded at the gate").
export const SAME_DAY_NEW_ACT =
  /^,?\s+(?:an?|another|two|three|four|five|several)\s+(?!of\b)(?:[\w-]+\s+){0,3}?(?:grenades?|bombs?|explosions?|blasts?|gunmen|attackers|militants|bombers?|IEDs?|devices?|rockets?|mortars?|shells?)\s+(?:[\w'’,-]+\s+){0,10}?(?:exploded|went off|detonated|struck|hit|killed|wounded|injured|opened fire|attacked|stormed)\b(?![^.;]{0,60}\btoll\b)/i;
const LATER = new RegExp(
  `\\b(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?= (?:morning|afternoon|evening|night),|,)(?<=^(?:[Oo]n|[Ll]ate on|[Ee]arly on) [A-Z][a-z]+)|(?:the|that) (?:same|following|next) (?:day|morning|evening|night|afternoon|week|month)|the same (?:period|(?:${DAY_COUNT_WORDS}) days)(?=[\\s,.;])(?<=\\b(?:during|over|in) the same [\\w\\s-]+)|(?:the|that) (?:previous|preceding|prior) (?:day|morning|evening|night|afternoon|week)|(?<=\\b(?:incident|attack|bombing|raid|ambush)\\s)that (?:day|week|month)|that day(?=\\s*[,.;])(?<=\\b(?:struck|attacked|stormed|ambushed|raided|bombed)\\b[^.;]{1,80}\\sthat day)|the (?:day|night|evening) before(?=,|\\s*$)|(?:the|that) next (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:earlier|later) that (?:day|morning|evening|night|week|month)|(?:[Ee]arlier|[Ll]ater) in the (?:day|week|month)(?! of\\b)|(?<!\\b(?:said|says|reported|stated|told|claimed|noted|added|believed|alleged|confirmed)\\s)that (?:morning|afternoon|evening|night)(?!['’]|\\s+(?:shifts?|flights?|prayers?|vigils?|sky|watch|duty|clubs?|life|markets?|bus(?:es)?|trains?|sessions?|classes|school)\\b)|the (?:day|week) after(?! (?:the|a|an|his|her|their)\\b)(?!(?<=^[Tt]he (?:day|week) after) (?!(?:${MONTH_NAMES})\\b)[A-Z])|(?:the|that) following (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|${DAY_COUNT} (days?|weeks?) (later|earlier|afterwards?|before(?=,|$)|(?:before|after) that(?=,|$)))\\b`,
  'gi',
);
// "Six days after the Wuerzburg attack, …": a day counted from an event told before, at the start of a sentence.
const DAYS_AFTER = new RegExp(`\\b${DAY_COUNT} (days?|weeks?) (after|before)\\b`, 'i');
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;
// The words between a first day and a last one of one event: "… and continuing into …", "… and lasted until the …".
// ("… opened fire on shoppers on September 21 and held parts of the building until September 24": a siege held to its
// last day.)
const GOES_ON = new RegExp(
  `^,?\\s+and\\s+(?:(?:continuing|continued|lasting|lasted|ending|ended|running|ran)|(?:held|occupied|controlled)\\s+(?:parts? of\\s+)?(?:the\\s+)?(?:[\\w'’-]+\\s+){0,3}?(?:building|mall|hotel|town|city|village|compound|school|station|complex|hospital|embassy|theater|theatre|church|mosque|university|campus|hostages|captives|(?:city|town|village) of [A-Z][\\w'’-]*)\\s+(?:(?:in|at|inside) (?:the )?[\\w'’-]+\\s+)?(?=until|till))\\s*(?:into|until|till|through|to|on)\\s+(?:the\\s+)?(?:(${MONTHS})\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\d|:)`,
  'i',
);
// A span told after the event's day: "setting off two days of fighting", "setting off a standoff … that lasted until
// September 28", "holding the mall for four days".
const SPAN_WORDS = /\b(?:setting off|sparking|triggering|holding)\b/;
// "…, which began on September 21, ended on September 24": the last day of an event whose first is told as an aside
// (a month named: not "ended 14 hours later", "lasted until 11 p.m."; a year told is the first day's).
const BEGAN_ASIDE = /\b(?:which|that)\s+(?:began|started)\s+(?:on\s+)?$/i;
const ENDED_AFTER_ASIDE = new RegExp(
  `^,\\s+(?:ended|was over|concluded|lasted until|continued until)\\s+(?:on\\s+)?(${MONTHS})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\d|:)(?:,?\\s+(\\d{4})\\b)?`,
  'i',
);
/** The last day told after an aside's first ("…, which began on May 3, ended on May 5[, 2019]"), in the first's year. */
function endedAfterAside(after: string, first: string): RegExpExecArray | null {
  const m = ENDED_AFTER_ASIDE.exec(after);
  return m && (!m[3] || m[3] === first.slice(0, 4)) ? m : null;
}
// "…, and the siege lasted until October 12", "…; the standoff lasted three days", "…, and fighting continued until the
// end of June": the event's own story told going on in the same sentence, to a day, a month or for a count of days
// (not "the ensuing clashes", another event after it, though "the ensuing siege" is the same; a year told is the day's).
const STORY_NOUN_LASTED = /\b(?:lasted|continued|went on)\b/;
const STORY_LASTED = new RegExp(
  `^[^.;]{0,160}?(?:,\\s+and\\s+|;\\s+(?:and\\s+)?)(?:the\\s+)?(?:(?:ensuing|resulting|subsequent)\\s+(?=(?:siege|standoff|stand-off|hostage crisis|hostage-taking|occupation)\\b))?(?:siege|standoff|stand-off|hostage crisis|hostage-taking|occupation|fighting|battle|clashes|gunfight|firefight|gun battle)\\s+(?:lasted|continued|went on)\\s+(?:(?:until|till|through)\\s+(?:(?:the\\s+)?(end of|early|mid-|late)\\s?)?(${MONTH_NAMES})(?:\\s+(\\d{1,2}))?(?:,?\\s+(\\d{4}))?|(?:for\\s+)?(two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(days|weeks))\\b`,
  'i',
);
// "Over three days beginning April 2", "In Hosk, for two days starting on May 5": the span told before its first day,
// opening the sentence (not "During a festival held over three days beginning April 2", the festival's).
const DAYS_BEGINNING =
  /^\s*(?:(?:In|On|At|Near|Around) [^,;]{1,50},\s+)?(?:[Oo]ver|[Ff]or|[Dd]uring|[Ii]n) (?:the )?(two|three|four|five|six|seven|\d{1,2}) (?:consecutive )?days,? (?:beginning|starting)(?: on)? $/;
const SPAN_TOLD_AFTER = new RegExp(
  `^[^.;]{0,160}?\\b(?:(?:setting off|sparking|triggering)\\s+(?:(two|three|four|five|six|seven|\\d{1,2})\\s+days\\s+of\\s+(?:fighting|clashes|battles?|violence)|(?:(?:an?|the)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:standoff|stand-off|siege|battle|fighting|clashes)\\b[^.;]{0,60}?\\b(?:that|which)\\s+(?:lasted|continued)\\s+(?:until|till|through)\\s+(${MONTHS})\\s+(\\d{1,2})\\b)|holding\\s+(?:[\\w'’-]+\\s+){1,4}?for\\s+(two|three|four|five|six|seven|\\d{1,2})\\s+days\\b)`,
  'i',
);
// "… and continued into the following day": the day after the first.
const GOES_ON_NEXT_DAY =
  /^,?\s+and\s+(?:continuing|continued|lasting|lasted|running|ran)\s+(?:into|until|through|to)\s+the\s+(?:following|next)\s+(?:day|morning|evening|night)\b/i;
// A verb of speech right before a day counted on ("said the following week that …").
const SPEECH = 'said|announced|reported|confirmed|stated|revealed|disclosed';
// A toll revised, told right after a relative day: ", the death toll rose to 30", ", officials raised the toll".
// ("; four days later, the army said 38 soldiers had died": the toll made known, no event of its own.)
// A bare toll made known by a statement: "the army said 38 soldiers had died" (no place, cause or event of its own).
export const TOLL_SAID = String.raw`(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:said|announced|reported|confirmed|stated)\s+(?:that\s+)?(?:(?:at least|more than|some|about)\s+)?(?:\d[\d,]*|[a-z]+)\s+(?:[\w-]+\s+){0,3}?(?:had\s+(?:died|been killed)|died|were killed)(?:\s+in\s+the\s+(?:attack|assault|raid|ambush|bombing|blast|explosion|fighting))?`;
export const TOLL_REVISED_AFTER = new RegExp(
  String.raw`^,?\s+(?:the (?:death )?toll (?:had )?(?:rose|risen|climbed|reached|increased|stood)|the number of (?:dead|deaths|people killed) (?:rose|climbed|reached)|(?:[\w'’-]+\s+){0,4}?(?:revised|raised|updated|lowered|corrected) (?:the|its|their) (?:death )?(?:toll|figures?|count|numbers?)|${TOLL_SAID}\s*(?:[.;]|$))`,
  'i',
);
const SAID_BEFORE = new RegExp(`\\b(?:${SPEECH}|told reporters|added)\\s+(?:only\\s+)?$`, 'i');
const TOLD_EVENT =
  /\b(?:kill|captur|arrest|detain|attacked|bombed|kidnapp|abduct|shot|execut|behead|seiz|raid|dismantl|foil|thwart|died)/i;
// (Also the noun: "the Islamic State's announcement on August 2 that X had replaced him".)
const SAID_ON = new RegExp(
  `\\b(?:${SPEECH}|claimed responsibility|announcement|statement|declaration)\\s+on\\s+$`,
  'i',
);
const GROUP_NAMED_BY_DAY =
  /^\s+(?:[A-Z][a-z]+\s+){0,2}(?:Youth|Movement|Coalition|Alliance|Brigades?|Front|Group|Party|Revolution|Martyrs|Organi[sz]ation|Bloc|Uprising)\b/;
const MEMBER_OF_DAY_CAMP =
  /^\s+(?:members?|lawmakers?|parliamentarians?|MPs?|deputies|politicians?|leaders?|officials?|figures?|camp|coalition|alliance|bloc|majority|opposition)\b/;
const PLACE_NAMED_BY_DAY =
  /^\s+(?:Martyrs\s+)?(?:City|Bridge|Square|Street|Avenue|Road|Stadium|District|Neighbou?rhood)\b/;
const ENDED_BY =
  /\bby the time (?:the )?(?:[\w-]+ ){0,3}?(?:ended|was over|concluded|stabilized|stabilised|was lifted)\s+(?:on\s+)?$/i;
// Words before a later day that tell the attack ended then: "before special forces killed the two gunmen".
const ENDED_WHEN =
  /\b(?:before|until)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:forces|troops|police|soldiers|commandos|officers|units)\s+(?:had\s+)?(?:killed|shot dead|overpowered|subdued|captured|arrested|ended the siege|stormed)\b[^.;]{0,60}$/i;
/** The words before a later day that make it the day a toll was revised: "Police revised the toll to four dead …". */
export const TOLL_REVISED_BEFORE =
  /\b(?:(?:revised|raised|put|updated|lowered|corrected) (?:the|its|their) (?:death )?(?:toll|figures?|numbers?)|(?:death |casualty )?toll (?:had )?(?:rose|risen|climbed|increased|reached))\b[^.;]{0,40}$/i;
// A death told right before a count of days: "died in hospital three days later", "died two days later".
const DIED_BARE = /\b(?:died|succumbed)(?: in (?:a |the )?hospital)?\s+$/i;
const NEW_EVENT_TOLD = /^\s*,?\s*(?:when|after|as|in (?:a|an|the) (?:second|new|separate|further|another))\b/i;
// (Or the bodies of those taken, found: "the bodies of two of them were found a week later"; or they: "; he was found
// dead three days later".)
const DIED_LATER = new RegExp(
  `\\b(?:died|succumbed) (?:of|from|to) (?:their|his|her|the(?:ir)?) (?:wounds|injuries)\\s+$|\\b(?:was|were) (?:later )?found (?:dead|murdered|beheaded|shot dead)\\s+$|\\b(?:bodies|body|remains)\\b[^.;]{0,40}?\\b(?:was|were) (?:later )?(?:found|discovered|recovered)\\s+$|${TOLL_REVISED_BEFORE.source}`,
  'i',
);
const FOUND_DEAD_AFTER =
  /^,?\s+(?:(?:he|she|they)\s+(?:was|were)\s+(?:later\s+)?found\s+(?:dead|murdered|beheaded)|(?:(?:his|her) body|their bodies)\s+(?:was|were)\s+(?:later\s+)?(?:found|discovered|recovered))\b/i;
const CLAIM_BEFORE = /,\s+and\s+(?:[\w'’-]+\s+){1,6}?claimed responsibility\s+$/i;
// Where a new clause starts between a date and a later day counted from it.
const CLAUSE_BETWEEN = /;|,\s+(?:and|while|but|when|before|after)\b|\s(?:and|then)\s/;

/** The story's own days, told again: "(during) the same two days", "(over) the same period". */
export const SAME_PERIOD = /^the same (?:period|[\w-]+ days)$/i;

/**
 * How many days a relative day phrase counts on from the date before it: "the following day" → 1, "that same day"
 * → 0, "five days later" → 5, "two weeks later" → 14, "two days earlier" → −2; null when the words name no such day.
 */
export function daysLater(words: string, from: string | null = null): number | null {
  // ("Militants also struck in Tarn that day": found by the words around it, the same day.)
  // ("during the same two days", "over the same period": the words alone, without the word before them.)
  if (/^that day$/i.test(words) || SAME_PERIOD.test(words)) return 0;
  LATER.lastIndex = 0;
  // ("Friday": a weekday alone, found at a sentence's opening.)
  const m =
    LATER.exec(words) ??
    DAYS_AFTER.exec(words) ??
    /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.exec(words);
  LATER.lastIndex = 0;
  if (!m) return null;
  const [whole, count, unit, way] = m;
  if (count && unit) {
    const n = parseNumber(count) ?? Number.NaN;
    // ("A day before that, …": the same as "a day earlier".)
    const sign = way?.toLowerCase() === 'earlier' || way?.toLowerCase().startsWith('before') ? -1 : 1;
    return Number.isFinite(n) ? sign * n * (unit.toLowerCase().startsWith('week') ? 7 : 1) : null;
  }
  // "the following Tuesday": the first such weekday after the day counted from; unknown without that day.
  const weekday = WEEKDAY.exec(whole)?.[1];
  if (weekday) {
    const day = from !== null && from.length === 10 ? parse(from, 'yyyy-MM-dd', new Date(0)) : null;
    if (day === null || !isValid(day)) return null;
    return (WEEKDAYS.indexOf(weekday.toLowerCase()) - day.getDay() + 7) % 7 || 7;
  }
  // ("that evening": the evening of the day before.)
  // ("In a separate incident that month": the same month.)
  if (
    /\b(?:same|earlier|later)\b/i.test(whole) ||
    /^that (?:morning|afternoon|evening|night|day|week|month)$/i.test(whole)
  )
    return 0;
  // ("The previous day, gunmen had freed …", "The day before, a bomb had wounded 12", "The previous week, …".)
  if (/\b(?:previous|preceding|prior|before)\b/i.test(whole)) return /\bweek\b/i.test(whole) ? -7 : -1;
  if (/\bmonth\b/i.test(whole)) return 30;
  return /\bweek\b/i.test(whole) ? 7 : 1;
}

/** The days from `from` to `to`, both "yyyy-MM-dd". */
function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/**
 * Whether the words before the day at `at` tell the attack ended then ("… were killed before special forces killed the
 * two gunmen the following morning"), not a raid of its own ("… in a separate raid in Varna the next day").
 */
export function endedThen(sentence: string, at: number): boolean {
  const words = sentence.slice(Math.max(0, at - 90), at);
  return ENDED_WHEN.test(words) && !/\b(?:separate|another|other|raid|operation)\b/i.test(words);
}

// A sentence that opens counting on from an event it names with its day: "Three days after an August 29 attack …, ",
// "Hours after a bombing in Lisk on April 10 …, " (group 1 the count, 2 its unit).
export const COUNTED_ON_OPENING = new RegExp(
  `^(?:${DAY_COUNT} (days?|weeks?)|Hours|Minutes) after (?=(?:an?|the) )`,
  'i',
);
const COUNTED_FROM_EVENT = new RegExp(`^[^,;]*\\b(?:${EVENT_NOUNS}|bombs?|kidnappings?|abductions?|strikes?)\\b`, 'i');
// Where the sentence's own clause begins after it: the first comma not opening a relative clause, a participle or a
// list's next item.
// (Not a verb of the opening's own event, "…, wounded 12, and destroyed the bus,", nor "however", nor the next place of a
// list, ", Orsk, and Tarsa,".)
const MAIN_CLAUSE_AFTER =
  /^[^;:()]*?,\s+(?!(?:which|who|whom|whose|where|when|and|or|but|however|though|killing|wounding|injuring|leaving|including|in|near|on|at|of)\b|[a-z]+ed\b|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:,|\s+and\b))(?=[A-Za-z])/;
// The sentence's own clause tells an act of its own, not a statement, a visit or a toll told again: "gunmen killed a
// judge", not "officials said the toll had risen to nine", "President Mora visited the wounded".
const OWN_ACT =
  /^(?:(?!\b(?:said|says|announced|reported|stated|claimed(?! responsibility)|confirmed|toll|rose|risen|visited|condemned)\b)[^;.])*?\b(?:killed|killing|attacked|bombed|exploded|struck|arrested|detained|detonated|ambushed|stormed|raided|kidnapped|abducted|fired|shot|shelled|seized|captured|blew|clashed|claimed responsibility)\b/;
// A statement told on a day, then what it said: "On March 4, police said that …", "…, officials announced …".
const SAID_AFTER_LEAD = new RegExp(
  `^,\\s+(?:[\\w'’.-]+\\s+){1,6}?(?:${SPEECH}|told reporters|added)\\s+(?:that\\s+)?`,
  'i',
);
// A day counted back from the statement's, in what it said: "… the previous night", "… two days earlier", "… the
// previous week".
const COUNTED_BACK = new RegExp(
  `\\b(?:the (?:previous|preceding|prior) (?:day|night|evening|morning|afternoon|week(?<!\\b(?:over|during|in|throughout|within) the \\w+ week))|the (?:day|night|evening|week) before(?=\\s*[,.;]|\\s*$)|(?<!\\bfor )${DAY_COUNT} (?:days?|weeks?) (?:earlier|before(?=\\s*[,.;]|\\s*$|\\s+(?:in|at|near|outside|on)\\s)))\\b`,
  'i',
);

/**
 * The event's day where a day names a statement and what it said counts back from it ("said on May 15 that a bomb had
 * exploded … the previous night": May 14), or null.
 */
function toldBack<T extends { start: number; end: number; date: string; words: string }>(
  sentence: string,
  c: T,
  statement: boolean,
): T | null {
  const after = sentence.slice(c.end);
  // ("Police in Vinn said on August 9 they had detained …": what was said, told with no "that"; "claimed
  // responsibility in a statement on September 2 for the killing of a judge … the day before": the act it claimed.)
  const said = statement
    ? /^,?\s+(?:that\b|(?=(?:they|it|he|she|police|the army|officials)\s+had\b)|for\s+(?=(?:the\s+)?(?:killings?|murders?|assassination|attacks?|bombings?|kidnapping|abduction|ambush|beheading|execution|shooting|attacking|abducting|ambushing|executing)\b))/.exec(
        after,
      )
    : SAID_AFTER_LEAD.exec(after);
  if (!said) return null;
  // (Within the clause of what was said: not a day counted in a clause after it; looked for in a bounded stretch, so
  // that a text of many statements stays linear.)
  const clause = after.slice(said[0].length, said[0].length + 300).split(/;|\.\s/)[0] ?? '';
  const counted = COUNTED_BACK.exec(clause);
  // (Nor one of a relative clause: "arrested two men who had arrived in the city two days earlier".)
  if (!counted || insideRelative(clause.slice(0, counted.index))) return null;
  const days = daysLater(counted[0]);
  const day = parse(c.date, 'yyyy-MM-dd', new Date(0));
  if (days === null || days >= 0 || !isValid(day)) return null;
  const claimed = /^,?\s+for\s/.test(said[0]);
  return { ...c, date: isoDay(addDays(day, days)), words: `${c.words} … ${counted[0]}`, ...(claimed && { claimed }) };
}

/**
 * Whether the end of a text stands inside a relative clause it opened: "two men who had arrived in the city" (yes), not
 * "gunmen, who wore police uniforms, had killed three farmers", nor "the gunmen who killed three farmers had been
 * arrested", where a verb of the main clause follows.
 */
function insideRelative(text: string): boolean {
  let last: RegExpExecArray | null = null;
  for (const m of text.matchAll(/\b(?:who|whom|whose|which)\b/g)) last = m;
  if (!last) return false;
  const rest = text.slice(last.index + last[0].length);
  if (rest.includes(',')) return false;
  const finite = rest.match(/\b(?:had|has|have|was|were|is|are)\b/g)?.length ?? 0;
  return finite < (/^\s+(?:had|has|have|was|were|is|are)\b/.test(rest) ? 2 : 1);
}

/** The first relative day phrase of a text, with where it stands. */
export function findLater(
  text: string,
  from: string | null = null,
): { index: number; words: string; days: number } | null {
  LATER.lastIndex = 0;
  const m = LATER.exec(text);
  LATER.lastIndex = 0;
  if (!m) return null;
  const days = daysLater(m[0], from);
  return days === null ? null : { index: m.index, words: m[0], days };
}

// What may stand before a date that opens a sentence: "On", "In an", "Subsequently, on", "Also in 2014, on", "On
// Wednesday,".
const LEAD_IN =
  /^(?:[A-Z][a-z]+(?: [a-z]+){0,2},\s+|(?:[Oo]n |[Ll]ate on |[Ee]arly on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?,\s+|On (?:Easter \w+|Good Friday|Palm Sunday|Pentecost Sunday|Whit Sunday|Christmas \w+|New Year['’]s \w+),\s+)?(?:(?:[Oo]n|[Aa]lso on|[Tt]hen on|[Ll]ater on|[Ll]ate on|[Ee]arly on|[Bb]y|[Ff]rom|[Bb]etween|[Ii]n (?:an?|the)|[Ii]n|[Dd]uring|[Tt]hroughout|(?:A|An)|[Tt]he|(?:[Bb]eginning|[Ss]tarting)(?: on)?(?: the (?:nights?|mornings?|evenings?|afternoons?) of)?|(?:[Oo]n|[Oo]ver|[Dd]uring|[Ii]n|[Ee]arly on|[Ll]ate on) the (?:(?:early|late) )?(?:hours|nights?|mornings?|evenings?|afternoons?|days?) of|(?:Also |Later |Then )?in \d{4},? on)\s)?$/;
// Words before a date that make it no event date here ("since May 2011", "until October 5").
// (Also the end of a hostage's captivity told as when it lasted to: "held them … until their release on October 31".)
// (But a holiday a day is counted back from is one: "a week before Christmas"; see HOLIDAY_COUNTED_FROM.)
const HOLIDAY_COUNTED_FROM =
  /\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:days?|weeks?) before\s+$/i;
const HOLIDAY_AT =
  /^(?:(?:Orthodox|Coptic) )?(?:Christmas|Easter|Good Friday|Palm Sunday|Pentecost|Whit Sunday|New Year|Nowruz|Halloween|Valentine|Boxing Day|International Workers|May Day|All S(?:aint|oul)s)/;
const FREED_IN_BRACKETS =
  /\([^()]{0,60}\b(?:were|was|been)\s+(?:later\s+|eventually\s+)?(?:freed|released|set free)\s+(?:in|on)\s+(?:(?:early|mid-|late)\s?)?$/i;
// The same told in a relative clause: "abducted the district officer and 37 police officers, whom they released in
// April", ", who were freed on June 3".
const FREED_LATER_WHO =
  /,\s+(?:whom\s+(?:they|the\s+[\w-]+|[A-Z][\w-]*)\s+(?:later\s+|eventually\s+|subsequently\s+)?(?:freed|released)|who\s+(?:were|was|had been)\s+(?:later\s+|eventually\s+|subsequently\s+)?(?:freed|released|set free))\s+(?:in|on)\s+(?:(?:early|mid-|late)\s?)?$/i;
const OWN_EVENT_AFTER_RELEASE =
  /^[^.;]*?\b(?:raid|operation|assault|rescue|stormed|storming|killed|killing|clash|fighting|firefight|when|after)\b/i;
// ("shortly before the visit of Pope Francis to Uganda on November 27-29, police arrested …": the day of a visit or a
// meeting the event came before or after is no day of the event.)
const NOT_EVENT_BEFORE =
  /\b(?:since|until|till|by the end of|ahead of|as of|before|from)\s+$|\buntil (?:their|his|her|its) release on\s+$|\b(?:before|ahead of|after|following) (?:the|a|his|her|their) (?:[\w'’-]+\s+){0,2}?(?:visit|arrival|trip|tour|summit|conference|ceremony|inauguration|celebrations?|festival)\b[^,;.]{0,50}?\bon\s+$/i;
// The toll of an event named by its day, told right after it: " bombing in Kabul, in which twin explosions killed 41".
const NAMED_WITH_TOLL =
  /^[^,;.]{0,60}?(?:,\s+(?:which|in which|during which)|\s(?:that|which))\s+[^,;.]{0,100}?\b(?:kill|dead|died|wound|injur)/i;
// Words before a date that make it the name of an event ("the October 31 bombings", "after the July 17 attacks").
// ("five days before Kandaria's July 5 national day": a day a possessive names is a day of the place's, no event.)
/** What may stand between a count of days and the day it counts from: "the ", "Somaliland's ", "South Sudan's ". */
export const BEFORE_DAY_NAMED = "(?:the\\s+|(?:[A-Z][\\w.-]*\\s+){0,2}[A-Z][\\w.-]*['’]s\\s+)";
const DAY_NAMED_AFTER = new RegExp(`^\\s+${BEFORE_DAY_NAMED}?(?:${MONTH_NAMES})\\s+\\d{1,2}\\b`);
// A feast, a holiday or a vote a day falls before or after: " the Diwali festival", " Eid al-Fitr", " the elections".
const FEAST_NAMED_AFTER =
  /^\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:festival|holiday|holidays|celebrations?|elections?|polls|vote|referendum|Eid\b|Christmas|Easter|Diwali|Ramadan|Nowruz|Hanukkah|Passover|Songkran|New Year['’]s)/;
// Only that, between the two.
const ONLY_BEFORE_DAY_NAMED = new RegExp(`^\\s+${BEFORE_DAY_NAMED}?$`);
// ("the Kabul bombing of September 5": an event named by the day after its noun.)
const EVENT_OF =
  "the\\s+(?:[\\w'’-]+\\s+){0,3}?(?:attacks?|bombings?|blasts?|explosions?|shootings?|massacres?|assaults?|ambush(?:es)?|raids?|killings?|kidnappings?)\\s+of\\s+$";
const EVENT_OF_BEFORE = new RegExp(`^\\s+${EVENT_OF}`, 'i');
const ON_THE_ANNIVERSARY = /\b(?:[Oo]n|marked|marking) the (?:[\w-]+ )?anniversary of (?:the )?$/;
// ("Two days after the anniversary of the September 11 attacks": the day of this year the anniversary falls on.)
const ANNIVERSARY_OF = /^\s+the\s+(?:[\w-]+\s+)?anniversary\s+of\s+(?:the\s+)?$/i;
const REFERENCE_BEFORE = new RegExp(
  `\\b(?:the|this|that|these|those|same|following|after)\\s+$|\\b[A-Z][\\w.-]*['’]s\\s+$|\\b${EVENT_OF}`,
  'i',
);

// A day of the month written alone, its month told before: "On the 19th", "on the 3rd".
// (Not an ordinal in a name: "on the 5th Ring Road", "on the 3rd Street bridge".)
const ORDINAL_DAY =
  /\b[Oo]n the (\d{1,2})(st|nd|rd|th)\b(?: of (?:that|the same) month\b)?(?!\s+(?:of|anniversary|century|floor|day|time|round|minute|hour|annual|edition|session)\b)(?!\s+[A-Z])/g;
const ORDINAL_WORD = /\b[Oo]n the \d{1,2}(?:st|nd|rd|th)\b/;
const ANY_DATE_WORD =
  /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Eid|Idul|Ashura|Christmas|New Year|Easter|Good Friday|Palm Sunday|Pentecost|Whit Sunday|Nowruz|Halloween|All S|Valentine|Boxing Day|International Workers|May Day|Independence Day|National Day|Republic Day|Constitution Day|Victory Day|Merdeka|Jamhuri|Madaraka|Bastille|Pakistan Day|Mourning Day|Sinai Liberation|Maharashtra Day|Songkran)/;
const FULL_MONTH = new RegExp(MONTH_NAMES);
// What every HOLIDAY match holds.
const HOLIDAY_NAME =
  /Christmas|New Year|Easter|Good Friday|Palm Sunday|Pentecost|Whit Sunday|Nowruz|Halloween|Valentine|Boxing Day|International Workers|May Day|All S(?:aint|oul)s/;
// A day told by its month: "January 27", "27 January".
const TOLD_DAY = new RegExp(`\\b(?:(?:${MONTHS})\\s+\\d{1,2}\\b|\\d{1,2}\\s+(?:${MONTHS})\\b)`);
// An Islamic holiday on which an event is told ("on the first day of Eid al-Adha", "On the eve of Eid al-Fitr", "On the
// eve of Idul Fitri" (as Indonesia writes it), "on Ashura", "During Eid al-Adha, …" opening a sentence; not "during Eid"
// in a sentence dated otherwise, "Eid prayers", "Ashura processions" alone, nor another year's: "on Ashura 2012").
const ISLAMIC_NAME = /Eid|Ashura|Idul/;
// The day written out right after a holiday's name: ", May 3", " (November 15)", " (15 November)".
const DAY_WRITTEN_AFTER = new RegExp(`^,?\\s+\\(?(?:(?:${MONTHS})\\s+\\d|\\d{1,2}\\s+(?:${MONTHS})\\b)`);
const ISLAMIC_HOLIDAY =
  /(?:\b[Oo]n|^During) (?:the (first|second|third|eve) (?:day )?of )?(?:the )?(Eid[ -](?:al|ul|el)[ -](?:Adha|Azha|Fitr)|Idul[ -]?(?:Adha|Fitri)|Ashura)\b(?!,?\s+(?:(?:in|of|during)\s+)?(?:(?:19|20)\d\d|last year|the (?:previous|prior|preceding) year)\b)/g;
// Each holiday's month and day of the Islamic year: 10 Dhu al-Hijjah, 1 Shawwal, 10 Muharram.
const ISLAMIC_DAY: Record<string, [number, number]> = {
  adha: [12, 10],
  azha: [12, 10],
  fitr: [10, 1],
  ashura: [1, 10],
};
const ISLAMIC_CALENDAR = new Intl.DateTimeFormat('en-US-u-ca-islamic-umalqura', {
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC',
});
const ISLAMIC_DAYS = new Map<string, Date | null>();
/**
 * The day an Islamic holiday fell on in a Gregorian year, by the Umm al-Qura calendar (countries that sight the moon
 * may keep it a day later); null where it fell twice that year.
 */
function islamicHoliday(year: number, name: string): Date | null {
  const holiday = ISLAMIC_DAY[(/(adha|azha|fitr|ashura)i?$/i.exec(name)?.[1] ?? '').toLowerCase()];
  if (!holiday) return null;
  const key = `${year} ${holiday.join('/')}`;
  const known = ISLAMIC_DAYS.get(key);
  if (known !== undefined) return known;
  const days: Date[] = [];
  for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d = new Date(d.getTime() + 86_400_000)) {
    const parts = ISLAMIC_CALENDAR.formatToParts(d);
    const month = Number(parts.find((p) => p.type === 'month')?.value);
    const day = Number(parts.find((p) => p.type === 'day')?.value);
    if (month === holiday[0] && day === holiday[1]) days.push(new Date(year, d.getUTCMonth(), d.getUTCDate()));
  }
  const found = days.length === 1 ? (days[0] ?? null) : null;
  ISLAMIC_DAYS.set(key, found);
  return found;
}
const NATIONAL_NAME =
  /Independence Day|National Day|Republic Day|Constitution Day|Victory Day|Merdeka|Jamhuri|Madaraka|Bastille|Pakistan Day|(?:Orthodox|Coptic) Christmas|Mourning Day|Sinai Liberation|Maharashtra Day|Songkran/;
const NATIONAL_HOLIDAY = new RegExp(
  `\\b(?:the (eve) of )?(${NATIONAL_DAY_NAMES.join('|')})\\b( eve\\b)?(?!\\s+(?:[A-Z]|of\\b|party|parties|reception|dinner|concert|festival|holidays?|season|period|weekend|speech|address|message|bombings?|attacks?|blasts?|explosions?|plots?)\\b)(?!\\s+(?:celebrations?|festivities|parade|ceremony|ceremonies|rally|rallies|march|gathering)\\b(?<!\\b(?:[Dd]uring (?:the )?|(?:at|on|into|targeted|attacked|struck|hit|stormed|bombed) (?:an?|the) )(?:[A-Z][\\w'’]* ){1,3}[a-z]+))`,
  'g',
);
// ("The most prominent attack occurred on Independence Day, when …": the day an event is told to have come on.)
const ON_THE_DAY =
  /(?:^|[,;]\s+|\band\s+|\b(?:occurred|took place|came|happened)\s+)(?:[Oo]n|[Dd]uring|[Ll]ate on|[Ee]arly on)\s+(?:the\s+(?:evening|morning|night|afternoon)\s+of\s+)?(?:[A-Z][a-z]+(?:['’]s)?\s+)?$/;

// ("…; the army retook control of the town two days later, killing 40 militants": an event of that day all the same.)
const VIOLENCE_AFTER = /^[^.;]{0,20}?\b(?:killing|wounding|when|after|as)\b/i;
const BY_THE_TIME_BEFORE = /\bby the time\b[^.;,]{0,80}$/i;
const SIEGE_ENDED_BEFORE =
  /\bthe (?:siege|standoff|stand-off|hostage crisis|hostage-taking|occupation) (?:ended|was (?:over|lifted|broken)|came to an end)\s+$/i;
// The words from a day to the clause after its semicolon, which may tell its siege ended: "…; ".
const SEMICOLON_LEAD = /^[^;]{0,80};\s+(?=the\s)/;
// A siege told: "seized the gas facility", "stormed the hotel", "took 40 hostages".
const SIEGE_TOLD =
  /\b(?:seized|stormed|besieged|laid siege|occupied|barricaded|took (?:[\w-]+ ){0,3}?hostages?|taken hostage|held (?:[\w-]+ ){0,3}?hostages?)\b/i;
// An occupation ended weeks later is another event ("militants seized the town; the occupation ended three weeks later,
// when troops retook it"); a siege or a hostage crisis ended within weeks is the attack's end.
const OCCUPATION_ENDED_BEFORE = /\boccupation\s+\S+(?:\s+\S+)?\s+$/i;
const ENDED_OR_FREED_BEFORE =
  /\b(?:restored|regained|retook|re-established) (?:control|order)\b[^.;]{0,40}$|\b(?:were|was) (?:freed|released|set free)\s+$/i;
// An attack told right before the holiday it came on: "a grenade thrown at a bunker in Lal Chowk on (the eve of)" (not
// "planning to attack crowds on", "threatened attacks on").
// ("A patrol was ambushed near In-Gall on the eve of Independence Day": the passive the same.)
const ATTACKED_ON_THE_DAY =
  /\b(?:was|were)\s+(?:ambushed|attacked|bombed|struck|targeted|shot|killed|kidnapped|abducted)\b[^.;:]{0,60}\s(?:on|during)\s+(?:the\s+eve\s+of\s+)?$/;
const ATTACK_ON_THE_DAY =
  /\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:grenade|bomb|blast|explosion|attack|ambush|IED|shooting|car bomb)\s+(?!(?:plot|threat|plan)\b)(?:(?!\b(?:came|led|leading|scheduled|plann\w*|cancel\w*|postpon\w*|ahead|before|after|threat\w*|foil\w*|expected|feared|set|due)\b)[^.;:]){0,100}\s(?:on|during)\s+$/;
// An attack at a gathering of the day: "a bomb exploded at an Independence Day rally", "gunmen opened fire at the
// Republic Day parade" (not "planned to attack the National Day parade").
const ATTACK_AT_THE_DAY =
  /\b(?:grenades?|bombs?|blasts?|explosions?|IEDs?|bombers?|gunm[ae]n|attackers?|militants|assailants)\b[^.;:]{0,80}?\b(?:(?:exploded|went off|detonated|opened fire|fired|thrown|hurled|threw|hurling)\s+(?:[\w'’-]+\s+){0,3}?(?:at|during|on|into)|struck|attacked|targeted|hit|stormed)\s+(?:an?|the)\s+$/i;
const DAY_WRITTEN = new RegExp(`\\b(?:${MONTHS})\\s+\\d|\\b\\d{1,2}\\s+(?:${MONTHS})\\b`);
const GATHERING_OF_THE_DAY =
  /^\s+(?:rally|rallies|march|parade|celebrations?|ceremony|ceremonies|festivities|gathering)\b/;
// The verbs after a holiday that opens its sentence as its subject: "Bastille Day brought the deadliest attack".
const HOLIDAY_AS_SUBJECT = /^\s+(?:brought|saw|witnessed|was marked by)\b/;

interface Candidate extends DateMention {
  /** Earlier patterns win when two read the same words. */
  rank: number;
  /** Read, but no event date here (another year, "since May"): it still keeps other patterns off its words. */
  dropped: boolean;
}

/**
 * Finds the dates of events in one sentence, with the report's year where the text gives none: day dates and
 * ranges, months anywhere they date an event, stated periods of months, fixed holidays and days counted from
 * another date of the sentence. A date of another year than the report's is left out (the guide records only
 * the report year's events). Linear in the sentence: each pattern is one pass and each match looks at no more
 * than 60 characters before it.
 *
 * @param sentence - one sentence of the report
 * @param year - the year the report covers, used when the date has none; null when unknown
 * @param month - the month (`YYYY-MM`) the text told last before this sentence, for a day written alone ("On the
 *   19th, a second bomb …"); a month dated earlier in the sentence comes first
 * @returns the event dates in order of appearance
 * @example
 * findDates('On October 31, two explosions took place.', 2011)
 * // → [{ start: 3, end: 13, date: '2011-10-31', endDate: null, leads: true, reference: false, words: 'October 31' }]
 */
export function findDates(
  sentence: string,
  year: number | null,
  month: string | null = null,
  country: string | null = null,
): DateMention[] {
  const ordinal = ORDINAL_WORD.test(sentence);
  // Most sentences name no month and no holiday: one cheap test spares them every pattern.
  if (!ordinal && !ANY_DATE_WORD.test(sentence)) return [];
  const candidates: Candidate[] = [];
  const before = (start: number) => sentence.slice(Math.max(0, start - 60), start);
  const leadsAt = (start: number) => start <= 60 && LEAD_IN.test(sentence.slice(0, start));
  const yearOf = (own: string | undefined, start: number): number | null => {
    if (own) return Number(own);
    // "Also in 2014, on May 3, …": the lead-in gives the year.
    const lead = /\bin (\d{4}),? on\s+$/i.exec(before(start))?.[1];
    // ("The deadliest attack in 2014 was the May 6 bombing …": the year the ranking is of.)
    const ranked = lead ? undefined : RANKED_IN_YEAR.exec(before(start))?.[1];
    if (lead || ranked) return Number(lead ?? ranked);
    // ("Unlike in 2010, when a bombing on March 14 killed 41 …": the year the clause is told in.)
    const when = WHEN_IN_YEAR.exec(sentence.slice(Math.max(0, start - 140), start))?.[1];
    if (when) return Number(when);
    // ("Last year's deadliest attack, the November 24 assault …", "In the previous year, on December 29, …": the year
    // before the report's.)
    return year !== null && YEAR_BEFORE_TOLD.test(before(start)) ? year - 1 : year;
  };
  const push = (
    start: number,
    end: number,
    date: Date,
    endDate: Date | null,
    precision: 'day' | 'month',
    rank: number,
    y: number,
  ) => {
    if (!isValid(date)) return;
    const write = precision === 'day' ? isoDay : isoMonth;
    const prior = before(start);
    // ("… assassinated on December 27, 2007, had returned from exile in October of that year": the year told before.)
    const toldYear = OF_THAT_YEAR.test(sentence.slice(end, end + 24))
      ? yearTold(sentence.slice(Math.max(0, start - 200), start))
      : undefined;
    const dropped =
      (year !== null && (toldYear ? Number(toldYear) : y) !== year) ||
      // ("last August's truck bombing", "the previous year's Easter Sunday bombings", "the March 3 bombings of the
      // previous year": a day of the year before, told by words around it.)
      (year !== null && y === year && !toldYear && yearBeforeTold(prior, sentence.slice(end, end + 80))) ||
      // ("kidnapped three aid workers in Tarn on May 28 (they were freed in November)": the release told in brackets is
      // no event of its own.)
      FREED_IN_BRACKETS.test(prior) ||
      // (Not where the release is an event of its own, told after its day: "…, whom the army freed on May 9 in a raid
      // that killed four kidnappers".)
      (FREED_LATER_WHO.test(prior) && !OWN_EVENT_AFTER_RELEASE.test(sentence.slice(end, end + 80))) ||
      (NOT_EVENT_BEFORE.test(prior) &&
        !(endDate && /\bfrom\s+$/i.test(prior)) &&
        !(
          HOLIDAY_COUNTED_FROM.test(prior) &&
          // ("a week before Christmas"; "Two days before May 17, militants attacked …" at the sentence's start.)
          (HOLIDAY_AT.test(sentence.slice(start, start + 16)) || /^\s*\S+ (?:days?|weeks?) before\s+$/i.test(prior))
        ));
    candidates.push({
      dropped,
      start,
      end,
      date: write(date),
      endDate: endDate && isValid(endDate) && endDate > date ? write(endDate) : null,
      leads: leadsAt(start),
      // ("On the anniversary of the September 11 attacks, a bomb …": the day this year the anniversary falls on.)
      reference: REFERENCE_BEFORE.test(prior) && !ON_THE_ANNIVERSARY.test(prior),
      words: sentence.slice(start, end),
      rank,
    });
  };
  const day = (y: number, month: string, d: string) => calendarDay(y, monthNumber(month), Number(d));

  // Each pattern is run only where the sentence has what every one of its matches holds: a digit for the day dates,
  // a month's full name for the month patterns, a holiday's name for the holidays.
  const digit = /\d/.test(sentence);
  const fullMonth = FULL_MONTH.test(sentence);
  for (const m of digit && /between/i.test(sentence) ? sentence.matchAll(BETWEEN) : []) {
    const [, month = '', d = '', y1, toMonth, toDay = '', y2] = m;
    const start = m.index + 'between '.length;
    const y = yearOf(y1 ?? y2, start);
    if (y !== null) push(start, m.index + m[0].length, day(y, month, d), day(y, toMonth ?? month, toDay), 'day', 0, y);
  }
  for (const m of digit && fullMonth && /[a-z]\s?[-–]\s?\d/.test(sentence) ? sentence.matchAll(DAY_MONTH_SPAN) : []) {
    const [whole, d = '', month = '', toDay = '', toMonth = '', own] = m;
    const y = yearOf(own, m.index);
    if (y === null) continue;
    // (Into the next year, "28 December–3 January": the first day, the end's year untold.)
    const forward = (monthNumber(toMonth) ?? 0) > (monthNumber(month) ?? 12);
    push(m.index, m.index + whole.length, day(y, month, d), forward ? day(y, toMonth, toDay) : null, 'day', 0, y);
  }
  for (const m of fullMonth && /[a-z][-–][A-Z]/.test(sentence) ? sentence.matchAll(MONTH_DASH_MONTH) : []) {
    const [whole, from = '', to = ''] = m;
    const y = yearOf(undefined, m.index);
    if (y === null || (monthNumber(to) ?? 0) <= (monthNumber(from) ?? 12)) continue;
    push(
      m.index,
      m.index + whole.length,
      calendarDay(y, monthNumber(from), 1),
      calendarDay(y, monthNumber(to), 1),
      'month',
      1,
      y,
    );
  }
  for (const m of fullMonth ? sentence.matchAll(MONTH_RANGE) : []) {
    const [whole, from = '', y1, to = '', y2] = m;
    // (From the first month's qualifier, where it has one: "in late November and December" is one period, not the
    // month "late November" alone.)
    const start = m.index + whole.indexOf(' ') + 1;
    const y = yearOf(y1 ?? y2, start);
    if (y === null) continue;
    const a = calendarDay(y, monthNumber(from), 1);
    const b = calendarDay(y2 ? Number(y2) : y, monthNumber(to), 1);
    push(start, m.index + whole.length, a, b, 'month', 1, y);
  }
  for (const m of digit && fullMonth ? sentence.matchAll(PART_OF_MONTH_TO_DAY) : []) {
    const [whole, from = '', to = '', toDay = ''] = m;
    const start = m.index + whole.indexOf(' ') + 1;
    const y = yearOf(undefined, start);
    if (y === null) continue;
    const a = calendarDay(y, monthNumber(from), 1);
    const b = day(y, to, toDay);
    push(start, m.index + whole.length, a, b, 'month', 1, y);
    const pushed = candidates[candidates.length - 1];
    if (pushed && pushed.start === start && pushed.endDate) pushed.endDate = isoDay(b);
  }
  for (const m of digit ? sentence.matchAll(MONTH_DAY) : []) {
    const [, month = '', d = '', toMonth, , own] = m;
    let toDay = m[4];
    const told = yearOf(own, m.index);
    if (told === null) continue;
    let end = m.index + m[0].length;
    const after = sentence.slice(end, end + 30);
    let y = OF_NEXT_YEAR.test(after) ? told + 1 : OF_PREVIOUS_YEAR.test(after) ? told - 1 : told;
    // "Over the nights of June 15 and 16": two days in a row, one period.
    const next = !toDay && !own ? /^ and (\d{1,2})\b(?![\d:])/.exec(sentence.slice(end, end + 8)) : null;
    if (next?.[1] && Number(next[1]) === Number(d) + 1) {
      toDay = next[1];
      end += next[0].length;
      // "on December 1 and 2, 2021": the year written after the second day is the first's too.
      const after = /^,?\s+(\d{4})\b/.exec(sentence.slice(end, end + 8));
      if (after) y = Number(after[1]);
    }
    // "From February 20 to early March": a day, then the month the period ran into.
    // ("Between February 20 and late March" too, after "between" only.)
    const ran = !toDay && !next ? TO_PART_OF_MONTH.exec(sentence.slice(end, end + 24)) : null;
    const into = ran && (!/^\s+and\b/.test(ran[0]) || /\bbetween\s+$/i.test(before(m.index))) ? ran : null;
    const intoMonth = into?.[1] ? calendarDay(y, monthNumber(into[1]), 1) : null;
    if (into && intoMonth && intoMonth > day(y, month, d)) {
      push(m.index, end + into[0].length, day(y, month, d), intoMonth, 'day', 2, y);
      const pushed = candidates[candidates.length - 1];
      if (pushed && pushed.start === m.index && pushed.endDate) pushed.endDate = isoMonth(intoMonth);
      continue;
    }
    push(m.index, end, day(y, month, d), toDay ? day(y, toMonth ?? month, toDay) : null, 'day', 2, y);
    // "fired missiles at the ship on October 9 and 12; …": a second day of the month, an event of its own (not "on
    // May 1 and 3 people …": the day must close the phrase).
    const second = next?.[1] && !toDay ? AND_DAY.exec(sentence.slice(end, end + 12)) : null;
    if (second?.[1] && Number(second[1]) > Number(d)) {
      const at = end + second[0].length - second[1].length;
      push(at, at + second[1].length, day(y, month, second[1]), null, 'day', 2, y);
      const pushed = candidates[candidates.length - 1];
      if (pushed && pushed.start === at) pushed.words = sentence.slice(m.index, at + second[1].length);
    }
    // ("conducted four air strikes near Tarn on September 19, 24, 26, and 29": more days of the month, each an event of
    // its own, later each than the one before.)
    const listed = !toDay && !next ? DAYS_LISTED.exec(sentence.slice(end, end + 40)) : null;
    let last = Number(d);
    for (const item of listed ? listed[0].matchAll(/\d{1,2}/g) : []) {
      if (Number(item[0]) <= last) break;
      last = Number(item[0]);
      const at = end + item.index;
      push(at, at + item[0].length, day(y, month, item[0]), null, 'day', 2, y);
      const pushed = candidates[candidates.length - 1];
      if (pushed && pushed.start === at) pushed.words = sentence.slice(m.index, at + item[0].length);
    }
  }
  for (const m of digit ? sentence.matchAll(DAY_MONTH) : []) {
    const [whole, from, joint = '', d = '', month = '', own] = m;
    const told = yearOf(own, m.index);
    if (told === null) continue;
    const end = m.index + whole.length;
    const after = sentence.slice(end, end + 30);
    const y = OF_NEXT_YEAR.test(after) ? told + 1 : OF_PREVIOUS_YEAR.test(after) ? told - 1 : told;
    const word = /[a-z]/.test(joint) ? joint.trim().split(/\s+/)[0] : '';
    const spans = from !== undefined && Number(from) < Number(d);
    // A first day joined by a word, with nothing before it that opens a date: the second day alone.
    if (word && !(spans && SPAN_LEAD.test(before(m.index)))) {
      const at = m.index + whole.lastIndexOf(d, whole.indexOf(month));
      push(at, end, day(y, month, d), null, 'day', 3, y);
      continue;
    }
    // "on 9 and 12 October": two days, each an event of its own ("on 12 and 13 July", two days in a row, and "between
    // 12 and 14 July" are one period).
    if (word === 'and' && Number(d) !== Number(from) + 1 && !/\bbetween\s+(?:the\s+)?$/i.test(before(m.index))) {
      const at = m.index + whole.lastIndexOf(d, whole.indexOf(month));
      push(m.index, m.index + whole.indexOf(joint), day(y, month, from ?? d), null, 'day', 3, y);
      push(at, end, day(y, month, d), null, 'day', 3, y);
      continue;
    }
    // "19-20 December", "12 to 13 July": from the first day to the second.
    const first = spans ? (from ?? d) : d;
    push(m.index, end, day(y, month, first), first === d ? null : day(y, month, d), 'day', 3, y);
  }
  for (const m of sentence.includes(' of ') ? sentence.matchAll(ORDINAL_DAY_MONTH) : []) {
    const [whole, ordinal = '', month = '', own] = m;
    const told = yearOf(own, m.index);
    if (told === null) continue;
    push(
      m.index,
      m.index + whole.length,
      day(told, month, String(ORDINAL_DAYS.indexOf(ordinal.toLowerCase()) + 1)),
      null,
      'day',
      3,
      told,
    );
  }
  for (const m of HOLIDAY_NAME.test(sentence) ? sentence.matchAll(HOLIDAY) : []) {
    const [name = ''] = m;
    // "On Easter Sunday, April 21": the day is written out; the holiday only names it.
    if (
      new RegExp(`^,?\\s+(?:${MONTHS})\\s+\\d`).test(sentence.slice(m.index + name.length, m.index + name.length + 16))
    )
      continue;
    // "On April 21, Easter Sunday, suicide bombers …", "on 25 December (Christmas Day)": the same, the other way round.
    // ('the February 14, 2005, "Valentine's Day" bombings': the same, the holiday's name in quotes.)
    if (DAY_BEFORE_HOLIDAY.test(sentence.slice(Math.max(0, m.index - 24), m.index))) continue;
    // ("On April 21, police defused a bomb beside a church …, on the eve of Good Friday services": the day is told already
    // in the same clause; the holiday's eve only names it.)
    if (/\beve of (?:the\s+)?$/.test(sentence.slice(Math.max(0, m.index - 12), m.index))) {
      const toldDay = sentence.search(TOLD_DAY);
      if (toldDay >= 0 && toldDay < m.index && !sentence.slice(toldDay, m.index).includes(';')) continue;
    }
    // "the New Year's Eve bombings in Bangkok on December 31, 2006": the holiday is dated in another year.
    // "the Christmas Day 2012 shooting": the year right after the holiday's name.
    const dated = new RegExp(`^\\s+(\\d{4})\\b|\\b(?:${MONTHS})\\s+\\d{1,2},?\\s+(\\d{4})\\b`).exec(
      sentence.slice(m.index + name.length, m.index + name.length + 80),
    );
    if (dated && year !== null && Number(dated[1] ?? dated[2]) !== year) continue;
    // ("the 2011 Christmas Day bombing": the year right before the holiday's name.)
    const yearBefore = /\b(\d{4})\s+$/.exec(sentence.slice(Math.max(0, m.index - 6), m.index))?.[1];
    if (yearBefore && year !== null && Number(yearBefore) !== year) continue;
    // ("On Orthodox Easter, …", "Orthodox Good Friday": the Eastern churches' Easter, most years a week or more later.)
    // ("On Coptic Easter", "Coptic Christmas Eve": the same calendar; Christmas by it is a national day, read below.)
    const church = /\b(?:Orthodox|Coptic)\s+$/.exec(sentence.slice(Math.max(0, m.index - 10), m.index));
    const orthodox = church !== null;
    if (orthodox && name.startsWith('Christmas')) continue;
    const md =
      HOLIDAY_DAY[name.toLowerCase().replace('’', "'")] ??
      (year !== null ? easterDay(year, name, orthodox) : undefined);
    // (The church's name is the day's too: "Two days before Coptic Easter" counts from it.)
    // ("On December 31, a bomb … killed eight as shoppers gathered for New Year's Eve": the day written already; not a
    // second event told "on" it: "…, and on Christmas Eve a bomb in Bessa wounded five".)
    const holiday = md && year !== null ? calendarDay(year, Number(md.slice(0, 2)), Number(md.slice(3))) : null;
    if (
      holiday &&
      !/\b[Oo]n\s+(?:the\s+)?$/.test(sentence.slice(Math.max(0, m.index - 8), m.index)) &&
      candidates.some((c) => !c.dropped && c.rank < 4 && c.date === isoDay(holiday))
    )
      continue;
    if (md && year !== null)
      push(
        m.index - (church?.[0].length ?? 0),
        m.index + name.length,
        calendarDay(year, Number(md.slice(0, 2)), Number(md.slice(3))),
        null,
        'day',
        4,
        year,
      );
  }
  // "On the first day of Eid al-Adha, a suicide bomber …", "on Ashura": a day of the Islamic calendar in the report's year.
  if (year !== null && ISLAMIC_NAME.test(sentence)) {
    // ("On January 27, a suicide bomber attacked a crowd … on the eve of Ashura": the day is told already, in the same
    // clause; the holiday only names it. Not after a semicolon or "and": "…; and on Ashura, a bomber …" is another day.)
    const toldDay = sentence.search(TOLD_DAY);
    const clauseEnd = toldDay < 0 ? -1 : sentence.indexOf(';', toldDay);
    for (const m of sentence.matchAll(ISLAMIC_HOLIDAY)) {
      const [whole, which, name = ''] = m;
      // ("On Ashura (November 15), …": the day is written out, as for Easter above.)
      if (DAY_WRITTEN_AFTER.test(sentence.slice(m.index + whole.length, m.index + whole.length + 18))) continue;
      if (
        toldDay >= 0 &&
        toldDay < m.index &&
        (clauseEnd < 0 || clauseEnd > m.index) &&
        !/\b(?:and|but|while|then|later|earlier)\s+$/.test(sentence.slice(Math.max(0, m.index - 12), m.index))
      )
        continue;
      const day = islamicHoliday(year, name);
      if (!day) continue;
      const shift = which === 'eve' ? -1 : which === 'second' ? 1 : which === 'third' ? 2 : 0;
      // (Quoted from "the": "On the first day of Eid al-Adha", "on the Eid al-Fitr holiday" are no names of an event, as
      // "the October 31 bombings" is.)
      const the = whole.indexOf('the ');
      const start = m.index + (the >= 0 ? the : whole.indexOf(name));
      push(start, m.index + whole.length, addDays(day, shift), null, 'day', 4, year);
    }
  }
  // "On Independence Day, border guards exchanged fire …", "On the eve of Merdeka Day, police arrested …", "On Orthodox
  // Christmas Eve, …": a national holiday of the chapter's country, or the day before it.
  const mayNameDay =
    sentence.includes(' Day') ||
    sentence.includes('Orthodox') ||
    sentence.includes('Coptic') ||
    sentence.includes('Songkran');
  for (const m of mayNameDay && NATIONAL_NAME.test(sentence) ? sentence.matchAll(NATIONAL_HOLIDAY) : []) {
    const [whole, eve, name = '', eveAfter] = m;
    const md = nationalDay(name, country);
    if (md === null || year === null) continue;
    // (Only a day the event is told on, opening its clause: "On Independence Day, …", "…, and on the eve of Merdeka
    // Day …"; not "the day after Independence Day", "Pakistan's Independence Day", "the 2010 Independence Day bombings",
    // "planning to attack crowds on National Day".)
    // ("The day before Independence Day, a bomb …": the day before it, opening the sentence.)
    // (Only where it opens the sentence: "On August 15, the day after Independence Day, …" is dated already.)
    // (Read on the few words that can open the sentence: no search of a long prefix per holiday.)
    // ("Two days before Bastille Day, police arrested …": days counted from it.)
    const dayAround =
      m.index <= 40
        ? /^\s*(?:(?:[Tt]he|[Oo]n the) day|(A|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d{1,2}) (day|week)s?) (before|after)\s+$/.exec(
            sentence.slice(0, m.index),
          )
        : null;
    // ("Bastille Day brought the deadliest attack": the day as the subject that opens the sentence, telling its event.)
    const dayAsSubject = m.index === 0 && HOLIDAY_AS_SUBJECT.test(sentence.slice(whole.length, whole.length + 30));
    // ("a grenade thrown at a police bunker in Lal Chowk on the eve of Republic Day injured 15": the day the attack told
    // just before came on.)
    const onTheDay =
      ON_THE_DAY.test(sentence.slice(Math.max(0, m.index - 40), m.index)) ||
      ATTACK_ON_THE_DAY.test(sentence.slice(Math.max(0, m.index - 120), m.index)) ||
      ATTACKED_ON_THE_DAY.test(sentence.slice(Math.max(0, m.index - 100), m.index)) ||
      (GATHERING_OF_THE_DAY.test(sentence.slice(m.index + whole.length, m.index + whole.length + 14)) &&
        ATTACK_AT_THE_DAY.test(sentence.slice(Math.max(0, m.index - 120), m.index)) &&
        // (Not where the sentence writes the day out: "attacked an Independence Day rally in Quetta on August 20".)
        !DAY_WRITTEN.test(sentence));
    // ("Militants attacked a church in Helwan on Coptic Christmas": a church's day dates as Christmas does, wherever it
    // stands after "on".)
    const churchDay =
      /^(?:Orthodox|Coptic)\b/.test(name) &&
      /\b(?:on|during)\s+(?:the\s+(?:eve\s+of\s+)?)?$/i.test(sentence.slice(Math.max(0, m.index - 20), m.index));
    if (!dayAround && !dayAsSubject && !onTheDay && !churchDay) continue;
    // ("…, which came on Independence Day 2010", "… on Independence Day last year": another year's.)
    if (
      /^(?:\s+(?:celebrations?|ceremon(?:y|ies)|festivities|parade))?,?\s+(?:(?:in|of)\s+)?(?:(?:19|20)\d\d\b|last year\b|the (?:previous|prior) year\b)/i.test(
        sentence.slice(m.index + whole.length, m.index + whole.length + 24),
      )
    )
      continue;
    if (DAY_BEFORE_HOLIDAY.test(sentence.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (
      new RegExp(`^,?\\s+(?:${MONTHS})\\s+\\d`).test(
        sentence.slice(m.index + whole.length, m.index + whole.length + 16),
      )
    )
      continue;
    const date = calendarDay(year, Number(md.slice(0, 2)), Number(md.slice(3)));
    const counted = dayAround ? (dayAround[1] ? daysCounted(dayAround[1].toLowerCase(), dayAround[2] ?? 'day') : 1) : 0;
    const shift = eve || eveAfter ? -1 : dayAround?.[3] === 'before' ? -counted : counted;
    const start = dayAround ? m.index - dayAround[0].trimStart().length : m.index;
    // ("was assassinated on May 9 when a bomb exploded during Victory Day celebrations": the day written already.)
    const day = addDays(date, shift);
    if (candidates.some((c) => !c.dropped && c.rank < 4 && c.date === isoDay(day))) continue;
    push(start, m.index + whole.length, day, null, 'day', 4, year);
  }
  for (const m of fullMonth ? sentence.matchAll(MONTH) : []) {
    const [whole, , month = '', own] = m;
    const start = m.index;
    if (!MONTH_BEFORE.test(before(start))) continue;
    // ("outside the town of Semdo (September) and killed two": a month in brackets dates the act told before it in its
    // clause; not a visit or a trial, "The president visited Ulma (March)", "the trial … of the Semdo bombing (September)".)
    // ("A bombing at the bus station in Dessa (March) killed seven passengers": or the verb right after the bracket.)
    if (
      sentence.charAt(start - 1) === '(' &&
      !BRACKET_MONTH_ACT.test(sentence.slice(Math.max(0, start - 160), start)) &&
      !/^\)\s+(?:killed|wounded|injured|left|claimed)\b/.test(
        sentence.slice(start + whole.length, start + whole.length + 12),
      )
    )
      continue;
    // ("Government forces shelled the district throughout February": fighting told through a month; not "remained on
    // high alert throughout December".)
    if (
      /\b[Tt]hroughout\s+(?:(?:early|mid-|late)\s*)?$/.test(before(start)) &&
      !/\b(?:shell|attack|bomb|fought|fight|clash|kill|raid|strik|struck|besieg)\w*\b[^.;]{0,80}$/i.test(
        sentence.slice(Math.max(0, start - 100), start),
      )
    )
      continue;
    // "the March and April 2007 suicide bombings": the year written after the second month is the first's too.
    const shared = own ? null : MONTH_AND_YEAR.exec(sentence.slice(start + whole.length, start + whole.length + 24));
    const y = yearOf(own ?? shared?.[1], start);
    if (y !== null) push(start, m.index + whole.length, calendarDay(y, monthNumber(month), 1), null, 'month', 5, y);
  }
  // "On the 19th, a second bomb …": a day of the month told last, in the sentence or before it.
  for (const m of ordinal ? sentence.matchAll(ORDINAL_DAY) : []) {
    const start = m.index + m[0].indexOf('the');
    let told = month;
    for (const c of candidates)
      if (c.start < m.index && !c.dropped && (c.endDate ?? c.date).length >= 7)
        told = (c.endDate ?? c.date).slice(0, 7);
    const [y, mo] = (told ?? '').split('-').map(Number);
    if (y && mo && (year === null || y === year))
      push(start, m.index + m[0].length, calendarDay(y, mo, Number(m[1])), null, 'day', 6, y);
  }

  // Keep the first-ranked, longest reading of each stretch of words: one sweep over the sorted candidates.
  candidates.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.rank - b.rank);
  const mentions: DateMention[] = [];
  let lastEnd = -1;
  // Where the next day date after each candidate begins (one backward pass): "announced on October 30 that police had
  // arrested a man … on October 21" tells the arrest's own day after the statement's, in the same clause.
  const nextDayStart = new Map<Candidate, number>();
  let nextDay = -1;
  for (let i = candidates.length - 1; i >= 0; i -= 1) {
    const c = candidates[i];
    if (!c) continue;
    nextDayStart.set(c, nextDay);
    if (!c.dropped && c.date.length === 10) nextDay = c.start;
  }
  for (const candidate of candidates) {
    const { rank: _rank, dropped, ...c } = candidate;
    const ownDayAt = nextDayStart.get(candidate) ?? -1;
    // (Not a day of another clause: "announced on July 15 that they had dismantled a cell …, and on July 20 they
    // arrested two more".)
    const ownDayAfter =
      ownDayAt > c.end && !/;|,\s+(?:and|while|but)\s|\sand\s+(?:on|in)\s/.test(sentence.slice(c.end, ownDayAt));
    if (c.start < lastEnd) continue;
    // ("officials said on December 18 that two soldiers missing after the attack had been found": the day of a
    // statement about an event, no day of an event.)
    // ("Iraqi intelligence announced on October 11 that it had captured …" dates the capture it tells.)
    const saidOn = SAID_ON.test(sentence.slice(Math.max(0, c.start - 30), c.start));
    const statement =
      saidOn && /^,?\s+that\b/.test(sentence.slice(c.end)) && (!TOLD_EVENT.test(sentence.slice(c.end)) || ownDayAfter);
    // ("members of the unlicensed "February 14 Youth Coalition"", "the 19th of April Movement": a group named by a day.)
    // ("in 6th of October City", "on the 15 July Martyrs Bridge": a place named by a day.)
    const named =
      (/(?:\bthe|["“])\s*$/.test(sentence.slice(Math.max(0, c.start - 6), c.start)) &&
        GROUP_NAMED_BY_DAY.test(sentence.slice(c.end, c.end + 40))) ||
      (!/\b[Oo]n\s*$/.test(sentence.slice(Math.max(0, c.start - 4), c.start)) &&
        PLACE_NAMED_BY_DAY.test(sentence.slice(c.end, c.end + 40))) ||
      // ("Antoine Ghanem, another March 14 member of parliament, was killed …": one of a camp named by a day.)
      (!/\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom|[Bb]efore|[Aa]fter|[Ii]n|[Oo]f)\s*$/.test(
        sentence.slice(Math.max(0, c.start - 7), c.start),
      ) &&
        MEMBER_OF_DAY_CAMP.test(sentence.slice(c.end, c.end + 40)));
    // ("Police said on May 15 that a bomb had exploded outside a bank the previous night", "On March 4, police said that
    // gunmen had killed three farmers the previous day": the day of the statement, counted back to the event's.)
    // ("Police said on August 3 that Sefa Orrin had been captured in Tashel five days earlier": a statement that tells
    // the event, dated back from the statement's day all the same.)
    const back = !dropped && !named && c.date.length === 10 ? toldBack(sentence, c, statement || saidOn) : null;
    if (back) mentions.push(back);
    else if (!dropped && !statement && !named) mentions.push(c);
    lastEnd = c.end;
  }

  // "…; the army said it had killed up to 15 militants by the time the operation ended on August 1": the day the
  // event before it ended, no event of its own.
  if (mentions.length > 1 && /\bby the time\b/i.test(sentence))
    for (let i = mentions.length - 1; i > 0; i -= 1) {
      const m = mentions[i];
      const before = mentions[i - 1];
      if (!m || !before || before.endDate !== null || m.date <= before.date) continue;
      if (!ENDED_BY.test(sentence.slice(Math.max(0, m.start - 70), m.start))) continue;
      mentions[i - 1] = { ...before, endDate: m.date };
      mentions.splice(i, 1);
    }
  // "Beginning on the evening of March 1 and continuing into March 2", "which began on March 16 and lasted until the
  // 27th": one event told from its first day to its last.
  // (One pass that copies the mentions, so that a text of many such spans stays linear.)
  if (
    mentions.length > 0 &&
    (/\band\s+(?:continu|last|end|r[au]n|held|occupied|controlled)/i.test(sentence) ||
      /\b(?:which|that)\s+(?:began|started)\b/i.test(sentence))
  ) {
    const joined: DateMention[] = [];
    for (let i = 0; i < mentions.length; i += 1) {
      const first = mentions[i];
      if (!first) continue;
      const on =
        first.endDate === null && first.date.length === 10
          ? (GOES_ON.exec(sentence.slice(first.end, first.end + 60)) ??
            (BEGAN_ASIDE.test(sentence.slice(Math.max(0, first.start - 30), first.start))
              ? endedAfterAside(sentence.slice(first.end, first.end + 60), first.date)
              : null))
          : null;
      // ("fighting that began on September 5 and continued into the following day": to the day after.)
      const nextDay =
        on === null && first.endDate === null && first.date.length === 10
          ? GOES_ON_NEXT_DAY.exec(sentence.slice(first.end, first.end + 60))
          : null;
      const last = on
        ? calendarDay(
            Number(first.date.slice(0, 4)),
            on[1] ? monthNumber(on[1]) : Number(first.date.slice(5, 7)),
            Number(on[2]),
          )
        : nextDay
          ? addDays(parseISO(first.date), 1)
          : null;
      const goesOn = on ?? nextDay;
      if (!goesOn || last === null || !isValid(last) || isoDay(last) <= first.date) {
        joined.push(first);
        continue;
      }
      const end = first.end + goesOn[0].length;
      joined.push({ ...first, end, endDate: isoDay(last), words: sentence.slice(first.start, end) });
      // The last day, where it was read as a date of its own, is part of this one.
      if ((mentions[i + 1]?.start ?? end) < end) i += 1;
    }
    mentions.length = 0;
    for (const m of joined) mentions.push(m);
  }

  if (mentions.length > 0 && sentence.includes(' days')) {
    for (let i = 0; i < mentions.length; i += 1) {
      const first = mentions[i];
      if (!first || first.endDate !== null || first.date.length !== 10) continue;
      const span = first.start <= 110 ? DAYS_BEGINNING.exec(sentence.slice(0, first.start)) : null;
      const days = span?.[1] ? parseNumber(span[1]) : null;
      if (!span || days === null || days < 2) continue;
      const last = addDays(parseISO(first.date), days - 1);
      if (isValid(last)) mentions[i] = { ...first, endDate: isoDay(last), words: `${span[0]}${first.words}` };
    }
  }

  // "…, setting off a standoff with the army that lasted until September 28", "…, setting off two days of fighting in
  // which …", "holding the mall for four days before …": the event's last day, told after it in its sentence.
  // (One bounded look after each day, only where such words stand: linear.)
  if (mentions.length > 0 && SPAN_WORDS.test(sentence)) {
    for (let i = 0; i < mentions.length; i += 1) {
      const first = mentions[i];
      if (!first || first.endDate !== null || first.date.length !== 10) continue;
      const span = SPAN_TOLD_AFTER.exec(sentence.slice(first.end, first.end + 260));
      if (!span) continue;
      const days = parseNumber(span[1] ?? span[4] ?? '');
      const last =
        days !== null
          ? addDays(parseISO(first.date), days - 1)
          : calendarDay(Number(first.date.slice(0, 4)), monthNumber(span[2] ?? ''), Number(span[3]));
      if (!isValid(last) || isoDay(last) <= first.date) continue;
      // (The words quoted for the day name the span too: "June 23 … setting off two days of fighting".)
      const told = span[0].slice(Math.max(0, span[0].search(SPAN_WORDS)));
      mentions[i] = { ...first, endDate: isoDay(last), words: `${first.words} … ${told}` };
      // (The last day, where it was read as a date of its own, is part of this one.)
      const lastAt = first.end + span[0].length;
      const next = mentions[i + 1];
      if (next && next.start >= first.end && next.start < lastAt) mentions.splice(i + 1, 1);
    }
  }

  // "On October 10, militants stormed a building in Tarn, and the siege lasted until October 12", "…; the standoff
  // lasted three days", "…, and fighting continued until the end of June": the last day (or month) of the event told
  // last before the words (one bounded look after each day: linear).
  if (mentions.length > 0 && STORY_NOUN_LASTED.test(sentence)) {
    for (let i = 0; i < mentions.length; i += 1) {
      const first = mentions[i];
      if (!first || first.endDate !== null || first.date.length !== 10) continue;
      const span = STORY_LASTED.exec(sentence.slice(first.end, first.end + 260));
      if (!span) continue;
      const lastAt = first.end + span[0].length;
      const verbAt = span[0].search(STORY_NOUN_LASTED);
      const next = mentions[i + 1];
      // (Only the day told last before them: "… on May 3, and on May 9 a bomb …, and the siege lasted …" is May 9's.)
      if (next && next.start < first.end + verbAt) continue;
      const year = Number(first.date.slice(0, 4));
      // (A day of another year ends nothing here: "until May 12, 2017" after a day of 2016.)
      if (span[4] && span[4] !== first.date.slice(0, 4)) continue;
      const count = span[5] ? parseNumber(span[5]) : null;
      let endDate: string | null = null;
      if (count !== null) {
        const last = addDays(parseISO(first.date), count * (/^weeks$/i.test(span[6] ?? '') ? 7 : 1) - 1);
        endDate = isValid(last) ? isoDay(last) : null;
      } else if (span[3] && !span[1]) {
        const last = calendarDay(year, monthNumber(span[2] ?? ''), Number(span[3]));
        endDate = isValid(last) ? isoDay(last) : null;
      } else {
        const month = monthNumber(span[2] ?? '');
        endDate = month ? `${year}-${String(month).padStart(2, '0')}` : null;
        // ("On November 3, … until the end of November": the month's last day, the end told within its first month.)
        if (endDate !== null && endDate === first.date.slice(0, 7) && /^end of$/i.test(span[1] ?? ''))
          endDate = isoDay(lastDayOfMonth(parseISO(first.date)));
      }
      if (endDate === null || endDate <= first.date.slice(0, endDate.length)) continue;
      mentions[i] = { ...first, endDate, words: `${first.words} … ${span[0].slice(verbAt)}` };
      // (The last day, where it was read as a date of its own, is part of this one.)
      if (next && next.start >= first.end && next.start < lastAt) mentions.splice(i + 1, 1);
    }
  }

  // "The JTF announced in July that it had arrested more than 60 suspects during the previous month": the month
  // before the one of the statement.
  const previousMonth = /\b(?:during|in|over|throughout) the (?:previous|preceding|prior) month\b/.exec(sentence);
  if (previousMonth)
    for (const [i, m] of mentions.entries()) {
      if (m.date.length !== 7 || m.endDate !== null || m.end > previousMonth.index) continue;
      // (Only the month of a statement: "announced in July that …"; "In March, insurgents killed 10 soldiers, after killing
      // 15 during the previous month" keeps March.)
      if (!STATEMENT_IN.test(sentence.slice(Math.max(0, m.start - 30), m.start))) continue;
      const before = addMonths(parse(m.date, 'yyyy-MM', new Date(0)), -1);
      if (!isValid(before) || (year !== null && before.getFullYear() !== year)) continue;
      mentions[i] = { ...m, date: isoMonth(before), words: `${m.words} … ${previousMonth[0]}` };
    }
  // "Two weeks before the May 28 presidential election, a FARC unit killed six": the day counted from the day the
  // words right after it name is the event's; the day named is another event's.
  if (mentions.length > 0 && /\b(?:day|week)s? (?:after|before) (?:the )?\S/.test(sentence)) {
    // (The mentions and the phrases both come in order: one pointer walks the mentions, so the pass stays linear.)
    const firstDay = mentions.find((x) => x.date.length === 10)?.start ?? Number.POSITIVE_INFINITY;
    // (The days the sentence writes out, once: a day counted to one of them names that day's event again.)
    const written = new Set(mentions.map((x) => x.date));
    let k = 0;
    for (const m of sentence.matchAll(RELATIVE_ANY_CASE)) {
      // (Not "several days after", a count of no stated length; not "in the two weeks before …", a period; not where
      // a day told before it is the event's own: "On April 2, two days after the March 31 bombing, …".)
      if (firstDay < m.index) break;
      if (/^several\b/i.test(m[0])) continue;
      if (/\b(?:in|within|over|during|for)\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 20), m.index)))
        continue;
      const at = m.index + m[0].length;
      while (k < mentions.length && (mentions[k]?.start ?? 0) <= at) k += 1;
      const named = mentions[k];
      // ("Four days before Somaliland's November 13 presidential election": a possessive may stand between.)
      // ("A week after the Kabul bombing of September 5": the event's noun, then its day.)
      if (!named) continue;
      const between = sentence.slice(at, named.start);
      if (
        named.start > at + 40 ||
        !(ONLY_BEFORE_DAY_NAMED.test(between) || EVENT_OF_BEFORE.test(between) || ANNIVERSARY_OF.test(between))
      )
        continue;
      if (named.date.length !== 10 || named.endDate !== null) continue;
      const [, count = '', unit = '', direction = ''] = m;
      const n = daysCounted(count, unit);
      const date = addDays(parse(named.date, 'yyyy-MM-dd', new Date(0)), direction === 'before' ? -n : n);
      if (!isValid(date) || (year !== null && date.getFullYear() !== year)) continue;
      // ("Two days after the October 5 bombing in Kabul, in which twin explosions killed 41 people, …": the day named is
      // an event of its own, told with its toll; the day counted from it is the sentence's.)
      if (named.reference && NAMED_WITH_TOLL.test(sentence.slice(named.end, named.end + 200))) {
        mentions.splice(k, 0, {
          start: m.index,
          end: at,
          date: isoDay(date),
          endDate: null,
          leads: leadsAt(m.index),
          reference: written.has(isoDay(date)),
          words: sentence.slice(m.index, named.end),
        });
        k += 1;
        continue;
      }
      mentions[k] = {
        start: m.index,
        end: named.end,
        date: isoDay(date),
        endDate: null,
        leads: leadsAt(m.index),
        reference: written.has(isoDay(date)),
        words: sentence.slice(m.index, named.end),
      };
    }
  }
  // "discovered on December 24 outside a church in Palu on Christmas Eve": a holiday that names a day the sentence
  // writes out is that day, no second event.
  if (mentions.length > 1 && (HOLIDAY_NAME.test(sentence) || ISLAMIC_NAME.test(sentence))) {
    // (Only the holiday told right after the day, in its clause: "On December 24 gunmen killed two guards in Ulma, and on
    // Christmas Eve a bomb in Sorra wounded five" tells two events.)
    // (The nearest day written before the holiday is the one it can name: one walk, so the pass stays linear.)
    let written: DateMention | null = null;
    const kept: DateMention[] = [];
    // (A day counted from a holiday dropped is counted from the day written: "On October 11, … on the eve of Ashura,
    // killing 18; the following day, …" is October 12 where the calendar puts the eve a day before.)
    let dropped: { words: string; by: number; written: string } | null = null;
    for (const m of mentions) {
      if (/\d/.test(m.words)) written = m;
      // (An Islamic holiday's day is told by the moon: a day either side of the one written names it too.)
      const sameDay =
        written !== null &&
        (written.date === m.date ||
          (ISLAMIC_NAME.test(m.words) &&
            m.date.length === 10 &&
            written.date.length === 10 &&
            Math.abs(daysBetween(m.date, written.date)) === 1));
      const names =
        !/\d/.test(m.words) &&
        (HOLIDAY_NAME.test(m.words) || ISLAMIC_NAME.test(m.words)) &&
        written !== null &&
        sameDay &&
        m.start - written.end <= 80 &&
        !/;|,\s+(?:and|while|but)\s|\sand\s+on\s/.test(sentence.slice(written.end, m.start));
      if (names && written && written.date !== m.date)
        dropped = { words: `${m.words} … `, by: daysBetween(m.date, written.date), written: written.words };
      if (names) continue;
      if (dropped && m.words.startsWith(dropped.words) && m.date.length === 10) {
        const day = addDays(parse(m.date, 'yyyy-MM-dd', new Date(0)), dropped.by);
        kept.push({ ...m, date: isoDay(day), words: `${dropped.written} … ${m.words.slice(dropped.words.length)}` });
      } else kept.push(m);
    }
    if (kept.length < mentions.length) {
      mentions.length = 0;
      for (const m of kept) mentions.push(m);
    }
  }
  // "On September 12, a week after extremists set off an explosion …": the earlier event, counted back.
  const anchor = mentions.find((m) => m.date.length === 10 && !m.reference);
  if (anchor) {
    // ("February 28: Two days after an attack on a hotel in Ulma killed 14, …": capitalized after a day's label.)
    // ("On April 10, two months after an attack in Ulma killed 14, …": counted back by months or years too; an event
    // counted back into another year is dated there, so that no record of this year's is made of it.)
    for (const m of [...sentence.matchAll(RELATIVE_ANY_CASE), ...sentence.matchAll(RELATIVE_LONG)]) {
      const [whole, count = '', unit = '', direction = ''] = m;
      if (/^[A-Z]/.test(whole) && !/^\s*[:–—-]\s*$/.test(sentence.slice(anchor.end, m.index))) continue;
      // ("…, killing seven soldiers; the attack came a day after terrorists killed 18 civilians in Tarn": counted back
      // from the day the sentence told, wherever "came … after" stands.)
      const came = m.index - anchor.end > 12 && CAME_BEFORE.test(sentence.slice(Math.max(0, m.index - 24), m.index));
      // ("On August 19, a car bomb … killed 43 people, a day after a bombing in Boumerdes killed three": the same, told in
      // an aside that closes the sentence with a toll of its own.)
      const aside =
        !came &&
        sentence.slice(Math.max(0, m.index - 2), m.index) === ', ' &&
        TOLD_AFTER_ASIDE.test(sentence.slice(m.index + whole.length, m.index + whole.length + 120));
      if (
        m.index < anchor.end ||
        (m.index - anchor.end > 12 && !came && !aside) ||
        mentions.some((x) => x.start === m.index)
      )
        continue;
      // ("On December 29 – two days before the end of the year – …": a time of year, no event.)
      if (/^\s*the (?:end|start|beginning|close|turn) of\b/i.test(sentence.slice(m.index + whole.length))) continue;
      // ("On June 30, five days before Kandaria's July 5 national day, …": counted to a day the words after it name, no
      // event of its own.)
      if (DAY_NAMED_AFTER.test(sentence.slice(m.index + whole.length, m.index + whole.length + 50))) continue;
      // ("on October 29, two days before the Diwali festival: …": the day told by a feast or a vote it falls before.)
      if (FEAST_NAMED_AFTER.test(sentence.slice(m.index + whole.length, m.index + whole.length + 60))) continue;
      const from = parse(anchor.date, 'yyyy-MM-dd', new Date(0));
      const sign = direction.toLowerCase() === 'after' ? -1 : 1;
      const months = /^month/i.test(unit)
        ? (parseNumber(count) ?? 1)
        : /^year/i.test(unit)
          ? 12 * (parseNumber(count) ?? 1)
          : 0;
      const date = months > 0 ? addMonths(from, sign * months) : addDays(from, sign * daysCounted(count, unit));
      if (!isValid(date)) continue;
      mentions.push({
        start: m.index,
        end: m.index + whole.length,
        date: /^month/i.test(unit) ? isoMonth(date) : isoDay(date),
        endDate: null,
        leads: false,
        // "two days after the N'Djamena bombings": an event named, told elsewhere; "a week after extremists set off
        // an explosion": one told here.
        // ("September 8 (two days after Batna): …": a town's name alone in the bracket names its attack, told elsewhere.)
        reference:
          /^\s*the\b/i.test(sentence.slice(m.index + whole.length, m.index + whole.length + 6)) ||
          /^\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*\)/.test(
            sentence.slice(m.index + whole.length, m.index + whole.length + 40),
          ),
        words: `${anchor.words} … ${whole}`,
        aside: true,
      });
    }
    // ("On August 12, the Front claimed responsibility for the previous day's shooting in Pella, which killed two
    // soldiers", "police rounded up 60 people following a bombing there the previous day that killed two", "police
    // arrested three suspects hours after a bomb killed two people at a bus stop": the event told, on the day before
    // or the day itself.)
    if (sentence.includes('previous day') || sentence.includes('preceding day') || sentence.includes('hours after'))
      for (const m of sentence.matchAll(EVENT_OF_DAY_BEFORE)) {
        if (m.index < anchor.end || mentions.some((x) => x.start <= m.index && x.end > m.index)) continue;
        const from = parse(anchor.date, 'yyyy-MM-dd', new Date(0));
        const date = addDays(from, /^hours/i.test(m[0]) ? 0 : -1);
        if (!isValid(date)) continue;
        mentions.push({
          start: m.index,
          end: m.index + m[0].length,
          date: isoDay(date),
          endDate: null,
          leads: false,
          // (An event named by "the", told elsewhere or with its toll after it: "the previous day's shooting, which …".)
          reference: /^the\b/i.test(m[0]),
          words: `${anchor.words} … ${m[0]}`,
          aside: true,
        });
      }
    mentions.sort((a, b) => a.start - b.start);
  }

  // "Three days after an August 29 attack on a bus in Brenn that killed four, a second bus was bombed in Tarsa": the
  // sentence's own event, after the one it opens with, on the day counted on from that one's.
  const countedOn = mentions.length > 0 ? COUNTED_ON_OPENING.exec(sentence) : null;
  const earlier = countedOn ? mentions[0] : undefined;
  // (An event it names, with its own day: not "Hours after a June 12 rally in Ashet, gunmen fired …", nor "Ten days after
  // the July 8 kidnapping …", a day counted from already.)
  if (
    countedOn &&
    earlier &&
    earlier.start > countedOn[0].length &&
    // ("Two days after the bombing, on June 29, police arrested …": a day of the sentence's own event, after the comma.)
    !/[,;]/.test(sentence.slice(countedOn[0].length, earlier.start)) &&
    earlier.date.length === 10 &&
    earlier.endDate === null &&
    !earlier.reference &&
    COUNTED_FROM_EVENT.test(sentence.slice(countedOn[0].length, earlier.end + 60))
  ) {
    const main = MAIN_CLAUSE_AFTER.exec(sentence.slice(earlier.end, earlier.end + 160));
    const at = main ? earlier.end + main.index + main[0].length : -1;
    const days = countedOn[1] ? daysCounted(countedOn[1], (countedOn[2] ?? 'day').toLowerCase().replace(/s$/, '')) : 0;
    const day = addDays(parse(earlier.date, 'yyyy-MM-dd', new Date(0)), days);
    if (main && mentions.length === 1 && isValid(day) && OWN_ACT.test(sentence.slice(at, at + 200)))
      mentions.push({
        start: at,
        end: at,
        date: isoDay(day),
        endDate: null,
        leads: false,
        reference: false,
        words: `${earlier.words} … ${countedOn[0].trim()}`,
      });
  }
  // "…in Lahore, killing 38; two days later a suicide bomber attacked a rally in Quetta": a day counted on from
  // the day date before it, in a clause of its own, dates an event of its own. An explicit date right after it
  // ("A month later, on August 27") is that event's date instead.
  const added: DateMention[] = [];
  // One sweep: the relative phrases come in order, so a pointer walks the mentions once.
  let next = 0;
  let previous: DateMention | undefined;
  let m = mentions.length > 0 ? LATER.exec(sentence) : null;
  while (m !== null) {
    const at = m.index;
    const whole = m[0];
    while (next < mentions.length && (mentions[next]?.end ?? 0) <= at) {
      const x = mentions[next];
      if (x && !x.aside) previous = x;
      next += 1;
    }
    const following = mentions[next];
    const explicitAfter = following !== undefined && following.start - (at + whole.length) < 8;
    const between = previous ? sentence.slice(Math.max(previous.end, at - 200), at) : '';
    const days = daysLater(whole, previous?.date ?? null);
    LATER.lastIndex = at + whole.length;
    // "…, while fighters attacked Maiduguri the same evening" stays with the sentence's date: one day, one record
    // (the existing Nigeria 2015 test reads it as one event); only a later day is told apart.
    // "In mid-September, police arrested …, and the following month …": counted from a month, a week later is still
    // that month, a month later the next.
    // "on August 23, and later that week apprehended five more": some day of that week, told as its month.
    const thatWeek = /\blater (?:that|in the) week\b/i.test(whole);
    const fromMonth = (previous?.date.length === 7 || thatWeek) && (thatWeek || (days !== null && days > 0));
    // ("…, and the Sorra Front claimed responsibility the same night": a claim is an event of its own, on that day.)
    // ("…wounded 14 people; that evening, a second grenade at the bus station killed one": a clause of its own after a
    // semicolon, opening with the same day and a new subject, tells an event of its own.)
    const sameDayOwn =
      days === 0 &&
      !/\b(?:week|month)\b/i.test(whole) &&
      /;\s+$/.test(sentence.slice(Math.max(0, at - 3), at)) &&
      SAME_DAY_NEW_ACT.test(sentence.slice(at + whole.length, at + whole.length + 160));
    const fromDay =
      previous?.date.length === 10 &&
      !thatWeek &&
      (Boolean(days) || (days === 0 && (CLAIM_BEFORE.test(between) || sameDayOwn)));
    // ("hospital officials said the following week that the toll had risen to ten": the day of a statement about the
    // event, not of an event.)
    // ("…, killing five police officers; two more officers died of their injuries the following week": more deaths of
    // the event, on no day of their own.)
    // ("…; two days later, the death toll rose to 30": the toll revised, on no day of its own.)
    // ("…, killing one woman; a second victim died in hospital three days later": a later death, no event; not "20
    // civilians died three days later when a bomb exploded in Ulma".)
    // ("…attacked a hotel in Tarn on January 6; the siege ended two days later, …": the end, within weeks (an occupation
    // within a week), of the event told before.)
    const endedBefore = sentence.slice(Math.max(0, at - 40), at);
    // ("fighting broke out in Aden on January 28; by the time a truce took hold two days later, 38 had been killed": the
    // day the fighting ended, the same.)
    const siegeEnded =
      days !== null &&
      days > 0 &&
      days <= (OCCUPATION_ENDED_BEFORE.test(endedBefore) ? 7 : 45) &&
      (SIEGE_ENDED_BEFORE.test(endedBefore) || BY_THE_TIME_BEFORE.test(sentence.slice(Math.max(0, at - 90), at)));
    const statement =
      SAID_BEFORE.test(sentence.slice(Math.max(0, at - 30), at)) ||
      DIED_LATER.test(sentence.slice(Math.max(0, at - 60), at)) ||
      (DIED_BARE.test(sentence.slice(Math.max(0, at - 40), at)) &&
        !NEW_EVENT_TOLD.test(sentence.slice(at + whole.length, at + whole.length + 40))) ||
      TOLL_REVISED_AFTER.test(sentence.slice(at + whole.length, at + whole.length + 60)) ||
      // ("…; two days later, they were found dead": those taken, found dead, on no day of an event of its own.)
      FOUND_DEAD_AFTER.test(sentence.slice(at + whole.length, at + whole.length + 60)) ||
      // ("… were killed before the ISF restored control the next day", "the mayor was killed and his staff were freed
      // two days later": the end of the event, or a release, on no day of an event of its own.)
      (ENDED_OR_FREED_BEFORE.test(sentence.slice(Math.max(0, at - 60), at)) &&
        !VIOLENCE_AFTER.test(sentence.slice(at + whole.length, at + whole.length + 40))) ||
      // ("…attacked a hotel in Tarn on January 6; the siege ended two days later, after security forces killed the two
      // attackers": the end of the event told before, its toll with it.)
      siegeEnded;
    // (That end is the last day of the event before.)
    if (previous && previous.date.length === 10 && previous.endDate === null && siegeEnded) {
      const end = addDays(parse(previous.date, 'yyyy-MM-dd', new Date(0)), days);
      const index = mentions.indexOf(previous);
      if (isValid(end) && (year === null || end.getFullYear() === year) && index >= 0) {
        previous = { ...previous, endDate: isoDay(end) };
        mentions[index] = previous;
      }
    }
    if (previous && !explicitAfter && !statement && (fromMonth || fromDay) && CLAUSE_BETWEEN.test(between)) {
      const first = parse(`${previous.date.slice(0, 7)}-01`, 'yyyy-MM-dd', new Date(0));
      const date = fromMonth
        ? /\bmonth\b/i.test(whole)
          ? addMonths(first, 1)
          : first
        : addDays(parse(previous.date, 'yyyy-MM-dd', new Date(0)), days ?? 0);
      // (A day counted past the year's end is still a day of its own: "On December 31, … ; the following day, a bomber
      // killed 12" tells an event of the next year, none of December 31's.)
      if (isValid(date) && (year === null || date.getFullYear() === year || date.getFullYear() === year + 1)) {
        const mention: DateMention = {
          start: at,
          end: at + whole.length,
          date: fromMonth ? isoMonth(date) : isoDay(date),
          endDate: null,
          leads: false,
          reference: false,
          words: `${previous.words} … ${whole}`,
        };
        added.push(mention);
        previous = mention;
      }
    }
    m = LATER.exec(sentence);
  }
  LATER.lastIndex = 0;
  if (added.length > 0) {
    mentions.push(...added);
    mentions.sort((a, b) => a.start - b.start);
  }
  // "On the eve of the May 14 midterm elections, a grenade …": the day before the day named, opening the sentence.
  for (const [i, m] of mentions.entries()) {
    const eve = m.date.length === 10 && !m.endDate && m.start <= 40 ? EVE_OF.exec(sentence.slice(0, m.start)) : null;
    // (Not the eve of an attack named by its day: "On the eve of the May 14 bombing in Tarn, police had warned …".)
    if (!eve || ATTACK_NAMED_AFTER.test(sentence.slice(m.end, m.end + 40))) continue;
    const date = addDays(parse(m.date, 'yyyy-MM-dd', new Date(0)), -1);
    if (isValid(date) && (year === null || date.getFullYear() === year))
      mentions[i] = { ...m, date: isoDay(date), reference: false, leads: true, words: `${eve[0].trim()} ${m.words}` };
  }
  // "…; seven students and two guards were killed before special forces killed the two gunmen the following morning": the
  // day the attack was ended, counted from its own, is its last day, no event of its own.
  if (mentions.length > 1 && /\b(?:before|until)\b/i.test(sentence))
    for (let i = mentions.length - 1; i > 0; i -= 1) {
      const m = mentions[i];
      const before = mentions[i - 1];
      if (!m || !before || before.endDate !== null || m.date <= before.date || m.date.length !== 10) continue;
      if (!m.words.startsWith(`${before.words} … `) || daysBetween(before.date, m.date) > 2) continue;
      if (!endedThen(sentence, m.start)) continue;
      mentions[i - 1] = { ...before, endDate: m.date };
      mentions.splice(i, 1);
    }
  // "On January 16, militants seized the gas facility at In Amenas; the siege ended on January 19, with 39 hostages
  // dead": the day a siege told before ended, within weeks (an occupation within a week), is its last day.
  if (mentions.length > 1 && /\b(?:siege|standoff|stand-off|hostage|occupation)\b/i.test(sentence))
    for (let i = mentions.length - 1; i > 0; i -= 1) {
      const m = mentions[i];
      const before = mentions[i - 1];
      if (!m || !before || before.endDate !== null || m.date <= before.date || m.date.length !== 10) continue;
      if (before.date.length !== 10) continue;
      // (Only a siege the clause before told, right before: "…; the siege ended on"; not a crisis elsewhere.)
      const between = sentence.slice(before.end, m.start);
      const lead = SEMICOLON_LEAD.exec(between);
      const endedBefore = lead ? between.slice(lead[0].length).replace(/\s*\bon\s+$/, ' ') : '';
      if (SIEGE_ENDED_BEFORE.exec(endedBefore)?.index !== 0) continue;
      if (!SIEGE_TOLD.test(sentence.slice(Math.max(0, before.start - 160), m.start))) continue;
      if (daysBetween(before.date, m.date) > (OCCUPATION_ENDED_BEFORE.test(endedBefore) ? 7 : 45)) continue;
      mentions[i - 1] = { ...before, endDate: m.date, words: `${before.words} … ${m.words}` };
      mentions.splice(i, 1);
    }
  return mentions;
}
// The words before a day that date the day before it, opening the sentence: "On the eve of the".
const EVE_OF = /^\s*[Oo]n the eve of (?:the\s+)?$/;
const ATTACK_NAMED_AFTER =
  /^\s+(?:[\w-]+\s+){0,2}?(?:bombings?|attacks?|blasts?|massacres?|assaults?|explosions?|shootings?|ambush)\b/i;

/** The month and day (`MM-DD`) of Easter Sunday in the Gregorian calendar, or of Palm Sunday, Good Friday and Easter Monday. */
function easterDay(year: number, name: string, orthodox = false): string {
  const shift = /good friday/i.test(name)
    ? -2
    : /palm sunday/i.test(name)
      ? -7
      : /pentecost|whit/i.test(name)
        ? 49
        : /monday/i.test(name)
          ? 1
          : 0;
  if (orthodox) {
    // The Julian calendar's Easter (Meeus), 13 days behind the Gregorian from 1900 to 2099.
    const d = (19 * (year % 19) + 15) % 30;
    const e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
    const month = Math.floor((d + e + 114) / 31);
    const day = ((d + e + 114) % 31) + 1;
    return isoDay(addDays(new Date(year, month - 1, day), 13 + shift)).slice(5);
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDay(addDays(new Date(year, month - 1, day), shift)).slice(5);
}

const MONTH_INDEX = new Map(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m, i) => [m, i + 1]),
);

function monthNumber(name: string): number | null {
  return MONTH_INDEX.get(name.slice(0, 3).toLowerCase()) ?? null;
}

/** A calendar day as a local Date, or an Invalid Date where it does not exist (February 30). */
function calendarDay(year: number, month: number | null, day: number): Date {
  return month !== null && isExists(year, month - 1, day) ? new Date(year, month - 1, day) : new Date(Number.NaN);
}
