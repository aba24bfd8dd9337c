import type { Postings } from './search-index.js';
import { cachedStem, forEachWord } from './tokenize.js';

const INITIAL_CAPACITY = 1 << 12;

/**
 * Counts the stems of each record as the index is built and inverts them into postings.
 *
 * Each surface word is looked up once (surface → stem → term id). A record's counts go into one flat
 * array indexed by term id, and from there onto a single stream of (term id, weight) pairs. `invert`
 * then lays every term's postings out in one shared pair of typed arrays. The first version kept a
 * `Map` of counts per record and grew a JS array per term; at 100k passages, allocating and collecting
 * those took most of the build.
 *
 * Term ids follow first occurrence (record order, then word order within a record), so `vocabulary`
 * keeps the order the near-spelling search breaks ties by.
 *
 * @example
 * const terms = new TermCounter();
 * terms.addText('Two explosions in Atyrau'); // 3 content words
 * terms.endDoc();
 * terms.invert().postings.get('atyrau')?.docs; //=> Int32Array [0]
 */
export class TermCounter {
  readonly vocabulary: string[] = [];
  // surface → term id (-1 for noise): each distinct surface word is stemmed once.
  private readonly idOfSurface = new Map<string, number>();
  private readonly idOfStem = new Map<string, number>();
  // Counts of the open record, by term id, and the ids it has touched in first-seen order.
  private counts = new Float64Array(INITIAL_CAPACITY);
  private touched = new Int32Array(INITIAL_CAPACITY);
  private touchedCount = 0;
  private df = new Int32Array(INITIAL_CAPACITY);
  // Closed records: their (term id, weight) pairs back to back, and where each record ends.
  private streamTerms = new Int32Array(INITIAL_CAPACITY * 16);
  private streamWeights = new Float32Array(INITIAL_CAPACITY * 16);
  private streamLength = 0;
  private docEnds: number[] = [];

  /**
   * Counts every content word of `text` once per occurrence.
   *
   * @returns how many content words `text` has (the record length for BM25)
   */
  addText(text: string): number {
    let words = 0;
    forEachWord(text, (start, end) => {
      const id = this.termOf(text.slice(start, end));
      if (id < 0) return;
      words++;
      this.count(id, 1);
    });
    return words;
  }

  /** Adds `weight` once for each distinct stem of `text` (an incident's place `Atyrau`: 2). */
  addWeighted(text: string, weight: number): void {
    const seen: number[] = [];
    forEachWord(text, (start, end) => {
      const id = this.termOf(text.slice(start, end));
      if (id < 0 || seen.includes(id)) return;
      seen.push(id);
      this.count(id, weight);
    });
  }

  /** Closes the open record: the next words belong to the next doc number. */
  endDoc(): void {
    const need = this.streamLength + this.touchedCount;
    if (need > this.streamTerms.length) {
      const size = Math.max(need, this.streamTerms.length * 2);
      this.streamTerms = grownInt(this.streamTerms, size);
      this.streamWeights = grownFloat(this.streamWeights, size);
    }
    for (let k = 0; k < this.touchedCount; k++) {
      const id = this.touched[k] ?? 0;
      this.streamTerms[this.streamLength] = id;
      this.streamWeights[this.streamLength] = this.counts[id] ?? 0;
      this.streamLength++;
      this.df[id] = (this.df[id] ?? 0) + 1;
      this.counts[id] = 0;
    }
    this.touchedCount = 0;
    this.docEnds.push(this.streamLength);
  }

  /**
   * The postings of every stem (doc numbers ascending), as views into two shared typed arrays.
   *
   * @returns stem → postings, the vocabulary (term id order), and every surface word seen (→ term id, -1 for noise)
   */
  invert(): { postings: Map<string, Postings>; vocabulary: string[]; surfaces: ReadonlyMap<string, number> } {
    const terms = this.vocabulary.length;
    const offsets = new Int32Array(terms + 1);
    for (let id = 0; id < terms; id++) offsets[id + 1] = (offsets[id] ?? 0) + (this.df[id] ?? 0);
    const docs = new Int32Array(this.streamLength);
    const weights = new Float32Array(this.streamLength);
    const cursor = offsets.slice(0, terms);
    let k = 0;
    this.docEnds.forEach((end, doc) => {
      for (; k < end; k++) {
        const id = this.streamTerms[k] ?? 0;
        const at = cursor[id] ?? 0;
        docs[at] = doc;
        weights[at] = this.streamWeights[k] ?? 0;
        cursor[id] = at + 1;
      }
    });
    const postings = new Map<string, Postings>();
    this.vocabulary.forEach((stem, id) => {
      const from = offsets[id] ?? 0;
      const to = offsets[id + 1] ?? 0;
      postings.set(stem, { docs: docs.subarray(from, to), weights: weights.subarray(from, to) });
    });
    return { postings, vocabulary: this.vocabulary, surfaces: this.idOfSurface };
  }

  // Term id of a surface word, or -1 for noise (stopwords, single letters).
  private termOf(surface: string): number {
    let id = this.idOfSurface.get(surface);
    if (id !== undefined) return id;
    const stem = cachedStem(surface);
    id = stem === '' ? -1 : (this.idOfStem.get(stem) ?? this.newTerm(stem));
    this.idOfSurface.set(surface, id);
    return id;
  }

  private newTerm(stem: string): number {
    const id = this.vocabulary.length;
    this.vocabulary.push(stem);
    this.idOfStem.set(stem, id);
    if (id >= this.counts.length) {
      this.counts = grownFloat64(this.counts, this.counts.length * 2);
      this.df = grownInt(this.df, this.df.length * 2);
      this.touched = grownInt(this.touched, this.touched.length * 2);
    }
    return id;
  }

  private count(id: number, weight: number): void {
    if (this.counts[id] === 0) this.touched[this.touchedCount++] = id;
    this.counts[id] = (this.counts[id] ?? 0) + weight;
  }
}

function grownInt(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(size);
  next.set(array);
  return next;
}

function grownFloat(array: Float32Array, size: number): Float32Array<ArrayBuffer> {
  const next = new Float32Array(size);
  next.set(array);
  return next;
}

function grownFloat64(array: Float64Array, size: number): Float64Array<ArrayBuffer> {
  const next = new Float64Array(size);
  next.set(array);
  return next;
}
