import { COUNTRY_NAMES, foldName } from '../../report/country-names.js';
import { INCIDENT_KINDS, type IncidentKind } from '../../report/types.js';
import {
  EMPTY_QUERY_MESSAGE,
  emptyFilterMessage,
  invalidDateMessage,
  invalidKindMessage,
  invalidYearMessage,
  KNOWN_FILTERS,
  missingYearMessage,
  unknownFilterMessage,
} from '../messages.js';
import { parseDateExpression } from './parse-date-expression.js';
import { tokenize } from '../index/tokenize.js';
import type { ParsedQuery, QueryFilters, QueryProblem } from '../types.js';

type FilterName = (typeof KNOWN_FILTERS)[number];

// `name:value` or `name:"two words"`. A known filter may have a space after the colon (`place: Almaty`);
// any other word counts as a filter only when the value follows the colon directly, so prose such as
// `Note: this` and times (`10:30`) are text. `2011-10-31` has no letters before a colon; URLs (`https://`)
// are skipped below.
const FILTER = new RegExp(
  `(?<![\\w/.:-])(?:(?<known>${KNOWN_FILTERS.join('|')}):\\s*|(?<other>[A-Za-z][A-Za-z_-]*):(?=[^\\s:]))(?:"(?<quoted>[^"]*)"?|(?<value>[^\\s]*))`,
  'gi',
);

// Words people type for a kind (`kind:bombing`), mapped to the five kinds of incident records.
const KIND_WORDS: Readonly<Record<string, IncidentKind>> = Object.freeze({
  bombing: 'attack',
  bombings: 'attack',
  bomb: 'attack',
  shooting: 'attack',
  shootings: 'attack',
  killing: 'attack',
  killings: 'attack',
  explosion: 'attack',
  explosions: 'attack',
  assault: 'attack',
  kidnapping: 'attack',
  operation: 'clash',
  operations: 'clash',
  raid: 'clash',
  raids: 'clash',
  shootout: 'clash',
  firefight: 'clash',
  detention: 'arrest',
  detentions: 'arrest',
  detained: 'arrest',
  arrested: 'arrest',
  claim: 'threat',
  claims: 'threat',
  ultimatum: 'threat',
  ban: 'designation',
  banned: 'designation',
  designated: 'designation',
});

/**
 * Reads what a person typed into free text, filters and a date span. Query text is data, never syntax:
 * punctuation such as `'`, `!`, `^`, `$`, `=`, `|` only separates words.
 *
 * @param raw - the query as typed (`/incident place:Almaty since:2011-11`)
 * @param now - reference time (ms) for date parsing
 * @returns the parsed query and every problem the user must be told about
 * @example
 * parseQuery('kind:attack Atyrau').query;
 * //=> { raw: 'kind:attack Atyrau', text: 'Atyrau', terms: ['atyrau'], filters: { kind: 'attack' }, dateRange: null }
 */
export function parseQuery(raw: string, now: number = Date.now()): { query: ParsedQuery; problems: QueryProblem[] } {
  const problems: QueryProblem[] = [];
  const filters: QueryFilters = {};
  let rest = '';
  let last = 0;
  for (const m of raw.matchAll(FILTER)) {
    const g = m.groups ?? {};
    const value = (g.quoted ?? g.value ?? '').trim();
    if (g.other !== undefined) {
      if (value.startsWith('//')) continue; // a URL, not a filter
      problems.push({ code: 'unknown_filter', message: unknownFilterMessage(g.other) });
      rest += `${raw.slice(last, m.index)} `;
      last = m.index + m[0].length;
      continue;
    }
    const name = (g.known ?? '').toLowerCase() as FilterName;
    // `country:united kingdom`, `country:Burkina Faso`: an unquoted country runs on while it is still a name.
    const more =
      name === 'country' && g.quoted === undefined ? countryRunOn(value, raw.slice(m.index + m[0].length)) : '';
    applyFilter(name, more ? `${value}${more}` : value, filters, problems, now);
    rest += `${raw.slice(last, m.index)} `;
    last = m.index + m[0].length + more.length;
  }
  rest += raw.slice(last);

  const { expression, problems: dateProblems } = parseDateExpression(rest, now);
  problems.push(...dateProblems);
  let text = rest;
  if (expression) {
    for (const [s, e] of [...expression.spans].sort((a, b) => b[0] - a[0]))
      text = `${text.slice(0, s)} ${text.slice(e)}`;
  }
  text = text.replace(/\s+/g, ' ').trim();
  const terms = [...new Set(tokenize(text).map((t) => t.surface.toLowerCase()))];
  const dateRange = expression
    ? {
        from: expression.from,
        to: expression.to,
        label: expression.label,
        ...(expression.anyYear ? { anyYear: true } : {}),
      }
    : null;
  if (terms.length === 0 && !dateRange && Object.keys(filters).length === 0 && problems.length === 0) {
    problems.push({ code: 'empty_query', message: EMPTY_QUERY_MESSAGE });
  }
  return { query: { raw, text, terms, filters, dateRange }, problems };
}

// The words after an unquoted `country:` value that continue a country's name (`country:united` + ` kingdom`).
function countryRunOn(value: string, after: string): string {
  let taken = '';
  let name = foldName(value);
  for (const m of after.matchAll(/\s+[\p{L}'’.-]+/gu)) {
    if (m.index !== taken.length) break;
    const next = `${name} ${foldName(m[0])}`;
    if (!COUNTRY_NAMES.some((c) => c.aliases.some((a) => a === next || a.startsWith(`${next} `)))) break;
    taken += m[0];
    name = next;
  }
  return taken;
}

function applyFilter(
  name: FilterName,
  value: string,
  filters: QueryFilters,
  problems: QueryProblem[],
  now: number,
): void {
  if (value === '') {
    problems.push({ code: 'invalid_value', message: emptyFilterMessage(name) });
    return;
  }
  switch (name) {
    case 'place':
    case 'country':
    case 'actor':
      filters[name] = value;
      return;
    case 'year':
      if (/^\d{4}$/.test(value)) filters.year = Number(value);
      else problems.push({ code: 'invalid_value', message: invalidYearMessage(value) });
      return;
    case 'kind': {
      const word = value.toLowerCase();
      const kind = INCIDENT_KINDS.find((k) => k === word || `${k}s` === word) ?? KIND_WORDS[word];
      if (kind) filters.kind = kind satisfies IncidentKind;
      else problems.push({ code: 'invalid_value', message: invalidKindMessage(value) });
      return;
    }
    case 'since':
    case 'until': {
      if (/^\d{4}$/.test(value)) {
        filters[name] = name === 'since' ? `${value}-01-01` : `${value}-12-31`;
        return;
      }
      const { expression, problems: dateProblems } = parseDateExpression(value, now);
      if (dateProblems.length > 0) problems.push(...dateProblems);
      else if (!expression) problems.push({ code: 'invalid_date', message: invalidDateMessage(value) });
      else if (expression.anyYear) problems.push({ code: 'invalid_date', message: missingYearMessage(name, value) });
      else filters[name] = name === 'since' ? expression.from : expression.to;
    }
  }
}
