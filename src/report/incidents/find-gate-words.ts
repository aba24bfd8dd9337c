/**
 * Which of many short words a text holds, found in one pass of the text instead of one search per word.
 *
 * The casualty reader gates each of its patterns on words every match of it holds ("kill", " rose ", "-member"): a
 * text without them gets no pass of the pattern. Asked word by word (`text.includes(word)`), the gates of one sentence
 * cost hundreds of searches, a third of the reader's time. Here every word ever asked about is a state of one
 * automaton (Aho–Corasick, made a full table of transitions); a text is read once, char by char, and the answer for
 * it is a mark per word, kept for the last few texts asked about. Words are exact substrings, case and all, as
 * `includes` finds them: the answers are the same, only cheaper.
 */

/** Each word's number, for a list of words (see `wordIds`). */
const IDS = new WeakMap<readonly string[], Int32Array>();
const ID_OF = new Map<string, number>();
const WORDS: string[] = [];

// The automaton, rebuilt when a word is added (only while the first texts are read: the lists are constants).
let built = false;
let classOf = new Uint16Array(0x10000);
let classes = 1;
let next = new Int32Array(0);
// For each state, the first word it ends (or -1), and the next state down its chain of suffixes that ends a word.
let ends = new Int32Array(0);
let moreEnds = new Int32Array(0);

// The last texts read, each with the words it holds: a mark per word, equal to the text's stamp where the word is in it
// (so a slot is reused without clearing it).
const RECENT = 4;
const recentTexts: Array<string | null> = new Array(RECENT).fill(null);
const recentStamps = new Int32Array(RECENT);
let recentMarks: Int32Array[] = [];
let marks: Int32Array = new Int32Array(0);
let stamp = 0;
let slot = 0;

/** The numbers of `words`, each registered once; the same array for the same list. */
export function wordIds(words: readonly string[]): Int32Array {
  const known = IDS.get(words);
  if (known) return known;
  const ids = new Int32Array(words.length);
  for (const [i, word] of words.entries()) {
    // (Every text holds the empty word.)
    if (word === '') {
      ids[i] = -1;
      continue;
    }
    let id = ID_OF.get(word);
    if (id === undefined) {
      id = WORDS.length;
      WORDS.push(word);
      ID_OF.set(word, id);
      built = false;
    }
    ids[i] = id;
  }
  IDS.set(words, ids);
  return ids;
}

function build(): void {
  classOf = new Uint16Array(0x10000);
  classes = 1;
  for (const word of WORDS)
    for (let i = 0; i < word.length; i += 1) {
      const code = word.charCodeAt(i);
      if (classOf[code] === 0) {
        classOf[code] = classes;
        classes += 1;
      }
    }
  // The trie, then its failure links breadth first, each state's row completed from its failure's row.
  const size = WORDS.reduce((n, w) => n + w.length, 1);
  next = new Int32Array(size * classes).fill(-1);
  ends = new Int32Array(size).fill(-1);
  moreEnds = new Int32Array(size).fill(-1);
  let states = 1;
  const wordEnds: number[][] = [[]];
  for (const [id, word] of WORDS.entries()) {
    let state = 0;
    for (let i = 0; i < word.length; i += 1) {
      const cell = state * classes + (classOf[word.charCodeAt(i)] ?? 0);
      if (next[cell] === -1) {
        next[cell] = states;
        wordEnds.push([]);
        states += 1;
      }
      state = next[cell] ?? 0;
    }
    wordEnds[state]?.push(id);
  }
  const fail = new Int32Array(states);
  const queue: number[] = [];
  for (let c = 0; c < classes; c += 1) {
    const to = next[c] ?? -1;
    if (to === -1) next[c] = 0;
    else {
      fail[to] = 0;
      queue.push(to);
    }
  }
  for (let head = 0; head < queue.length; head += 1) {
    const state = queue[head] ?? 0;
    const back = fail[state] ?? 0;
    // A state's own words, then the nearest state down its failures that ends one.
    ends[state] = wordEnds[state]?.[0] ?? -1;
    moreEnds[state] = (ends[back] ?? -1) !== -1 ? back : (moreEnds[back] ?? -1);
    for (let c = 0; c < classes; c += 1) {
      const cell = state * classes + c;
      const to = next[cell] ?? -1;
      const fallback = next[back * classes + c] ?? 0;
      if (to === -1) next[cell] = fallback;
      else {
        fail[to] = fallback;
        queue.push(to);
      }
    }
  }
  // A state that ends several words (the same word twice is one id) keeps them all through `sameEnd`.
  sameEnd = new Map();
  for (const [state, ids] of wordEnds.entries()) if (ids.length > 1) sameEnd.set(state, ids.slice(1));
  recentMarks = Array.from({ length: RECENT }, () => new Int32Array(WORDS.length));
  recentTexts.fill(null);
  built = true;
}
let sameEnd = new Map<number, number[]>();

function mark(state: number, at: number): void {
  for (let s = state; s !== -1; s = moreEnds[s] ?? -1) {
    const id = ends[s] ?? -1;
    if (id === -1) continue;
    marks[id] = at;
    const others = sameEnd.get(s);
    if (others) for (const other of others) marks[other] = at;
  }
}

/** The stamp that marks the words `text` holds in `marks`, which it sets (read once, or found among the last texts). */
function read(text: string): number {
  if (!built) build();
  for (let i = 0; i < RECENT; i += 1)
    if (recentTexts[i] === text) {
      marks = recentMarks[i] ?? marks;
      return recentStamps[i] ?? 0;
    }
  stamp += 1;
  if (stamp === 0x7fffffff) {
    for (const m of recentMarks) m.fill(0);
    recentTexts.fill(null);
    stamp = 1;
  }
  slot = (slot + 1) % RECENT;
  marks = recentMarks[slot] ?? marks;
  let state = 0;
  for (let i = 0; i < text.length; i += 1) {
    state = next[state * classes + (classOf[text.charCodeAt(i)] ?? 0)] ?? 0;
    if ((ends[state] ?? -1) !== -1 || (moreEnds[state] ?? -1) !== -1) mark(state, stamp);
  }
  recentTexts[slot] = text;
  recentStamps[slot] = stamp;
  return stamp;
}

/**
 * Whether `text` holds one of `words` (as `words.some((w) => text.includes(w))`).
 *
 * @example
 * holdsAny('three soldiers were killed', ['kill', 'dead']) // → true
 */
export function holdsAny(text: string, words: readonly string[]): boolean {
  const ids = wordIds(words);
  const at = read(text);
  for (let i = 0; i < ids.length; i += 1) {
    const id = ids[i] ?? -1;
    if (id === -1 || marks[id] === at) return true;
  }
  return false;
}

/**
 * Whether `text` holds a word of each group (as `groups.every((g) => g.some((w) => text.includes(w)))`).
 *
 * @example
 * holdsEach('police arrested two', [['arrest', 'detain'], ['police']]) // → true
 */
export function holdsEach(text: string, groups: readonly (readonly string[])[]): boolean {
  for (const group of groups) if (!holdsAny(text, group)) return false;
  return true;
}

/** A part of an alternation, with what every match of it holds: one of `needs` (words) or a match of it (a pattern). */
export interface GatedPart {
  needs: readonly string[] | RegExp;
  source: string;
}

/**
 * An alternation of `parts` made for each text of only the parts the text may match, or null where it may match none.
 * A part that cannot match anywhere changes no match of the others, so the pass finds what the whole alternation
 * finds; a text that holds the words of few parts is spared a try of every part at every position. Words are lower
 * case and looked for in the lower-cased text when `flags` ignore case; a pattern of `needs` is tried on the text
 * itself (give it no `g` flag). At most 30 parts.
 *
 * @example
 * const toll = buildGatedAlternation([{ needs: [';'], source: ';\\s+the toll[^.;]*' }, { needs: [':'], source: ':\\s+\\d+' }], 'gi');
 * toll('two died; the toll rose')?.source // → ';\\s+the toll[^.;]*'
 * toll('two died') // → null
 */
export function buildGatedAlternation(parts: readonly GatedPart[], flags: string): (text: string) => RegExp | null {
  if (parts.length > 30) throw new RangeError('buildGatedAlternation: at most 30 parts');
  const made = new Map<number, RegExp | null>();
  const ignoreCase = flags.includes('i');
  return (text) => {
    const words = ignoreCase ? text.toLowerCase() : text;
    let mask = 0;
    for (const [i, part] of parts.entries()) {
      const { needs } = part;
      if (needs instanceof RegExp ? needs.test(text) : holdsAny(words, needs)) mask |= 1 << i;
    }
    let pattern = made.get(mask);
    if (pattern === undefined) {
      const sources = parts.filter((_, i) => (mask & (1 << i)) !== 0).map((part) => part.source);
      pattern = sources.length === 0 ? null : new RegExp(sources.join('|'), flags);
      // (A text makes one of few combinations; the cap only bounds what an odd series of texts could make.)
      if (made.size >= 512) made.clear();
      made.set(mask, pattern);
    }
    return pattern;
  };
}
