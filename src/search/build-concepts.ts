import { findNearTerms } from './near-terms.js';
import type { SearchIndex } from './search-index.js';

/** One way a query meaning can occur in a record: all `stems` present, counted at `weight`. */
export interface Alternative {
  stems: string[];
  weight: number;
}

/** A meaning the query asks for: the typed word(s) and every alternative that also counts. */
export interface Concept {
  /** Positions of the query words this concept stands for (for coverage and phrase bonus). */
  covers: number[];
  alternatives: Alternative[];
  /** How much finding this concept is worth (IDF of the rarest way to say it that exists). */
  importance: number;
}

// A synonym from the table counts a little less than the word typed; a near spelling less still,
// scaled by how close Fuse judged it (`atyrua`→atyrau 0.17 → 0.83 × 0.9).
const SYNONYM_WEIGHT = 0.7;
const NEAR_SPELLING_WEIGHT = 0.9;

/**
 * Expands query stems into concepts: each word with its synonyms and (when the corpus does not have
 * the word, or has it rarely) its near spellings; plus one concept per multi-word synonym phrase the
 * query contains (`garbage bin` → trash can), whose typed form is already counted word by word.
 *
 * @param index - the search index
 * @param stems - the query's content stems in typed order
 * @returns concepts, in query order
 * @example
 * buildConcepts(index, ['atyrua'])[0]?.alternatives; //=> [{ stems: ['atyrua'], weight: 1 }, { stems: ['atyrau'], weight: 0.75 }]
 */
export function buildConcepts(index: SearchIndex, stems: string[]): Concept[] {
  const concepts: Concept[] = [];
  const { groups, byFirstStem } = index.synonyms;
  stems.forEach((stem, i) => {
    const alternatives: Alternative[] = [{ stems: [stem], weight: 1 }];
    const df = index.postings.get(stem)?.docs.length ?? 0;
    if (df === 0) {
      for (const near of findNearTerms(index, stem)) {
        alternatives.push({ stems: [near.stem], weight: NEAR_SPELLING_WEIGHT * (1 - near.score) });
      }
    }
    for (const [gi, pi] of byFirstStem.get(stem) ?? []) {
      const group = groups[gi];
      if (!group || group[pi]?.length !== 1) continue;
      for (const phrase of group) {
        if (phrase.length === 1 && phrase[0] === stem) continue;
        alternatives.push({ stems: phrase, weight: SYNONYM_WEIGHT });
      }
    }
    concepts.push({ covers: [i], alternatives: dedupe(alternatives), importance: importanceOf(index, alternatives) });
  });
  // Multi-word phrases of the table typed in the query: `claimed responsibility`, `garbage bin`.
  stems.forEach((stem, i) => {
    for (const [gi, pi] of byFirstStem.get(stem) ?? []) {
      const group = groups[gi];
      const phrase = group?.[pi];
      if (!group || !phrase || phrase.length < 2) continue;
      if (!phrase.every((s, k) => stems[i + k] === s)) continue;
      const alternatives = group.filter((p) => p !== phrase).map((p) => ({ stems: p, weight: SYNONYM_WEIGHT }));
      const covers = phrase.map((_, k) => i + k);
      concepts.push({ covers, alternatives, importance: importanceOf(index, alternatives) });
    }
  });
  return concepts;
}

/**
 * Inverse document frequency over the whole corpus (BM25's form, always positive).
 *
 * @example
 * idf(index, 'atyrau'); // high: few records name it
 */
export function idf(index: SearchIndex, stem: string): number {
  const n = index.docs.length;
  const df = index.postings.get(stem)?.docs.length ?? 0;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

function importanceOf(index: SearchIndex, alternatives: Alternative[]): number {
  let best = 0;
  for (const alt of alternatives) {
    if (!alt.stems.every((s) => index.postings.has(s))) continue;
    const value = alt.weight * Math.max(...alt.stems.map((s) => idf(index, s)));
    if (value > best) best = value;
  }
  return best;
}

function dedupe(alternatives: Alternative[]): Alternative[] {
  const seen = new Map<string, Alternative>();
  for (const alt of alternatives) {
    const key = alt.stems.join(' ');
    const prior = seen.get(key);
    if (!prior || prior.weight < alt.weight) seen.set(key, alt);
  }
  return [...seen.values()];
}
