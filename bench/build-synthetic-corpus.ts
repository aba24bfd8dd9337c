import { slug } from '../src/report/slug.js';
import type { Incident, Passage, Report, Section } from '../src/report/types.js';
import { MONTH_NAMES } from '../src/report/vocabulary.js';
import { BENCH_COUNTRIES, BENCH_FIRST_YEAR, BENCH_LAST_YEAR } from './bench-countries.js';
import {
  buildSeedPool,
  type IncidentTemplate,
  type SeedPool,
  type SeedSentence,
  type Topic,
} from './build-seed-pool.js';
import { createRandom, type Random } from './create-random.js';
import { retargetText } from './retarget-text.js';

/** Options of {@link buildSyntheticCorpus}. */
export interface SyntheticCorpusOptions {
  /** How many passages in all; the corpus has exactly this many. */
  passages: number;
  /** PRNG seed: the same seed and seed reports give the same corpus. */
  seed?: number;
}

export const DEFAULT_CORPUS_SEED = 20_111_031;

// Real chapters run from a dozen passages (Andorra) to 80+ (Iraq); squaring skews towards short ones.
// Mean ≈ 8 + 75/3 = 33 passages, so 100k passages ≈ 3,000 chapters, about the whole series.
const MIN_CHAPTER_PASSAGES = 8;
const CHAPTER_PASSAGE_SPREAD = 75;
// Share of chapters with a "20xx Terrorist Incidents" section, and how many incident passages it holds.
const INCIDENT_SECTION_SHARE = 0.6;
const MAX_INCIDENT_PASSAGES = 8;
// A topic with fewer real sentences than this draws from every sentence instead of repeating a handful.
const MIN_TOPIC_SENTENCES = 8;
const PUBLISHER = 'United States Department of State';

interface ChapterSlot {
  country: string;
  year: number;
  /** 0 on the first pass over every country × year; a later pass suffixes the id (`-2`). */
  round: number;
}

interface SectionPlan {
  heading: string;
  topic: Topic;
  count: number;
}

/**
 * Builds a synthetic Country Reports on Terrorism series of a given size from real chapters: ~190
 * countries × 2004–2023, passages recombined from real sentences (1–6 each, as long as real ones),
 * and incident sections made of real incident passages whose records are re-dated into the chapter's
 * year and whose places are swapped among real place names. Pure and deterministic: no I/O, no clock,
 * every choice from a seeded PRNG.
 *
 * @param seedReports - parsed real chapters (the seed chapter and the fixtures)
 * @param options - `passages` (the exact total) and `seed`
 * @returns the chapters, ids unique (`crt-2016-peru`, `crt-2016-peru/overview/p3`, `crt-2016-peru/i2`)
 * @throws RangeError when the seed reports hold no sentences or `passages` is not a positive integer
 * @example
 * const reports = buildSyntheticCorpus(seed.reports, { passages: 10_000 });
 * reports.reduce((n, r) => n + r.sections.reduce((m, s) => m + s.passages.length, 0), 0); //=> 10000
 */
export function buildSyntheticCorpus(seedReports: readonly Report[], options: SyntheticCorpusOptions): Report[] {
  const { passages } = options;
  if (!Number.isInteger(passages) || passages < 1)
    throw new RangeError(`passages must be a positive integer, got ${passages}`);
  const pool = buildSeedPool(seedReports);
  if (pool.allSentences.length === 0) throw new RangeError('the seed reports hold no sentences to build passages from');

  const random = createRandom(options.seed ?? DEFAULT_CORPUS_SEED);
  const slots = random.shuffle(chapterSlots());
  const reports: Report[] = [];
  let remaining = passages;
  for (let n = 0; remaining > 0; n++) {
    const slot = slots[n % slots.length] as ChapterSlot;
    const size = Math.min(remaining, MIN_CHAPTER_PASSAGES + Math.floor(random.next() ** 2 * CHAPTER_PASSAGE_SPREAD));
    reports.push(buildChapter(pool, random, { ...slot, round: Math.floor(n / slots.length) }, size));
    remaining -= size;
  }
  return reports;
}

function chapterSlots(): ChapterSlot[] {
  const slots: ChapterSlot[] = [];
  for (const country of BENCH_COUNTRIES) {
    for (let year = BENCH_FIRST_YEAR; year <= BENCH_LAST_YEAR; year++) slots.push({ country, year, round: 0 });
  }
  return slots;
}

function buildChapter(pool: SeedPool, random: Random, slot: ChapterSlot, size: number): Report {
  const { country, year } = slot;
  const id = `crt-${year}-${slug(country)}${slot.round === 0 ? '' : `-${slot.round + 1}`}`;
  const incidents: Incident[] = [];
  const sections: Section[] = [];
  for (const plan of planSections(pool, random, year, size)) {
    const sectionId = `${id}/${slug(plan.heading)}`;
    const passages: Passage[] = [];
    for (let i = 1; i <= plan.count; i++) {
      const passageId = `${sectionId}/p${i}`;
      if (plan.topic === 'incidents') {
        const template = random.pick(pool.incidentTemplates);
        const copy = copyIncidentPassage(
          template,
          random,
          pool.places,
          { reportId: id, sectionId, passageId, country, year },
          incidents.length,
        );
        passages.push({ id: passageId, text: copy.text });
        incidents.push(...copy.incidents);
      } else {
        passages.push({ id: passageId, text: recombineSentences(pool, random, plan.topic, country, year) });
      }
    }
    sections.push({ id: sectionId, heading: plan.heading, passages });
  }
  const published = { month: random.int(3, 10), day: random.int(1, 28) };
  const monthName = MONTH_NAMES[published.month] ?? 'July';
  const title = `Country Reports on Terrorism ${year} - ${country}`;
  return {
    id,
    file: '',
    title,
    country,
    year,
    publisher: PUBLISHER,
    publicationDate: `${year + 1}-${pad(published.month + 1)}-${pad(published.day)}`,
    citeAs: `${PUBLISHER}, ${title}, ${published.day} ${monthName} ${year + 1}`,
    sourceUrl: null,
    sections,
    incidents,
  };
}

// The series' usual sections in their usual order; headings changed over the years (Border Security was
// added to Legislation in 2011, and CVE sections began then). Every chapter has at least an Overview.
function planSections(pool: SeedPool, random: Random, year: number, size: number): SectionPlan[] {
  const incidentCount =
    pool.incidentTemplates.length > 0 && size >= 4 && random.next() < INCIDENT_SECTION_SHARE
      ? random.int(1, Math.min(MAX_INCIDENT_PASSAGES, Math.floor(size / 3)))
      : 0;
  const plans: Array<SectionPlan & { weight: number }> = [
    { heading: 'Overview', topic: 'overview', count: 1, weight: 0.15 },
    { heading: `${year} Terrorist Incidents`, topic: 'incidents', count: incidentCount, weight: 0 },
    {
      heading: year >= 2011 ? 'Legislation, Law Enforcement, and Border Security' : 'Legislation and Law Enforcement',
      topic: 'legislation',
      count: 0,
      weight: 0.35,
    },
    { heading: 'Countering Terrorist Finance', topic: 'finance', count: 0, weight: 0.15 },
    { heading: 'Regional and International Cooperation', topic: 'cooperation', count: 0, weight: 0.2 },
    {
      heading: year >= 2016 ? 'Countering Violent Extremism' : 'Countering Radicalization and Violent Extremism',
      topic: 'extremism',
      count: 0,
      weight: year >= 2011 ? 0.15 : 0,
    },
  ];
  const totalWeight = plans.reduce((sum, plan) => sum + plan.weight, 0);
  for (let left = size - 1 - incidentCount; left > 0; left--) {
    const plan = pickWeighted(plans, random.next() * totalWeight);
    if (plan) plan.count++;
  }
  return plans.filter((plan) => plan.count > 0).map(({ heading, topic, count }) => ({ heading, topic, count }));
}

// The item whose cumulative weight first passes `roll` (a roll in [0, total weight)).
function pickWeighted<T extends { weight: number }>(items: readonly T[], roll: number): T | undefined {
  let left = roll;
  for (const item of items) {
    left -= item.weight;
    if (left < 0) return item;
  }
  return items.find((item) => item.weight > 0);
}

function recombineSentences(pool: SeedPool, random: Random, topic: Topic, country: string, year: number): string {
  const own = pool.sentences[topic];
  const source = own.length >= MIN_TOPIC_SENTENCES ? own : pool.allSentences;
  const count = pool.sentenceCounts.length > 0 ? random.pick(pool.sentenceCounts) : 1;
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) sentences.push(moveSentence(random.pick(source), country, year));
  return sentences.join(' ');
}

function moveSentence(sentence: SeedSentence, country: string, year: number): string {
  return retargetText(sentence.text, {
    fromCountry: sentence.country,
    toCountry: country,
    yearShift: sentence.year === null ? 0 : year - sentence.year,
  });
}

interface IncidentTarget {
  reportId: string;
  sectionId: string;
  passageId: string;
  country: string;
  year: number;
}

// A real incident passage in another chapter: same sentences and record shapes, the chapter's year, and
// each place swapped for a real place name (the same swap in the text and in `places`).
function copyIncidentPassage(
  template: IncidentTemplate,
  random: Random,
  places: readonly string[],
  target: IncidentTarget,
  numbered: number,
): { text: string; incidents: Incident[] } {
  const swaps = new Map(template.places.map((place) => [place, places.length > 0 ? random.pick(places) : place]));
  const firstYear = Number(template.incidents[0]?.date.slice(0, 4));
  const yearShift = target.year - (template.year ?? firstYear);
  const retarget = { fromCountry: template.country, toCountry: target.country, yearShift, places: swaps };
  const incidents = template.incidents.map(
    (incident, i): Incident => ({
      ...incident,
      id: `${target.reportId}/i${numbered + i + 1}`,
      reportId: target.reportId,
      sectionId: target.sectionId,
      passageId: target.passageId,
      date: shiftIsoDate(incident.date, yearShift),
      endDate: incident.endDate === null ? null : shiftIsoDate(incident.endDate, yearShift),
      places: incident.places.map((place) => swaps.get(place) ?? place),
      actors: [...incident.actors],
      text: retargetText(incident.text, retarget),
    }),
  );
  return { text: retargetText(template.passageText, retarget), incidents };
}

/**
 * Moves an ISO date (`2011-10-31`, `2011-10`, `2011`) by whole years; 29 February becomes the 28th in a
 * year that has none.
 *
 * @example
 * shiftIsoDate('2012-02-29', 1); //=> '2013-02-28'
 */
export function shiftIsoDate(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const rest = date.slice(4);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}${rest === '-02-29' && !leap ? '-02-28' : rest}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
