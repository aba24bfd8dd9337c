import { buildConcepts, type Concept } from './build-concepts.js';
import { expandWildcard, MAX_WILDCARD_WORDS } from './expand-wildcard.js';
import { findNearTerms } from './near-terms.js';
import type { QueryNode } from './parse-operators.js';
import { parseQueryWords } from './parse-query-words.js';
import { scoreConcepts } from '../rank/score-text.js';
import type { SearchIndex } from '../index/search-index.js';
import type { WordStream } from '../index/term-counter.js';

/** What an operator query matched over the whole index (before filters). */
export interface OperatorMatches {
  /** 1 for each record (doc number) the query matches. */
  mask: Uint8Array;
  /** BM25 score per record, summed over the words, phrases and wildcards it asks for (not those it excludes). */
  score: Float64Array;
  /** Stems of what was asked for, for bold in the hits. */
  stems: Set<string>;
  /** Stems of the plain words asked for, for "did you mean" when nothing matched. */
  words: string[];
  /** Wildcards that stand for more than {@link MAX_WILDCARD_WORDS} words of the reports each. */
  tooBroad: string[];
  /** When the wildcards together stand for more than {@link MAX_WILDCARD_WORDS} words: how many (else 0). */
  tooManyWords: number;
}

/**
 * Evaluates an operator query over the index, as sets of records: AND intersects, OR unites, NOT takes
 * away. Plain words keep near spellings and synonyms (all of a term's words required); a phrase is checked
 * word by word against each candidate's text in the word stream (exact folded words, in order, or within
 * N words for `"a b"~N`); a wildcard stands for the words of the reports it matches, exactly. An excluded
 * word (`NOT Darfur`) is the word as typed, in any form (its stem), or its near spellings when the reports
 * lack it: never its synonyms.
 *
 * @param index - the search index
 * @param node - from {@link parseOperators}; null matches every record
 * @returns the records matched, their scores, and what to bold
 * @example
 * evaluateOperators(index, parseOperators('Aktobe OR Aktau').node).mask; // 1 for records naming either
 */
export function evaluateOperators(index: SearchIndex, node: QueryNode | null): OperatorMatches {
  const n = index.docs.length;
  const out: OperatorMatches = {
    mask: new Uint8Array(n),
    score: new Float64Array(n),
    stems: new Set(),
    words: [],
    tooBroad: [],
    tooManyWords: 0,
  };
  // Wildcards first: a query whose wildcards stand for too many words (`a* OR b* OR …`) is refused before
  // any postings are read, so no pattern makes a search slow.
  const expansions = new Map<string, number[]>();
  let words = 0;
  for (const pattern of wildcardsOf(node)) {
    if (expansions.has(pattern) || out.tooBroad.includes(pattern)) continue;
    const expanded = expandWildcard(index.words, pattern);
    if (expanded.tooMany) out.tooBroad.push(pattern);
    else {
      expansions.set(pattern, expanded.folds);
      words += expanded.folds.length;
    }
  }
  if (out.tooBroad.length === 0 && words > MAX_WILDCARD_WORDS) out.tooManyWords = words;
  if (out.tooBroad.length > 0 || out.tooManyWords > 0) return out;
  const mask = node === null ? null : evaluate(index, node, false, out, expansions);
  if (mask === null) out.mask.fill(1);
  else out.mask.set(mask);
  return out;
}

// A mask per node; null when the node asks for nothing (a term of stopwords only: `the`).
function evaluate(
  index: SearchIndex,
  node: QueryNode,
  negated: boolean,
  out: OperatorMatches,
  expansions: ReadonlyMap<string, number[]>,
): Uint8Array | null {
  switch (node.type) {
    case 'and':
    case 'or': {
      let acc: Uint8Array | null = null;
      for (const child of node.children) {
        const m = evaluate(index, child, negated, out, expansions);
        if (m === null) continue;
        if (acc === null) acc = m;
        else if (node.type === 'and') for (let d = 0; d < acc.length; d++) acc[d] = (acc[d] ?? 0) & (m[d] ?? 0);
        else for (let d = 0; d < acc.length; d++) acc[d] = (acc[d] ?? 0) | (m[d] ?? 0);
      }
      return acc;
    }
    case 'not': {
      const m = evaluate(index, node.child, !negated, out, expansions);
      if (m === null) return null;
      for (let d = 0; d < m.length; d++) m[d] = 1 - (m[d] ?? 0);
      return m;
    }
    case 'term':
      return negated ? excludedTerm(index, node.text) : plainTerm(index, node.text, out);
    case 'phrase': {
      const m = phraseMask(index, node.words, node.within);
      if (!negated)
        addScore(
          index,
          m,
          termsOfFolds(
            index.words,
            node.words.map((w) => index.words.foldOf.get(w) ?? -1),
          ),
          out,
          true,
        );
      return m;
    }
    case 'wildcard': {
      const folds = expansions.get(node.pattern) ?? [];
      const m = wildcardMask(index, folds);
      if (!negated) addScore(index, m, termsOfFolds(index.words, folds), out, false);
      return m;
    }
  }
}

function wildcardsOf(node: QueryNode | null): string[] {
  if (node === null) return [];
  switch (node.type) {
    case 'wildcard':
      return [node.pattern];
    case 'not':
      return wildcardsOf(node.child);
    case 'and':
    case 'or':
      return node.children.flatMap(wildcardsOf);
    default:
      return [];
  }
}

// Plain words: each (or a synonym, a near spelling, a phrase that stands for it) must be in the record.
function plainTerm(index: SearchIndex, text: string, out: OperatorMatches): Uint8Array | null {
  const words = parseQueryWords(text);
  if (words.stems.length === 0) return null;
  const concepts = buildConcepts(index, words);
  const { docs, score, covered } = scoreConcepts(index, concepts, null, true);
  let required = 0;
  concepts.forEach((c, i) => {
    if (!c.fill && i < 30) required |= 1 << i;
  });
  const m = new Uint8Array(index.docs.length);
  for (const doc of docs) {
    if (((covered[doc] ?? 0) & required) !== required) continue;
    m[doc] = 1;
    out.score[doc] = (out.score[doc] ?? 0) + (score[doc] ?? 0);
  }
  for (const c of concepts) for (const a of c.alternatives) for (const s of a.stems) out.stems.add(s);
  out.words.push(...words.stems);
  return m;
}

// An excluded word: its stem, or its near spellings when the reports lack it; every word of the term.
function excludedTerm(index: SearchIndex, text: string): Uint8Array | null {
  const { stems } = parseQueryWords(text);
  if (stems.length === 0) return null;
  let acc: Uint8Array | null = null;
  for (const stem of stems) {
    const m = new Uint8Array(index.docs.length);
    const alternatives = index.postings.has(stem) ? [stem] : findNearTerms(index, stem).map((near) => near.stem);
    for (const alt of alternatives) for (const doc of index.postings.get(alt)?.docs ?? []) m[doc] = 1;
    if (acc === null) acc = m;
    else for (let d = 0; d < acc.length; d++) acc[d] = (acc[d] ?? 0) & (m[d] ?? 0);
  }
  return acc;
}

// Records holding every content word of a phrase (from the postings), checked word by word in the stream.
function phraseMask(index: SearchIndex, words: string[], within: number | null): Uint8Array {
  const m = new Uint8Array(index.docs.length);
  const ids = words.map((w) => index.words.foldOf.get(w) ?? -1);
  if (ids.some((id) => id < 0)) return m;
  const { tokens, starts } = index.words;
  const wanted = within === null ? ids : [...new Set(ids)];
  const check = (doc: number): boolean => {
    const from = starts[doc] ?? 0;
    const to = starts[doc + 1] ?? 0;
    return within === null ? hasSequence(tokens, from, to, wanted) : hasWithin(tokens, from, to, wanted, within);
  };
  for (const doc of candidates(index, termsOfFolds(index.words, ids))) if (check(doc)) m[doc] = 1;
  return m;
}

function hasSequence(tokens: Int32Array, from: number, to: number, ids: number[]): boolean {
  const first = ids[0] ?? -1;
  const last = to - ids.length;
  for (let i = from; i <= last; i++) {
    if (tokens[i] !== first) continue;
    let k = 1;
    while (k < ids.length && tokens[i + k] === ids[k]) k++;
    if (k === ids.length) return true;
  }
  return false;
}

// Every word within a stretch holding at most `within` other words, in any order (`"amnesty rebels"~5`).
function hasWithin(tokens: Int32Array, from: number, to: number, ids: number[], within: number): boolean {
  const lastSeen = ids.map(() => -1);
  for (let i = from; i < to; i++) {
    const k = ids.indexOf(tokens[i] ?? -1);
    if (k < 0) continue;
    lastSeen[k] = i;
    const earliest = Math.min(...lastSeen);
    if (earliest >= 0 && i - earliest + 1 - ids.length <= within) return true;
  }
  return false;
}

// Records matching a wildcard: the postings of the words' stems; where a stem has forms the pattern does
// not match (`bomb?` matches bombs, not bomb), and for incident records, the record's own words are checked.
function wildcardMask(index: SearchIndex, folds: number[]): Uint8Array {
  const m = new Uint8Array(index.docs.length);
  const { words } = index;
  const forms = formsOf(words);
  const matched = new Uint8Array(words.folded.length);
  for (const f of folds) matched[f] = 1;
  for (const term of termsOfFolds(words, folds)) {
    const docs = index.postings.get(index.vocabulary[term] ?? '')?.docs ?? new Int32Array(0);
    let every = true;
    for (let k = forms.start[term] ?? 0; k < (forms.start[term + 1] ?? 0); k++)
      if (matched[forms.folds[k] ?? 0] !== 1) every = false;
    for (const doc of docs) {
      if (m[doc] === 1) continue;
      // An incident's postings also count its places, actors and kind (`attack`): its text is checked.
      if (every && index.docs[doc]?.kind !== 'incident') {
        m[doc] = 1;
        continue;
      }
      for (let i = words.starts[doc] ?? 0; i < (words.starts[doc + 1] ?? 0); i++) {
        if (matched[words.tokens[i] ?? 0] === 1) {
          m[doc] = 1;
          break;
        }
      }
    }
  }
  // A pattern matching only stopwords (`th?`) matches no record: stopwords are not searched.
  return m;
}

// Term ids of folded words, each once; stopwords (-1) left out.
function termsOfFolds(words: WordStream, folds: number[]): number[] {
  const terms = new Set<number>();
  for (const f of folds) {
    const t = f >= 0 ? (words.termOfFold[f] ?? -1) : -1;
    if (t >= 0) terms.add(t);
  }
  return [...terms];
}

// Records holding every one of the terms (all records when there is none: a phrase of stopwords).
function candidates(index: SearchIndex, terms: number[]): Iterable<number> {
  if (terms.length === 0) return index.docs.keys();
  const lists = terms
    .map((t) => index.postings.get(index.vocabulary[t] ?? '')?.docs ?? new Int32Array(0))
    .sort((a, b) => a.length - b.length);
  if (lists.length === 1) return lists[0] ?? [];
  const count = new Uint8Array(index.docs.length);
  for (const list of lists) for (const doc of list) count[doc] = (count[doc] ?? 0) + 1;
  const out: number[] = [];
  for (const doc of lists[0] ?? []) if (count[doc] === lists.length) out.push(doc);
  return out;
}

// The surface forms of each term, as folded words: term t's are folds[start[t]] up to folds[start[t + 1]].
const formsCache = new WeakMap<WordStream, { start: Int32Array; folds: Int32Array }>();

function formsOf(words: WordStream): { start: Int32Array; folds: Int32Array } {
  let forms = formsCache.get(words);
  if (forms) return forms;
  const terms = words.termOfFold.reduce((max, t) => Math.max(max, t), -1) + 1;
  const start = new Int32Array(terms + 1);
  for (const t of words.termOfFold) if (t >= 0) start[t + 1] = (start[t + 1] ?? 0) + 1;
  for (let t = 0; t < terms; t++) start[t + 1] = (start[t + 1] ?? 0) + (start[t] ?? 0);
  const cursor = start.slice(0, terms);
  const folds = new Int32Array(start[terms] ?? 0);
  words.termOfFold.forEach((t, f) => {
    if (t < 0) return;
    folds[cursor[t] ?? 0] = f;
    cursor[t] = (cursor[t] ?? 0) + 1;
  });
  forms = { start, folds };
  formsCache.set(words, forms);
  return forms;
}

// A phrase or a wildcard scores as one word, with the IDF of how many records it matched: a phrase as often
// as its rarest word, a wildcard as its best word.
function addScore(index: SearchIndex, m: Uint8Array, terms: number[], out: OperatorMatches, phrase: boolean): void {
  if (terms.length === 0) return;
  const stems = terms.map((t) => index.vocabulary[t] ?? '');
  let df = 0;
  for (const v of m) df += v;
  if (df === 0) return;
  const n = index.docs.length;
  const idfValue = Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const concept: Concept = {
    covers: [0],
    alternatives: phrase ? [{ stems, weight: 1 }] : stems.map((s) => ({ stems: [s], weight: 1 })),
    idf: idfValue,
    importance: idfValue,
    fill: false,
    parts: [],
  };
  const { docs, score } = scoreConcepts(index, [concept], null, true);
  for (const doc of docs) if (m[doc] === 1) out.score[doc] = (out.score[doc] ?? 0) + (score[doc] ?? 0);
  for (const s of stems) out.stems.add(s);
}
