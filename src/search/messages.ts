import { INCIDENT_KINDS } from '../report/types.js';
import type { OperatorError, OperatorErrorCode } from './query/parse-operators.js';

/** Every user-facing text of the search core, so tests and the answers assert on the same words. */
export const KNOWN_FILTERS = ['place', 'country', 'year', 'kind', 'actor', 'since', 'until'] as const;

export const EMPTY_QUERY_MESSAGE = 'Type some words, a date or a filter, e.g. `Atyrau`, `October 31` or `kind:attack`.';

export function unknownFilterMessage(name: string): string {
  return `Unknown filter \`${name}:\`. Filters are ${KNOWN_FILTERS.map((f) => `\`${f}:\``).join(', ')}.`;
}

export function invalidDateMessage(text: string): string {
  return `"${text}" is not a valid date. Try e.g. \`October 31\`, \`2011-10-31\`, \`July 2011\` or \`Q4 2011\`.`;
}

export function invalidKindMessage(value: string): string {
  return `Unknown kind \`${value}\`. Kinds are ${INCIDENT_KINDS.map((k) => `\`${k}\``).join(', ')}.`;
}

export function invalidYearMessage(value: string): string {
  return `\`year:${value}\` is not a year. Try e.g. \`year:2011\`.`;
}

export function missingYearMessage(name: string, value: string): string {
  return `\`${name}:${value}\` needs a year, e.g. \`${name}:2011-11\`.`;
}

export function emptyFilterMessage(name: string): string {
  return `The filter \`${name}:\` needs a value, e.g. \`${name}:Almaty\`.`;
}

/** How many loaded countries a "no report" message names before "and N more". */
export const MAX_LISTED_COUNTRIES = 10;

export function unknownCountryMessage(value: string, countries: readonly string[]): string {
  const known = countries.length > 0 ? ` Loaded: ${listCapped(countries, MAX_LISTED_COUNTRIES)}.` : '';
  return `No report for country "${value}".${known}`;
}

/** `country:Kenya year:2011` when Kenya is loaded for other years. */
export function missingCountryYearMessage(country: string, year: number, years: readonly number[]): string {
  const loaded = years.length > 0 ? ` Loaded for ${country}: ${years.join(', ')}.` : '';
  return `No ${country} report for ${year} is loaded.${loaded}`;
}

/** `year:2012` when no report of 2012 is loaded. */
export function noReportForYearMessage(year: number, years: readonly number[]): string {
  const loaded = years.length > 0 ? ` Loaded years: ${listCapped(years.map(String), 15)}.` : '';
  return `No report for ${year} is loaded.${loaded}`;
}

function listCapped(items: readonly string[], max: number): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/** Why an operator query cannot be read as typed, and how to write it, by {@link OperatorErrorCode}. */
const OPERATOR_ERRORS: Readonly<Record<OperatorErrorCode, { reason: (text: string) => string; howTo: string }>> =
  Object.freeze({
    unclosed_quote: {
      reason: (t) => `the quote in \`${t}\` is not closed`,
      howTo: 'Put quotes at both ends of a phrase: `"peace process"`.',
    },
    unclosed_bracket: {
      reason: (t) => `the bracket in \`${t}\` is not closed`,
      howTo: 'Close every bracket you open: `(Aktobe OR Aktau) bombing`.',
    },
    stray_bracket: {
      reason: () => 'a closing bracket `)` has no opening one',
      howTo: 'Close every bracket you open: `(Aktobe OR Aktau) bombing`.',
    },
    empty_group: {
      reason: () => 'there is nothing between the brackets `()`',
      howTo: 'Put words between brackets: `(Aktobe OR Aktau) bombing`.',
    },
    empty_phrase: {
      reason: (t) => `there are no words between the quotes \`${t}\``,
      howTo: 'Put the exact words between quotes: `"peace process"`.',
    },
    lone_not: {
      reason: (t) => `\`${t}\` has nothing after it to leave out`,
      howTo: 'Put what to leave out right after it: `genocide NOT Darfur` or `genocide -Darfur`.',
    },
    dangling_operator: {
      reason: (t) => `\`${t}\` needs words on both sides`,
      howTo: 'Write `conscription OR desertion`, `Atyrau AND police` (AND is the default: `Atyrau police`).',
    },
    leading_wildcard: {
      reason: (t) => `\`${t}\` starts with a wildcard`,
      howTo:
        'A `*` (any letters) or `?` (one letter) goes inside or at the end of a word, after its first letters: `extrem*`, `Tal?ban`.',
    },
    long_pattern: {
      reason: (t) => `\`${t}\` is longer than any word`,
      howTo: 'Write the start of the word and a `*`: `extrem*`.',
    },
    bad_proximity: {
      reason: (t) => `\`${t}\` needs a number of words (0 to 100) after the \`~\``,
      howTo: '`"amnesty rebels"~5` finds the two words with at most 5 words between them.',
    },
    bad_sort: {
      reason: (t) => `\`${t}\` is not a sort order`,
      howTo: 'Write `sort:date` (newest first) or `sort:oldest`; relevance is the default.',
    },
    filter_with_operator: {
      reason: (t) =>
        `\`${t}\` is a filter, and filters apply to the whole query: they cannot be combined with OR or NOT`,
      howTo:
        'Write filters apart from the words (`bombing place:Atyrau`), or search words instead (`bombing NOT Atyrau`).',
    },
    only_excluded: {
      reason: (t) => `\`${t}\` only says what to leave out`,
      howTo: 'Add what to look for (`genocide NOT Darfur`) or a filter (`country:Kazakhstan -Atyrau`).',
    },
    too_deep: {
      reason: () => 'the brackets are nested too deep',
      howTo: 'Use fewer brackets: `(Aktobe OR Aktau) AND (bombing OR explosion)`.',
    },
  });

// Backticks in what the person typed would break the code spans the message puts it in.
function quoted(text: string): string {
  return text.replace(/`/g, "'").slice(0, 80);
}

/**
 * The answer to an operator query that cannot be read as typed: what is wrong, how it was understood
 * (written back in the query language), and how to write it.
 *
 * @example
 * operatorErrorsMessage([{ code: 'lone_not', text: 'NOT' }], 'genocide');
 * //=> 'I cannot read this query as typed: `NOT` has nothing after it to leave out. I understood `genocide`. Put what to leave out right after it: …'
 */
export function operatorErrorsMessage(errors: readonly OperatorError[], understood: string): string {
  const reasons = [...new Set(errors.map((e) => OPERATOR_ERRORS[e.code].reason(quoted(e.text))))];
  const howTos = [...new Set(errors.map((e) => OPERATOR_ERRORS[e.code].howTo))];
  const read = understood === '' ? 'I understood no words in it.' : `I understood \`${quoted(understood)}\`.`;
  return `I cannot read this query as typed: ${reasons.join('; ')}. ${read} ${howTos.join(' ')}`;
}

/** A wildcard that stands for too many words of the reports (`a*`). */
export function tooBroadMessage(pattern: string, max: number): string {
  return `\`${quoted(pattern)}\` matches more than ${max} different words of the reports, too many to search. Add letters before the \`*\` or \`?\`: \`terror*\` rather than \`t*\`.`;
}

/** Wildcards that stand together for too many words (`abc* OR abd* OR …`). */
export function tooManyWordsMessage(count: number, max: number): string {
  return `The wildcards of this query match ${count} different words of the reports together, more than the ${max} one search can look for. Use fewer wildcards, or more letters before each \`*\`.`;
}

/** The query language, line by line, with the example each line gives (`/incident help`, the README). */
export const OPERATOR_HELP_LINES: readonly string[] = Object.freeze([
  '`"exact phrase"`: those words in that order (case, accents and punctuation ignored; no near spellings).',
  '`"word word"~5`: the words with at most 5 words between them, in any order.',
  '`a OR b`, `a NOT b` or `a -b`, `(a OR b) c`: AND is the default. Operators are in capitals: `or` is a word.',
  '`word*` (any letters), `wo?d` (one letter): inside or at the end of a word, never at its start.',
  '`sort:date` newest first, `sort:oldest` oldest first; relevance by default.',
]);
