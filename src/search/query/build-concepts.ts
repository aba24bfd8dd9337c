import { type Abbreviation, findAbbreviations } from '../index/find-abbreviations.js';
import {
  ABBREVIATION_WEIGHT,
  COUNTRY_WEIGHT,
  MAX_LONG_FORM,
  MIN_PART_FOR_NEAR,
  NEAR_SPELLING_WEIGHT,
  PHRASE_NEAR_SPELLING_SHARE,
} from '../rank/weights.js';
import { findNearTerms } from './near-terms.js';
import type { QueryWords } from './parse-query-words.js';
import type { SearchIndex } from '../index/search-index.js';

/**
 * One way a query meaning can occur in a record, counted at `weight`: all `stems` present (a phrase
 * counts as often as its rarest word), or, for `docs`, being one of those records.
 */
export interface Alternative {
  stems: string[];
  weight: number;
  /** Only records of these reports (a flag per report position) count: `HT` is Hizb ut-Tahrir where a report says so. */
  reports?: Uint8Array;
  /** Records that count without any word: those of a report about the country the query names. */
  docs?: Int32Array;
}

/** A meaning the query asks for: the typed word(s) and every alternative that also counts. */
export interface Concept {
  /** Positions of the query words this concept stands for. */
  covers: number[];
  alternatives: Alternative[];
  /**
   * The IDF every alternative is scored with: the typed word's, so a synonym, a near spelling or a
   * word counted twice never outscores the word itself; for a word the corpus lacks, that of its
   * rarest existing alternative.
   */
  idf: number;
  /** How much finding this concept is worth for coverage (`idf` × weight of its best existing alternative; 0 if none exists). */
  importance: number;
  /**
   * A phrase over words that have their own concepts (`claimed responsibility` → took responsibility,
   * `Hizb ut-Tahrir` → HT). It credits a record only for the words it has not matched otherwise, so
   * each query word is scored once. Fill concepts come after every word concept.
   */
  fill: boolean;
  /** For a fill concept: the word concepts (indexes into the list) it stands for. */
  parts: number[];
}

/**
 * Expands a query's words into concepts. Each word (or a hyphenated word whose parts the corpus writes
 * together: `anti-terrorism` → antiterrorism, `Kzyl-Orda` → kyzylorda) becomes one concept with its
 * synonyms, the long form of an abbreviation a report defines, the records of a country's report, and
 * (only when the corpus lacks the word) its near spellings. Then one fill concept per phrase of the
 * synonym table or long form of an abbreviation the query contains (`garbage bin`, `Hizb ut-Tahrir`),
 * and per multi-word country name.
 *
 * @param index - the search index
 * @param words - the query's stems and hyphenated words
 * @returns concepts: word concepts first, in query order, then fill concepts
 * @example
 * buildConcepts(index, parseQueryWords('Atyrua'))[0]?.alternatives; //=> [{ stems: ['atyrau'], weight: 0.75 }]
 */
export function buildConcepts(index: SearchIndex, words: QueryWords): Concept[] {
  const { stems } = words;
  const has = (stem: string): boolean => index.postings.has(stem);
  const concepts: Concept[] = [];
  const conceptAt: number[] = [];
  const add = (covers: number[], alternatives: Alternative[], fill: boolean, parts: number[] = []): void => {
    const idfValue = conceptIdf(index, alternatives);
    const alts = dedupe(alternatives.filter((a) => a.docs !== undefined || a.stems.every(has)));
    if (!fill) for (const i of covers) conceptAt[i] = concepts.length;
    concepts.push({
      covers,
      alternatives: alts,
      idf: idfValue,
      importance: importanceOf(index, alts, idfValue),
      fill,
      parts,
    });
  };

  // Hyphenated (or spaced) words the corpus writes as one: rejoined before anything is matched loosely.
  const joined = new Map<number, { to: number; alternatives: Alternative[] }>();
  const inCompound = new Set<number>();
  for (const c of words.compounds) {
    for (let i = c.from; i <= c.to; i++) inCompound.add(i);
    const alternatives = joinedAlternatives(index, c.joined, stems.slice(c.from, c.to + 1));
    if (alternatives) joined.set(c.from, { to: c.to, alternatives });
  }
  for (let i = 0; i + 1 < stems.length; i++) {
    const a = stems[i] ?? '';
    const b = stems[i + 1] ?? '';
    // Typed apart (`Kzyl Orda`): only two words the corpus lacks are tried together.
    if (inCompound.has(i) || inCompound.has(i + 1) || has(a) || has(b)) continue;
    const alternatives = joinedAlternatives(index, a + b, [a, b]);
    if (!alternatives) continue;
    joined.set(i, { to: i + 1, alternatives });
    i++;
  }

  for (let i = 0; i < stems.length; i++) {
    const compound = joined.get(i);
    if (compound) {
      const covers = Array.from({ length: compound.to - i + 1 }, (_, k) => i + k);
      add(covers, compound.alternatives, false);
      i = compound.to;
      continue;
    }
    const stem = stems[i] ?? '';
    const alternatives: Alternative[] = [{ stems: [stem], weight: 1 }];
    if (!has(stem) && !isKnownWord(index, stem) && (!inCompound.has(i) || stem.length >= MIN_PART_FOR_NEAR)) {
      for (const near of findNearTerms(index, stem))
        alternatives.push({ stems: [near.stem], weight: NEAR_SPELLING_WEIGHT * (1 - near.score) });
    }
    alternatives.push(...synonymAlternatives(index, stem));
    for (const a of has(stem) ? findAbbreviations(index, stem) : []) {
      const reports = reportFlags(index, a.reports);
      alternatives.push({ stems: a.long, weight: ABBREVIATION_WEIGHT, ...(reports ? { reports } : {}) });
    }
    alternatives.push(...countryAlternatives(index, [stem]));
    add([i], alternatives, false);
  }

  // Phrases the query contains: synonym-table phrases, abbreviations' long forms, country names. A
  // word counts as typed or as its near spelling (`Jund al-Khilafa` is the long form of JAK).
  const spellings = stems.map((stem, p) => {
    const own = concepts[conceptAt[p] ?? -1];
    const near =
      own && own.covers.length === 1
        ? own.alternatives.filter(
            (a) =>
              a.weight < 1 &&
              a.weight >= PHRASE_NEAR_SPELLING_SHARE * NEAR_SPELLING_WEIGHT &&
              a.stems.length === 1 &&
              !a.reports,
          )
        : [];
    return new Set([stem, ...near.flatMap((a) => a.stems)]);
  });
  const matchesAt = (i: number, phrase: string[]): boolean => phrase.every((s, k) => spellings[i + k]?.has(s) === true);
  const { groups, byFirstStem, weights } = index.synonyms;
  const firstStems = (i: number): string[] => [...(spellings[i] ?? [])];
  stems.forEach((_, i) => {
    const fill = (length: number, alternatives: Alternative[]): void => {
      const covers = Array.from({ length }, (_, k) => i + k);
      const parts = [...new Set(covers.map((p) => conceptAt[p] ?? -1))].filter((p) => p >= 0);
      // Inside one word concept already (`anti-terrorism`), the phrase adds nothing.
      if (parts.length < 2 && covers.every((p) => conceptAt[p] === parts[0])) {
        const own = concepts[parts[0] ?? -1];
        if (own && own.covers.length > 1) {
          own.alternatives = dedupe([
            ...own.alternatives,
            ...alternatives.filter((a) => a.docs !== undefined || a.stems.every(has)),
          ]);
          return;
        }
      }
      add(covers, alternatives, true, parts);
    };
    for (const [gi, pi] of firstStems(i).flatMap((s) => byFirstStem.get(s) ?? [])) {
      const group = groups[gi];
      const phrase = group?.[pi];
      if (!group || !phrase || phrase.length < 2 || !matchesAt(i, phrase)) continue;
      fill(
        phrase.length,
        group.filter((p) => p !== phrase).map((p) => ({ stems: p, weight: weights[gi] ?? 0 })),
      );
    }
    for (const a of abbreviationsOf(index, stems.slice(i, i + MAX_LONG_FORM))) {
      if (!matchesAt(i, a.long)) continue;
      const reports = reportFlags(index, a.reports);
      fill(a.long.length, [{ stems: [a.short], weight: ABBREVIATION_WEIGHT, ...(reports ? { reports } : {}) }]);
    }
    for (let length = 2; length <= 4 && i + length <= stems.length; length++) {
      const name = stems.slice(i, i + length);
      const alternatives = countryAlternatives(index, name);
      if (alternatives.length > 0) fill(length, alternatives);
    }
  });
  settleFillIdf(concepts);
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

// A hyphenated word as one: the joined stem, its near spellings, and the parts as a phrase.
// Null when the corpus has neither the joined word nor a near spelling of it.
function joinedAlternatives(index: SearchIndex, joined: string, parts: string[]): Alternative[] | null {
  const alternatives: Alternative[] = [];
  if (index.postings.has(joined)) alternatives.push({ stems: [joined], weight: 1 });
  else
    for (const near of findNearTerms(index, joined))
      alternatives.push({ stems: [near.stem], weight: NEAR_SPELLING_WEIGHT * (1 - near.score) });
  if (alternatives.length === 0) return null;
  alternatives.push(...synonymAlternatives(index, joined));
  if (parts.every((p) => index.postings.has(p))) alternatives.push({ stems: parts, weight: 1 });
  return alternatives;
}

function synonymAlternatives(index: SearchIndex, stem: string): Alternative[] {
  const { groups, byFirstStem, weights } = index.synonyms;
  const out: Alternative[] = [];
  for (const [gi, pi] of byFirstStem.get(stem) ?? []) {
    const group = groups[gi];
    if (group === undefined || group[pi]?.length !== 1) continue;
    for (const phrase of group) {
      if (phrase.length === 1 && phrase[0] === stem) continue;
      out.push({ stems: phrase, weight: weights[gi] ?? 0 });
    }
  }
  return out;
}

function countryAlternatives(index: SearchIndex, name: string[]): Alternative[] {
  const reports = index.countryReports.get(name.join(' '));
  if (!reports) return [];
  const docs: number[] = [];
  for (const r of reports) {
    const from = index.reportDocs[2 * r] ?? 0;
    const to = index.reportDocs[2 * r + 1] ?? 0;
    for (let d = from; d < to; d++) docs.push(d);
  }
  return docs.length > 0 ? [{ stems: [], weight: COUNTRY_WEIGHT, docs: Int32Array.from(docs) }] : [];
}

function reportFlags(index: SearchIndex, reports: number[] | null): Uint8Array | undefined {
  if (reports === null) return undefined;
  const flags = new Uint8Array(index.reports.length);
  for (const r of reports) flags[r] = 1;
  return flags;
}

// A word the search knows from its own tables (`read` in "read more") is no misspelling of a corpus word.
function isKnownWord(index: SearchIndex, stem: string): boolean {
  return index.synonyms.byFirstStem.has(stem);
}

// Abbreviations whose long form may start the words `run` (`Hizb ut Tahrir arrests` → HT, HUT): their
// initials, each short word (`of`, `ut`, `al`) taken or left out, for long forms of two to six words.
function abbreviationsOf(index: SearchIndex, run: string[]): Abbreviation[] {
  const found: Abbreviation[] = [];
  for (let length = 2; length <= run.length; length++) {
    let initials = [run[0]?.[0] ?? ''];
    for (const word of run.slice(1, length)) {
      const next = initials.map((s) => s + (word[0] ?? ''));
      initials = word.length <= 3 ? [...next, ...initials] : next;
    }
    for (const short of new Set(initials)) {
      if (short.length < 2 || !index.postings.has(short)) continue;
      for (const a of findAbbreviations(index, short)) if (a.long.length === length) found.push(a);
    }
  }
  return found;
}

// The typed word's IDF when the corpus has it (the first alternative), else the rarest existing alternative's.
function conceptIdf(index: SearchIndex, alternatives: Alternative[]): number {
  const typed = alternatives[0];
  if (typed && typed.weight === 1 && typed.stems.length > 0 && typed.stems.every((s) => index.postings.has(s))) {
    return Math.max(...typed.stems.map((s) => idf(index, s)));
  }
  let best = 0;
  for (const alt of alternatives) {
    if (alt.stems.length === 0 || !alt.stems.every((s) => index.postings.has(s))) continue;
    best = Math.max(best, ...alt.stems.map((s) => idf(index, s)));
  }
  return best;
}

function importanceOf(index: SearchIndex, alternatives: Alternative[], idfValue: number): number {
  let best = 0;
  for (const alt of alternatives) {
    if (alt.docs !== undefined || !alt.stems.every((s) => index.postings.has(s))) continue;
    best = Math.max(best, alt.weight);
  }
  return best * idfValue;
}

// A fill concept credits the IDF of the words it stands for. A word the corpus lacks (`Nur-Sultan`) has
// none: it takes its share of the phrase's own, and counts for coverage through it.
function settleFillIdf(concepts: Concept[]): void {
  for (const fill of concepts) {
    if (!fill.fill || fill.importance === 0) continue;
    const missing = fill.parts.map((p) => concepts[p]).filter((c): c is Concept => c !== undefined && c.idf === 0);
    for (const c of missing) {
      c.idf = fill.idf / missing.length;
      c.importance = (fill.importance / fill.idf) * c.idf;
    }
  }
}

function dedupe(alternatives: Alternative[]): Alternative[] {
  const seen = new Map<string, Alternative>();
  const out: Alternative[] = [];
  for (const alt of alternatives) {
    if (alt.docs !== undefined || alt.reports !== undefined) {
      out.push(alt);
      continue;
    }
    const key = alt.stems.join(' ');
    const prior = seen.get(key);
    if (!prior || prior.weight < alt.weight) seen.set(key, alt);
  }
  return [...seen.values(), ...out];
}
