import type { IncidentKind } from '../report/types.js';
import type { Measure } from './evidence-words.js';
import { escapeRegExp } from '../report/escape-regexp.js';

/** What an analysis request asks for, read from a mention or an /incident text. */
export interface AnalysisQuery {
  /** The /incident query the request comes to: filters for the country, year and kind named, plus any other words. */
  query: string;
  /** For a count: what to add up (`records` counts the records themselves). */
  measure: Measure | 'records';
}

export type AnalysisRequest =
  | ({ kind: 'count' } & AnalysisQuery)
  | ({ kind: 'chart' } & AnalysisQuery)
  | ({ kind: 'map' } & AnalysisQuery)
  | ({ kind: 'export' } & AnalysisQuery);

const KIND_WORDS: Readonly<Record<string, IncidentKind>> = {
  attack: 'attack',
  attacks: 'attack',
  bombing: 'attack',
  bombings: 'attack',
  clash: 'clash',
  clashes: 'clash',
  raid: 'clash',
  raids: 'clash',
  threat: 'threat',
  threats: 'threat',
  designation: 'designation',
  designations: 'designation',
};

const MEASURES: ReadonlyArray<[Measure, RegExp]> = [
  ['killed', /^(?:killed|died|dead|deaths?|fatalities|lives)$/i],
  ['wounded', /^(?:wounded|injured|injuries|hurt)$/i],
  ['arrested', /^(?:arrests?|arrested|detained|detentions?)$/i],
];

// Words of the question itself, not of what it asks about.
const QUESTION_WORDS = new Set(
  `how many much were was is are there did do does get got have has had people persons person total number of in at on
  the a an during for by and to what all were chart charts map maps plot count counts export graph timeline show me
  please incidents incident records record give list`.split(/\s+/),
);

const TRIGGERS: ReadonlyArray<[AnalysisRequest['kind'], RegExp]> = [
  ['count', /^(?:how\s+many\b|count\b)|\bcount$/i],
  ['chart', /\b(?:chart|graph|timeline)\b/i],
  ['map', /\bmap\b/i],
  ['export', /\bexport\b/i],
];

/**
 * Reads a count, chart, map or export request ("how many were killed in attacks in Kenya in 2017", "chart attacks in
 * Kenya since 2013", `country:Kenya year:2017 count`), or null when the text asks for none of these. Countries are
 * those of the loaded reports; typed filters (`kind:arrest`) are kept as they are.
 * @example parseAnalysisRequest('how many were killed in attacks in Kenya in 2017', ['Kenya'])
 * //=> { kind: 'count', query: 'country:Kenya year:2017 kind:attack', measure: 'killed' }
 */
export function parseAnalysisRequest(text: string, countries: readonly string[]): AnalysisRequest | null {
  const cleaned = text
    .replace(/[?!.]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const trigger = TRIGGERS.find(([, pattern]) => pattern.test(cleaned));
  if (trigger === undefined) return null;
  return { kind: trigger[0], ...parseAnalysisQuery(cleaned, countries) };
}

/** The country of the loaded reports that the text names (the longest such name), and the text without it. */
function takeCountry(text: string, countries: readonly string[]): { country: string | null; rest: string } {
  const sorted = [...new Set(countries)].sort((a, b) => b.length - a.length);
  for (const country of sorted) {
    const escaped = escapeRegExp(country);
    const pattern = new RegExp(`(?<![\\p{L}:])${escaped}(?:['’]s)?(?![\\p{L}])`, 'iu');
    if (pattern.test(text)) return { country, rest: text.replace(pattern, ' ') };
  }
  return { country: null, rest: text };
}

/** Turns the words of a request into an /incident query and a measure. */
export function parseAnalysisQuery(text: string, countries: readonly string[]): AnalysisQuery {
  const { country, rest } = takeCountry(text, countries);
  const filters: string[] = country === null ? [] : [`country:${country.includes(' ') ? `"${country}"` : country}`];
  const words: string[] = [];
  let measure: AnalysisQuery['measure'] = 'records';
  let kind: IncidentKind | null = null;
  const tokens = rest.split(/\s+/).filter(Boolean);
  for (const [i, token] of tokens.entries()) {
    const word = token.replace(/^[“"'(]+|[”"',;)]+$/g, '');
    const lower = word.toLowerCase();
    if (word.includes(':')) filters.push(word);
    else if (/^(?:19|20)\d{2}$/.test(word)) {
      const previous = tokens[i - 1]?.toLowerCase();
      if (previous === 'since' || previous === 'from' || previous === 'after') filters.push(`since:${word}-01-01`);
      else if (previous === 'until' || previous === 'before' || previous === 'to') filters.push(`until:${word}-12-31`);
      else filters.push(`year:${word}`);
    } else if (MEASURES.some(([, pattern]) => pattern.test(word))) {
      measure = MEASURES.find(([, pattern]) => pattern.test(word))?.[0] ?? measure;
    } else if (KIND_WORDS[lower] !== undefined) kind = KIND_WORDS[lower] ?? null;
    else if (['since', 'from', 'after', 'until', 'before', 'to', 'between'].includes(lower)) continue;
    else if (!QUESTION_WORDS.has(lower) && word !== '') words.push(word);
  }
  // "how many arrests" adds up arrests in any record: an arrest after a clash is in a clash record.
  if (kind !== null && !filters.some((f) => f.startsWith('kind:'))) filters.push(`kind:${kind}`);
  return { query: [...filters, ...words].join(' ').trim(), measure };
}
