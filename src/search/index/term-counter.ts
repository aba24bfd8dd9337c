import { DATE_WORD, DATE_WORD_IF_DASH, dateWordKind } from './date-words.js';
import type { Postings } from './search-index.js';
import { foldWord } from './stem-word.js';
import {
  APOSTROPHE,
  cachedStem,
  classAt,
  FNV_OFFSET,
  FNV_PRIME,
  hashUnits,
  LETTER,
  OTHER,
  RIGHT_QUOTE,
  WordCursor,
  widthAt,
} from './tokenize.js';

const INITIAL_CAPACITY = 1 << 12;
const TOKEN_BLOCK = 1 << 18;

/**
 * The words of every record in text order (stopwords included), as numbers of their folded form
 * (lowercase, no accents or apostrophes): phrases and proximity are checked here, wildcards expanded
 * over `folded`. At 100k passages this is one Int32Array of the corpus's words.
 */
export interface WordStream {
  /** Folded-word number of each word; record d's words are `tokens[starts[d]]` up to `tokens[starts[d + 1]]`. */
  tokens: Int32Array;
  starts: Int32Array;
  /** Folded word by number (`police`, `kazakhstan`, `the`). */
  folded: string[];
  foldOf: ReadonlyMap<string, number>;
  /** Term id (postings) of each folded word, -1 for a stopword. */
  termOfFold: Int32Array;
}
// Slots of the surface-word table (a power of two, kept at most half full).
const INITIAL_SLOTS = 1 << 14;
const ASCII_WORD = /^[A-Za-z0-9]+$/;

/**
 * Counts the stems of each record as the index is built and inverts them into postings.
 *
 * Each distinct surface word is stemmed once (surface → stem → term id). Words are read with a
 * {@link WordCursor} and looked up by hash in an open-addressing table of the surface words seen so far,
 * compared in place in the text: a word already seen (nearly every word of a corpus) is never sliced
 * out, so it allocates no string and V8 hashes no string. Each word goes onto the word stream as its
 * surface number, and each term's record count (df) is kept as the words come. `invert` then lays every
 * term's postings out in one shared pair of typed arrays, counting each record's words from the stream
 * into one flat array indexed by term id. The first version kept a `Map` of counts per record and grew a
 * JS array per term; at 100k passages, allocating and collecting those took most of the build. The
 * second wrote a stream of (term id, weight) pairs per record: 33 MB at 100k passages, fresh memory that
 * cost more to touch (page faults) than the second pass over the words costs.
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
  // The same surfaces by hash: slot → surface number + 1 (0 empty) and the slot's hash; per surface
  // number its term id and where its code units sit in `units` (compared there rather than in a string).
  private slots = new Int32Array(INITIAL_SLOTS);
  private slotHashes = new Int32Array(INITIAL_SLOTS);
  private readonly surfaceTerm: number[] = [];
  // Each surface word as a string, by surface number.
  private readonly surfaceText: string[] = [];
  // Folded-word number of each surface number (`Police` and `police` share one), filled as surfaces are first seen.
  private surfaceFold = new Int32Array(INITIAL_SLOTS);
  // dateWordKind of each surface number.
  private surfaceDate = new Uint8Array(INITIAL_SLOTS);
  /** Whether the text of the last {@link addText} has a word that can begin a date mention (see date-words.ts). */
  mayHoldDate = false;
  /**
   * Where the first such word, four digits or small number (`2011 Q3`, `31st October`) starts, -1 when none does: no
   * date mention of the text starts earlier.
   */
  firstDateWord = -1;
  /**
   * Where date mentions may start: the start of the word two words before the first word that can begin one (`31st
   * of October`), or {@link firstDateWord} when that is later; -1 when no word can begin one. No date mention starts
   * earlier (date-words.ts says where one can start).
   */
  dateWordsFrom = -1;
  /**
   * Where the first word that is not a date word (see {@link dateWordKind}) after the last word that can begin a date
   * mention ends (the text's length when none follows): a mention is made of date words and what joins them (`of`, `,`,
   * `-`, `.`, `/`, spaces) and may end inside such a word (`2011-10-9am`), and reading one looks one character past
   * it, so no mention read from {@link dateWordsFrom} reaches past this, nor does reading one look past it: a reader
   * may stop here (see `mentionedDates` in build-index.ts).
   */
  dateWordsEnd = 0;
  private readonly foldOf = new Map<string, number>();
  private readonly folded: string[] = [];
  private readonly termOfFold: number[] = [];
  private readonly surfaceStart: number[] = [0];
  private units = new Uint16Array(INITIAL_SLOTS * 8);
  private readonly idOfStem = new Map<string, number>();
  // Per term id: how many records hold it, and 1 + the last record that counted it (for df).
  private df = new Int32Array(INITIAL_CAPACITY);
  private lastDoc = new Int32Array(INITIAL_CAPACITY);
  // Records closed so far (the open record's number).
  private docCount = 0;
  // Field-weighted words of incident records (addWeighted): record, term id and weight, in order.
  private readonly extraDocs: number[] = [];
  private readonly extraTerms: number[] = [];
  private readonly extraWeights: number[] = [];
  // Every word of every record's text in order, as its surface number until invert turns it into its folded-word
  // number (stopwords included), and where each record's words end: what phrases and proximity are checked against,
  // and what invert counts the postings from (a second, sequential pass over the words, instead of a stream of
  // (term, weight) pairs per record: at 100k passages 33 MB of pairs, fresh memory written once and read once).
  // In blocks, so that growing never copies what is there (one copy, in invert).
  // The first block is as large as the caller expects the words to be (see the constructor), so that in the usual
  // case it is the stream itself and invert copies nothing (at 100k passages, 7M words).
  private readonly tokenBlocks: Int32Array[] = [];
  private tokens: Int32Array;
  private tokenAt = 0;
  private tokenCount = 0;
  private tokenEnds: number[] = [];
  private joined: Int32Array | null = null;
  private inverted = false;

  /**
   * @param expectedWords - how many words (stopwords included) the texts are expected to have in all, when the caller
   *   can tell (buildIndex guesses from their length): the word stream is laid out at that size from the start.
   */
  constructor(expectedWords = 0) {
    this.tokens = new Int32Array(Math.max(TOKEN_BLOCK, Math.ceil(expectedWords)));
  }

  /**
   * Counts every content word of `text` once per occurrence.
   *
   * @returns how many content words `text` has (the record length for BM25)
   */
  addText(text: string): number {
    // WordCursor.next and termAt written out in one loop (term-counter.test.ts holds the two to the same
    // words). In the index build V8 inlined neither, and a call per word cost as much as the scan did:
    // 100k passages built in ~1.33 s instead of ~1.75 s. ASCII letters and digits are tested by range.
    // The tables are read into locals once per text (and again after newSurface, which may grow them): read
    // through `this` at every word, they were loaded again and again.
    const n = text.length;
    let length = 0;
    let i = 0;
    let slots = this.slots;
    let slotHashes = this.slotHashes;
    let units = this.units;
    let surfaceDate = this.surfaceDate;
    let mayHoldDate = false;
    let firstDateWord = -1;
    let dateWordsFrom = -1;
    let dateWordsEnd = n;
    let afterBegin = false;
    // Where the word before this one and the one before that start (0 when the text has fewer words).
    let before1 = 0;
    let before2 = 0;
    let df = this.df;
    let lastDoc = this.lastDoc;
    const doc = this.docCount + 1;
    let tokens = this.tokens;
    let tokenAt = this.tokenAt;
    let tokenCount = this.tokenCount;
    const surfaceStart = this.surfaceStart;
    const surfaceTerm = this.surfaceTerm;
    while (i < n) {
      let unit = text.charCodeAt(i);
      if (unit < 0x80 ? ((unit | 0x20) - 0x61) >>> 0 >= 26 && (unit - 0x30) >>> 0 >= 10 : classAt(text, i) === OTHER) {
        i += unit < 0xd800 ? 1 : widthAt(text, i);
        continue;
      }
      const start = i;
      let hash = Math.imul(FNV_OFFSET ^ unit, FNV_PRIME);
      let ascii = unit < 0x80;
      i += unit < 0xd800 ? 1 : widthAt(text, i);
      while (i < n) {
        unit = text.charCodeAt(i);
        if (unit < 0x80) {
          if (((unit | 0x20) - 0x61) >>> 0 >= 26 && (unit - 0x30) >>> 0 >= 10) break;
          hash = Math.imul(hash ^ unit, FNV_PRIME);
          i++;
        } else {
          if (classAt(text, i) === OTHER) break;
          ascii = false;
          i += widthAt(text, i);
        }
      }
      if (i + 1 < n && (unit === APOSTROPHE || unit === RIGHT_QUOTE) && classAt(text, i + 1) === LETTER) {
        ascii = false;
        i++;
        while (i < n && classAt(text, i) === LETTER) i += widthAt(text, i);
      }
      if (!ascii) hash = hashUnits(text, start, i);
      // The surface table's probe (termAt), inline for the same reason.
      const mask = slots.length - 1;
      let slot = hash & mask;
      let id = -2;
      let surface = -1;
      for (let entry = slots[slot] ?? 0; entry !== 0; entry = slots[slot] ?? 0) {
        if (slotHashes[slot] === hash) {
          const from = surfaceStart[entry - 1] ?? 0;
          if ((surfaceStart[entry] ?? 0) - from === i - start) {
            let k = start;
            while (k < i && units[from + k - start] === text.charCodeAt(k)) k++;
            if (k === i) {
              id = surfaceTerm[entry - 1] ?? -1;
              surface = entry - 1;
              break;
            }
          }
        }
        slot = (slot + 1) & mask;
      }
      if (id === -2) {
        id = this.newSurface(text, start, i, hash, slot);
        surface = surfaceTerm.length - 1;
        slots = this.slots;
        slotHashes = this.slotHashes;
        units = this.units;
        surfaceDate = this.surfaceDate;
        df = this.df;
        lastDoc = this.lastDoc;
      }
      if (tokenAt === tokens.length) {
        this.tokenBlocks.push(tokens);
        tokens = new Int32Array(TOKEN_BLOCK);
        this.tokens = tokens;
        tokenAt = 0;
      }
      tokens[tokenAt++] = surface;
      tokenCount++;
      const dateKind = surfaceDate[surface] ?? 0;
      if (dateKind !== 0) {
        const begins =
          dateKind === DATE_WORD ||
          (dateKind === DATE_WORD_IF_DASH &&
            i + 1 < n &&
            text.charCodeAt(i) === 0x2d &&
            (text.charCodeAt(i + 1) - 0x30) >>> 0 < 10);
        // Four digits (`2011 Q3`) and small numbers (`31st October`) may start the mention of a word after them.
        if (firstDateWord < 0) firstDateWord = start;
        if (begins) {
          if (!mayHoldDate) dateWordsFrom = Math.max(before2, firstDateWord);
          mayHoldDate = true;
          afterBegin = true;
        }
      } else if (afterBegin) {
        dateWordsEnd = i;
        afterBegin = false;
      }
      before2 = before1;
      before1 = start;
      if (id < 0) continue;
      length++;
      if (lastDoc[id] !== doc) {
        lastDoc[id] = doc;
        df[id] = (df[id] ?? 0) + 1;
      }
    }
    this.tokenAt = tokenAt;
    this.tokenCount = tokenCount;
    this.mayHoldDate = mayHoldDate;
    this.firstDateWord = firstDateWord;
    this.dateWordsFrom = dateWordsFrom;
    this.dateWordsEnd = afterBegin ? n : dateWordsEnd;
    return length;
  }

  /** Adds `weight` once for each distinct stem of `text` (an incident's place `Atyrau`: 2). */
  addWeighted(text: string, weight: number): void {
    const seen: number[] = [];
    const words = new WordCursor(text);
    words.reset(text);
    const doc = this.docCount;
    while (words.next()) {
      const id = this.termAt(text, words.start, words.end, words.hash);
      if (id < 0 || seen.includes(id)) continue;
      seen.push(id);
      this.extraDocs.push(doc);
      this.extraTerms.push(id);
      this.extraWeights.push(weight);
      if (this.lastDoc[id] !== doc + 1) {
        this.lastDoc[id] = doc + 1;
        this.df[id] = (this.df[id] ?? 0) + 1;
      }
    }
  }

  /** Closes the open record: the next words belong to the next doc number. */
  endDoc(): void {
    this.docCount++;
    this.tokenEnds.push(this.tokenCount);
  }

  /**
   * How often each surface word occurs in the texts of records 0, `every`, 2 × `every`, …, in the order the words are
   * first seen there: what `Map` counts of their sliced words would hold, read from the word stream. Only before
   * {@link invert} (which turns the stream into folded words).
   *
   * @example
   * terms.addText('Police and police'); terms.endDoc();
   * terms.countSurfaces(1); //=> [{ surface: 'Police', count: 1 }, { surface: 'and', … }, …]
   */
  countSurfaces(every: number): Array<{ surface: string; count: number }> {
    if (this.inverted) throw new Error('TermCounter.countSurfaces: the word stream is already inverted');
    const counts = new Int32Array(this.surfaceTerm.length);
    const order: number[] = [];
    const tokens = this.joinedTokens();
    const ends = this.tokenEnds;
    const step = Math.max(1, Math.floor(every));
    for (let doc = 0; doc < ends.length; doc += step) {
      const end = ends[doc] ?? 0;
      for (let t = doc > 0 ? (ends[doc - 1] ?? 0) : 0; t < end; t++) {
        const surface = tokens[t] ?? 0;
        if (counts[surface] === 0) order.push(surface);
        counts[surface] = (counts[surface] ?? 0) + 1;
      }
    }
    return order.map((surface) => ({ surface: this.surfaceText[surface] ?? '', count: counts[surface] ?? 0 }));
  }

  /**
   * The postings of every stem (doc numbers ascending), as views into two shared typed arrays, counted from the word
   * stream record by record (each record's text words, then its field-weighted words, in the order added).
   *
   * @returns stem → postings, the vocabulary (term id order), and every surface word seen (→ term id, -1 for noise)
   */
  invert(): {
    postings: Map<string, Postings>;
    vocabulary: string[];
    surfaces: ReadonlyMap<string, number>;
    words: WordStream;
  } {
    const terms = this.vocabulary.length;
    const offsets = new Int32Array(terms + 1);
    for (let id = 0; id < terms; id++) offsets[id + 1] = (offsets[id] ?? 0) + (this.df[id] ?? 0);
    const pairs = offsets[terms] ?? 0;
    const docs = new Int32Array(pairs);
    const weights = new Float32Array(pairs);
    const cursor = offsets.slice(0, terms);
    const tokens = this.joinedTokens();
    const ends = this.tokenEnds;
    const surfaceTerm = Int32Array.from(this.surfaceTerm);
    const counts = new Float64Array(terms);
    const touched = new Int32Array(terms);
    const surfaceFold = this.surfaceFold;
    const { extraDocs, extraTerms, extraWeights } = this;
    let t = 0;
    let e = 0;
    for (let doc = 0; doc < ends.length; doc++) {
      const end = ends[doc] ?? 0;
      let touchedCount = 0;
      for (; t < end; t++) {
        const surface = tokens[t] ?? 0;
        // The word as its folded-word number (`Police`, `police` and `POLICE` are one), in place, in the same pass.
        tokens[t] = surfaceFold[surface] ?? 0;
        const id = surfaceTerm[surface] ?? -1;
        if (id < 0) continue;
        if (counts[id] === 0) touched[touchedCount++] = id;
        counts[id] = (counts[id] ?? 0) + 1;
      }
      for (; e < extraDocs.length && extraDocs[e] === doc; e++) {
        const id = extraTerms[e] ?? 0;
        if (counts[id] === 0) touched[touchedCount++] = id;
        counts[id] = (counts[id] ?? 0) + (extraWeights[e] ?? 0);
      }
      for (let k = 0; k < touchedCount; k++) {
        const id = touched[k] ?? 0;
        const at = cursor[id] ?? 0;
        docs[at] = doc;
        weights[at] = counts[id] ?? 0;
        cursor[id] = at + 1;
        counts[id] = 0;
      }
    }
    // Words after the last closed record (none when every record was closed) are folded too.
    for (; t < tokens.length; t++) tokens[t] = surfaceFold[tokens[t] ?? 0] ?? 0;
    this.inverted = true;
    const starts = new Int32Array(ends.length + 1);
    for (let doc = 0; doc < ends.length; doc++) starts[doc + 1] = ends[doc] ?? 0;
    const postings = new Map<string, Postings>();
    this.vocabulary.forEach((stem, id) => {
      const from = offsets[id] ?? 0;
      const to = offsets[id + 1] ?? 0;
      postings.set(stem, { docs: docs.subarray(from, to), weights: weights.subarray(from, to) });
    });
    return {
      postings,
      vocabulary: this.vocabulary,
      surfaces: this.idOfSurface,
      words: {
        tokens,
        starts,
        folded: this.folded,
        foldOf: this.foldOf,
        termOfFold: Int32Array.from(this.termOfFold),
      },
    };
  }

  // The blocks written by addText laid end to end (surface numbers), once.
  private joinedTokens(): Int32Array {
    if (this.joined?.length !== this.tokenCount) this.joined = this.joinBlocks();
    return this.joined;
  }

  private joinBlocks(): Int32Array {
    // One block at most a quarter too large is the stream as it is (a view); else the blocks are copied end to end.
    if (this.tokenBlocks.length === 0 && this.tokenAt >= this.tokens.length - (this.tokens.length >> 2))
      return this.tokens.subarray(0, this.tokenAt);
    const tokens = new Int32Array(this.tokenCount);
    let t = 0;
    for (const block of this.tokenBlocks) {
      tokens.set(block, t);
      t += block.length;
    }
    tokens.set(this.tokens.subarray(0, this.tokenAt), t);
    return tokens;
  }

  // Term id of the word text[start, end) (its hash `hash`), or -1 for noise (stopwords, single letters).
  private termAt(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    const length = end - start;
    const units = this.units;
    let slot = hash & mask;
    for (let entry = this.slots[slot] ?? 0; entry !== 0; entry = this.slots[slot] ?? 0) {
      if (this.slotHashes[slot] === hash) {
        const from = this.surfaceStart[entry - 1] ?? 0;
        if ((this.surfaceStart[entry] ?? 0) - from === length) {
          let k = 0;
          while (k < length && units[from + k] === text.charCodeAt(start + k)) k++;
          if (k === length) return this.surfaceTerm[entry - 1] ?? -1;
        }
      }
      slot = (slot + 1) & mask;
    }
    return this.newSurface(text, start, end, hash, slot);
  }

  // Stems a surface word seen for the first time and files it in `slot` (empty, found by termAt).
  private newSurface(text: string, start: number, end: number, hash: number, slot: number): number {
    const surface = text.slice(start, end);
    const stem = cachedStem(surface);
    const id = stem === '' ? -1 : (this.idOfStem.get(stem) ?? this.newTerm(stem));
    this.idOfSurface.set(surface, id);
    this.surfaceTerm.push(id);
    this.surfaceText.push(surface);
    this.foldSurface(surface, id);
    const from = this.surfaceStart[this.surfaceStart.length - 1] ?? 0;
    if (from + surface.length > this.units.length) {
      const units = new Uint16Array(Math.max(from + surface.length, this.units.length * 2));
      units.set(this.units);
      this.units = units;
    }
    for (let k = 0; k < surface.length; k++) this.units[from + k] = surface.charCodeAt(k);
    this.surfaceStart.push(from + surface.length);
    this.slots[slot] = this.surfaceTerm.length;
    this.slotHashes[slot] = hash;
    if (this.surfaceTerm.length * 2 > this.slots.length) this.growSlots();
    return id;
  }

  // Files the folded form of a new surface (surface number = its position in surfaceTerm, already pushed).
  // ASCII letters and digits fold by lowercasing; anything else (accents, apostrophes) by foldWord.
  private foldSurface(surface: string, term: number): void {
    const word = ASCII_WORD.test(surface) ? surface.toLowerCase() : foldWord(surface);
    let fold = this.foldOf.get(word);
    if (fold === undefined) {
      fold = this.folded.length;
      this.foldOf.set(word, fold);
      this.folded.push(word);
      this.termOfFold.push(term);
    }
    const at = this.surfaceTerm.length - 1;
    if (at >= this.surfaceFold.length) {
      this.surfaceFold = grownInt(this.surfaceFold, this.surfaceFold.length * 2);
      const dates = new Uint8Array(this.surfaceFold.length);
      dates.set(this.surfaceDate);
      this.surfaceDate = dates;
    }
    this.surfaceFold[at] = fold;
    this.surfaceDate[at] = dateWordKind(surface);
  }

  private growSlots(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const hashes = new Int32Array(slots.length);
    const mask = slots.length - 1;
    for (let old = 0; old < this.slots.length; old++) {
      const entry = this.slots[old] ?? 0;
      if (entry === 0) continue;
      const hash = this.slotHashes[old] ?? 0;
      let slot = hash & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry;
      hashes[slot] = hash;
    }
    this.slots = slots;
    this.slotHashes = hashes;
  }

  private newTerm(stem: string): number {
    const id = this.vocabulary.length;
    this.vocabulary.push(stem);
    this.idOfStem.set(stem, id);
    if (id >= this.df.length) {
      this.df = grownInt(this.df, this.df.length * 2);
      this.lastDoc = grownInt(this.lastDoc, this.lastDoc.length * 2);
    }
    return id;
  }
}

function grownInt(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(size);
  next.set(array);
  return next;
}
