import { INCIDENT_KINDS, type Report } from '../src/report/types.js';
import { MONTH_NAMES } from '../src/report/vocabulary.js';
import { createRandom, type Random } from './create-random.js';

/** What a query exercises: the mix a Slack channel sends. */
export const QUERY_CATEGORIES = ['word', 'misspelling', 'phrase', 'question', 'date', 'filter', 'operator'] as const;
export type QueryCategory = (typeof QUERY_CATEGORIES)[number];

/** One benchmark query, with the mode the Slack app would search it in. */
export interface BenchQuery {
  text: string;
  category: QueryCategory;
  mode: 'incident' | 'ask';
}

/** Options of {@link buildQuerySet}. */
export interface QuerySetOptions {
  /** How many queries; they are spread evenly over the categories. */
  count: number;
  seed?: number;
  /** Skip the hand-written queries (a warm-up set that shares no query with the measured set). */
  generatedOnly?: boolean;
}

export const DEFAULT_QUERY_SEED = 31_102_011;

// Hand-written queries from the seed chapter (Kazakhstan 2011) and the fixtures; the rest of the set is
// made from the names in the corpus so that queries hit synthetic chapters too.
const FIXED: Record<QueryCategory, readonly string[]> = {
  word: [
    'Atyrau',
    'explosion',
    'kidnapping',
    'FARC',
    'extradition',
    'Aktobe',
    'hostages',
    'financing',
    'al-Shabaab',
    'madrassa',
  ],
  misspelling: [
    'Atyrua',
    'Shubarshi',
    'Kenkyak',
    'Aktobee',
    'Nazarbaev',
    'terorism',
    'Boko Harram',
    'al-Shabab',
    'Jund al-Kalifah',
    'kidnaping',
  ],
  phrase: [
    'Jund al-Khilafah',
    "regional governor's office",
    'Financial Action Task Force',
    'suicide bomber',
    'police post',
    'Special Forces officer',
    'money laundering',
    'border security',
    'Soldiers of the Caliphate',
    'claimed responsibility',
  ],
  question: [
    'who claimed responsibility for the Atyrau explosions?',
    'how many policemen were killed in Shubarshy?',
    'what happened in Kenkiyak in July?',
    'when was JAK declared a terrorist organization?',
    'which groups were banned as terrorist organizations?',
    'who was arrested for planning terrorist acts in Aktau?',
    'what did the amendments to the religion law change?',
    'did Kazakhstan cooperate with the United States on counterterrorism?',
    'how does the government counter terrorist finance?',
    'who attacked the police in Almaty?',
  ],
  date: [
    'October 31',
    'July 2011',
    'since October',
    'May 17',
    'Q4 2011',
    'between July 1 and July 16 2011',
    'November 2011',
    'December 3',
    'September 23, 2011',
    'since 2011-11',
  ],
  filter: [
    'place:Almaty kind:attack',
    'kind:arrest since:2011-11',
    'place:Atyrau',
    'country:Kenya kind:attack',
    'year:2015 kind:clash',
    'actor:FARC',
    'kind:designation',
    'place:Aktobe since:2011-05 until:2011-08',
    'country:Kazakhstan year:2011 explosion',
    'kind:attack killed police',
  ],
  // The query language (issue 10), and patterns that must not make a search slow: runs of wildcards
  // over every letter, a pattern of many stars, long `?` runs.
  operator: [
    '"peace process"',
    'Aktobe OR Aktau',
    'explosion NOT Atyrau',
    '(Aktobe OR Aktau) AND (bombing OR explosion)',
    '"police killed"~5',
    'Tal?ban OR extrem*',
    'a* OR b* OR c* OR d* OR e* OR f* OR g* OR h* OR i* OR j* OR k* OR l* OR m* OR n* OR o* OR p* OR r* OR s* OR t* OR w*',
    'terror* -Kazakhstan sort:date',
    `k${'?'.repeat(30)}*`,
    'a*e*i*o*u*s*t*r*n*l*c*d* OR kidnap* OR hostage* NOT FARC',
  ],
};

interface Names {
  places: string[];
  /** The corpus's chapters as country and year, so `country:X year:Y` names a chapter that exists. */
  chapters: Array<{ country: string; year: number }>;
  actors: string[];
  years: number[];
}

function namesOf(reports: readonly Report[]): Names {
  const places = new Set<string>();
  const actors = new Set<string>();
  for (const report of reports) {
    for (const incident of report.incidents) {
      for (const place of incident.places) places.add(place);
      for (const actor of incident.actors) actors.add(actor);
    }
  }
  const chapters = reports.flatMap((report) =>
    report.year === null ? [] : [{ country: report.country, year: report.year }],
  );
  const years = [...new Set(chapters.map((chapter) => chapter.year))].sort();
  return {
    places: [...places].sort(),
    chapters: chapters.length > 0 ? chapters : [{ country: 'Kazakhstan', year: 2011 }],
    actors: [...actors].sort(),
    years: years.length > 0 ? years : [2011],
  };
}

// A typo a person makes in the longest word of a name: two neighbouring letters swapped, or one dropped
// (`Kirkuk` → `Kikruk`, `Krkuk`; `San Miguel` → `San Migel`).
function misspell(name: string, random: Random): string {
  const word = name.split(/\s+/).reduce((longest, w) => (w.length > longest.length ? w : longest), '');
  return name.replace(word, typo(word, random));
}

function typo(word: string, random: Random): string {
  if (word.length < 4) return `${word}${word.at(-1) ?? ''}`;
  const i = random.int(1, word.length - 2);
  if (random.next() < 0.5) return word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
  return word.slice(0, i) + word.slice(i + 1);
}

// Multi-word filter values need quotes (`country:"Saudi Arabia"`).
function filterValue(value: string): string {
  return /\s/.test(value) ? `"${value}"` : value;
}

function generate(category: QueryCategory, names: Names, random: Random): string {
  const place = names.places.length > 0 ? random.pick(names.places) : 'Atyrau';
  const chapter = random.pick(names.chapters);
  const country = chapter.country;
  const actor = names.actors.length > 0 ? random.pick(names.actors) : 'FARC';
  const year = random.pick(names.years);
  const month = random.pick(MONTH_NAMES);
  const day = random.int(1, 28);
  const kind = random.pick(INCIDENT_KINDS);
  switch (category) {
    case 'word':
      return random.pick([
        place,
        country,
        actor,
        random.pick(['bombing', 'arrested', 'militants', 'ransom', 'extremism', 'rocket', 'checkpoint']),
      ]);
    case 'misspelling':
      return misspell(random.pick([place, country, place]), random);
    case 'phrase':
      return random.pick([
        `${place} region`,
        `attack in ${place}`,
        `police in ${place}`,
        `${actor} attack`,
        `${country} government`,
      ]);
    case 'question':
      return random.pick([
        `what happened in ${place}?`,
        `who attacked the police in ${place}?`,
        `how many people were killed in ${country} in ${chapter.year}?`,
        `who claimed responsibility for the ${place} attack?`,
        `was ${actor} designated a terrorist organization in ${year}?`,
      ]);
    case 'date':
      return random.pick([
        `${month} ${day}`,
        `${month} ${year}`,
        `since ${month}`,
        `attacks in ${month} ${year}`,
        `Q${random.int(1, 4)} ${year}`,
      ]);
    case 'filter':
      return random.pick([
        `place:${filterValue(place)} kind:${kind}`,
        `country:${filterValue(country)} year:${chapter.year}`,
        `country:${filterValue(country)} kind:attack`,
        `actor:${filterValue(actor)} since:${year}-01`,
        `kind:${kind} since:${year}-${String(random.int(1, 12)).padStart(2, '0')}`,
      ]);
    case 'operator': {
      const other = names.places.length > 0 ? random.pick(names.places) : 'Aktau';
      const stem = place.slice(0, Math.max(3, place.length - 3));
      return random.pick([
        `"police in ${place}"`,
        `${place} OR ${other}`,
        `${actor} NOT ${place}`,
        `${stem}* sort:date`,
        `"${country} government"~3`,
        `(${place} OR ${other}) -police kind:${kind}`,
        `${stem.slice(0, 2)}${'?'.repeat(random.int(2, 12))}*`,
        [...'abcdefghiklmnoprstuw'].map((letter) => `${letter}*`).join(' OR '),
      ]);
    }
  }
}

// The Slack app searches /incident lookups in `incident` mode and questions in `ask` mode; bare words and
// phrases arrive both ways.
function modeOf(category: QueryCategory, n: number): BenchQuery['mode'] {
  if (category === 'date' || category === 'filter') return 'incident';
  if (category === 'operator') return n % 2 === 0 ? 'ask' : 'incident';
  if (category === 'question') return 'ask';
  return n % 2 === 0 ? 'incident' : 'ask';
}

/**
 * Builds a mixed query set for a corpus: single words, misspellings, phrases, questions, dates,
 * filters and operator queries (phrases, OR, NOT, proximity, wildcards), the hand-written ones first and then ones made from the corpus's places, countries, actors and
 * years. Categories are interleaved (word, misspelling, …, filter, word, …) so that every k-th query is an
 * even sample. Pure and deterministic.
 *
 * @param reports - the corpus the queries will run against
 * @param options - `count` and `seed`
 * @returns `count` queries
 * @example
 * buildQuerySet(reports, { count: 240 })[1]; //=> { text: 'Atyrua', category: 'misspelling', mode: 'incident' }
 */
export function buildQuerySet(reports: readonly Report[], options: QuerySetOptions): BenchQuery[] {
  const random = createRandom(options.seed ?? DEFAULT_QUERY_SEED);
  const names = namesOf(reports);
  const queries: BenchQuery[] = [];
  for (let n = 0; queries.length < options.count; n++) {
    for (const category of QUERY_CATEGORIES) {
      if (queries.length >= options.count) break;
      const text = (options.generatedOnly ? undefined : FIXED[category][n]) ?? generate(category, names, random);
      queries.push({ text, category, mode: modeOf(category, n) });
    }
  }
  return queries;
}
