import { splitSentences } from '../src/report/split-sentences.js';
import type { Incident, Report } from '../src/report/types.js';

/** The kind of section a sentence came from, so a synthetic "Countering Terrorist Finance" reads like one. */
export type Topic = 'overview' | 'legislation' | 'finance' | 'cooperation' | 'extremism' | 'incidents';

export const TOPICS: readonly Topic[] = ['overview', 'legislation', 'finance', 'cooperation', 'extremism', 'incidents'];

/** A real sentence and the chapter it was written about. */
export interface SeedSentence {
  text: string;
  country: string;
  year: number | null;
}

/** A real passage that the parser read incident records from, with those records. */
export interface IncidentTemplate {
  passageText: string;
  incidents: Incident[];
  country: string;
  year: number | null;
  /** The distinct places its records name, which a synthetic copy swaps. */
  places: string[];
}

/** Everything the generator draws from, taken from the parsed real chapters. */
export interface SeedPool {
  sentences: Record<Topic, SeedSentence[]>;
  allSentences: SeedSentence[];
  incidentTemplates: IncidentTemplate[];
  /** Every place named by a real incident record, deduplicated, in first-seen order. */
  places: string[];
  /** Sentences per real passage, clamped to 1–6: the generator draws passage lengths from it. */
  sentenceCounts: number[];
}

const MAX_SENTENCES = 6;

/**
 * The topic of a real heading (`Legislation, Law Enforcement, and Border Security` → `legislation`).
 * A chapter whose only heading is its country (`Colombia`) reads as an overview.
 *
 * @example
 * topicOf('Countering Terrorist Finance'); //=> 'finance'
 */
export function topicOf(heading: string): Topic {
  if (/incident/i.test(heading)) return 'incidents';
  if (/legislation|law enforcement/i.test(heading)) return 'legislation';
  if (/financ/i.test(heading)) return 'finance';
  if (/cooperation/i.test(heading)) return 'cooperation';
  if (/radicali|extremism/i.test(heading)) return 'extremism';
  return 'overview';
}

// A parser place such as `Kenya’s` is a possessive, not a place to move elsewhere.
function isSwappablePlace(place: string): boolean {
  return !/['’]s$/.test(place);
}

/**
 * Collects the material of a synthetic corpus from real parsed chapters: sentences by topic, the
 * passages that carry incident records, the places those records name, and how long real passages are.
 *
 * @param reports - parsed real chapters (the seed and the fixtures)
 * @returns the pool; empty lists when the reports have no passages
 * @example
 * const pool = buildSeedPool(parseReports(seedText).reports);
 * pool.places.includes('Atyrau'); //=> true
 */
export function buildSeedPool(reports: readonly Report[]): SeedPool {
  const sentences = Object.fromEntries(TOPICS.map((topic) => [topic, [] as SeedSentence[]])) as Record<
    Topic,
    SeedSentence[]
  >;
  const allSentences: SeedSentence[] = [];
  const incidentTemplates: IncidentTemplate[] = [];
  const places = new Set<string>();
  const sentenceCounts: number[] = [];

  for (const report of reports) {
    const byPassage = new Map<string, Incident[]>();
    for (const incident of report.incidents) {
      byPassage.set(incident.passageId, [...(byPassage.get(incident.passageId) ?? []), incident]);
      for (const place of incident.places) if (isSwappablePlace(place)) places.add(place);
    }
    for (const section of report.sections) {
      const topic = topicOf(section.heading);
      for (const passage of section.passages) {
        const split = splitSentences(passage.text);
        if (split.length === 0) continue;
        sentenceCounts.push(Math.min(split.length, MAX_SENTENCES));
        for (const text of split) {
          const sentence = { text, country: report.country, year: report.year };
          sentences[topic].push(sentence);
          allSentences.push(sentence);
        }
        const incidents = byPassage.get(passage.id);
        if (incidents) {
          const named = [...new Set(incidents.flatMap((incident) => incident.places))].filter(isSwappablePlace);
          incidentTemplates.push({
            passageText: passage.text,
            incidents,
            country: report.country,
            year: report.year,
            places: named,
          });
        }
      }
    }
  }
  return { sentences, allSentences, incidentTemplates, places: [...places], sentenceCounts };
}
