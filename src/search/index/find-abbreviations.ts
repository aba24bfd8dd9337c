import type { SearchIndex } from './search-index.js';
import { cachedStem, tokenStems } from './tokenize.js';

/** A name a report spelled out before its abbreviation, and the reports (by position) that did. */
export interface Abbreviation {
  /** The abbreviation's stem (`ht`). */
  short: string;
  /** The long form's content stems (`hizb`, `ut`, `tahrir`). */
  long: string[];
  /**
   * Positions in `reports` of the reports that define it: `HT` means Hizb ut-Tahrir there, not elsewhere.
   * Null when several reports agree, so the name holds everywhere (`FTO`, `FARC`).
   */
  reports: number[] | null;
}

// A parenthesis worth reading: the abbreviation, maybe after other names (`Soldiers of the Caliphate, JAK`).
const MAX_INSIDE = 60;
// Characters before the parenthesis the long form is looked for in.
const CONTEXT = 160;
// Wordings remembered per abbreviation (a corpus of thousands of chapters writes FTO a few ways).
const MAX_WORDINGS = 128;
// Abbreviations remembered in the index (each a short list).
const MAX_REMEMBERED = 50_000;
const AGREEING_REPORTS = 3;
const UNNAMED_TAIL = 24;
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'al', 'in', 'de', 'del', 'la']);

/**
 * The long forms the reports give for an abbreviation, in the form "Long Name (ABBR)", so that `HT`
 * finds "Hizb ut-Tahrir" (and the reverse) within the report that says so. The long form is found as
 * Schwartz & Hearst (2003) do: the abbreviation's letters, right to left, inside the words before the
 * parenthesis, the first letter at the start of a word (`Jund al-Khilafah (JAK)`, `Islamic Movement
 * of Uzbekistan (IMU)`), else the capitalized name there (`Committee for National Security (KNB)`).
 * Read at query time from the passages that contain the abbreviation (its postings), and remembered in
 * the index: reading every parenthesis of 100k passages at build time cost ~60–100 ms of a 2 s budget.
 *
 * @param index - the search index
 * @param short - the abbreviation's stem (`ht`)
 * @returns its definitions, each with the reports that give it
 * @example
 * findAbbreviations(index, 'jak')[0]?.long; //=> ['jund', 'al', 'khilafah']
 */
export function findAbbreviations(index: SearchIndex, short: string): Abbreviation[] {
  const cached = index.abbreviations.get(short);
  if (cached) return cached;
  const byKey = new Map<string, Abbreviation>();
  const list = index.postings.get(short);
  // Only a word the corpus writes in capitals (`FARC`, `IEDs`) can be one; a record defines it where the
  // capitals close a parenthesis, so each record costs one substring search.
  const upper = short.toUpperCase();
  const forms = [upper, `${upper}S`, `${upper}s`].filter((f) => index.surfaces.has(f));
  if (list && forms.length > 0) {
    const seen = new Map<string, Wording[]>();
    for (const doc of list.docs) {
      const d = index.docs[doc];
      if (d?.kind !== 'passage') continue;
      for (const form of forms) {
        const at = d.text.indexOf(`${form})`);
        if (at >= 0) collect(d.text, short, at, index.docReport[doc] ?? -1, byKey, seen);
      }
      // `FARC` in thousands of records: once reports agree on a name, it is that name everywhere.
      if (byKey.size > 0 && [...byKey.values()].some((a) => a.reports !== null && a.reports.length >= AGREEING_REPORTS))
        break;
    }
    for (const a of byKey.values()) if (a.reports !== null && a.reports.length >= AGREEING_REPORTS) a.reports = null;
  }
  const found = [...byKey.values()];
  if (index.abbreviations.size < MAX_REMEMBERED) index.abbreviations.set(short, found);
  return found;
}

function collect(
  text: string,
  wanted: string,
  from: number,
  ordinal: number,
  byKey: Map<string, Abbreviation>,
  seen: Map<string, Wording[]>,
): void {
  for (let open = text.lastIndexOf('(', from); open >= 0; open = text.indexOf('(', open + 1)) {
    const first = text.charCodeAt(open + 1);
    if ((first < 0x41 || first > 0x5a) && !text.startsWith('or ', open + 1)) continue;
    const close = text.indexOf(')', open + 2);
    if (close < 0 || close - open - 1 > MAX_INSIDE) continue;
    const start = shortStart(text, open, close);
    if (start < 0) continue;
    const short = text.slice(start, close);
    if (cachedStem(short) !== wanted) continue;
    // Chapters repeat their definitions ("Foreign Terrorist Organization (FTO)"): a wording seen before
    // is recognized by its text, and only a new one is spelled out letter by letter.
    const wordings = seen.get(short) ?? [];
    let definitions = wordings.find(
      (w) =>
        w.inside.length === close - open - 1 &&
        text.startsWith(w.inside, open + 1) &&
        text.startsWith(w.tail, open - w.tail.length),
    )?.definitions;
    if (!definitions) {
      const inside = text.slice(open + 1, close);
      const read = readDefinitions(inside, short, text.slice(Math.max(0, open - CONTEXT), open));
      definitions = read.definitions;
      // A name found identifies the wording; none found (`… attacks by AQAP (AQAP)`), the words just before.
      const tail = read.name === null ? text.slice(Math.max(0, open - UNNAMED_TAIL), open) : `${read.name} `;
      if (wordings.length < MAX_WORDINGS && text.startsWith(tail, open - tail.length))
        wordings.push({ inside, tail, definitions });
      seen.set(short, wordings);
    }
    for (const { short: stem, long, key } of definitions) {
      const known = byKey.get(key);
      if (!known) byKey.set(key, { short: stem, long, reports: [ordinal] });
      // Records are read in order (a report's are consecutive), so a report already listed is the last one.
      else if (known.reports !== null && known.reports.at(-1) !== ordinal) known.reports.push(ordinal);
    }
  }
}

// Where the abbreviation at the end of the parenthesis `open`…`close` starts, or -1: a capital, then
// 1–9 letters, digits or `&`, two capitals at least, after `(`, `, `, `; ` or `or ` (`(HT)`,
// `(Soldiers of the Caliphate, JAK)`, `(or GTAZ)`). Read by hand: a regular expression over 40k
// parentheses was most of this pass.
function shortStart(text: string, open: number, close: number): number {
  let capitals = 0;
  let i = close - 1;
  for (; i > open; i--) {
    const c = text.charCodeAt(i);
    const upper = c >= 0x41 && c <= 0x5a;
    if (!(upper || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x26)) break;
    if (upper) capitals++;
  }
  const start = i + 1;
  const length = close - start;
  const lead = text.charCodeAt(start);
  if (capitals < 2 || length < 2 || length > 10 || lead < 0x41 || lead > 0x5a) return -1;
  if (i === open) return start;
  if (text.charCodeAt(i) !== 0x20) return -1;
  let j = i;
  while (j > open && text.charCodeAt(j) === 0x20) j--;
  const before = text.charCodeAt(j);
  if (before === 0x2c || before === 0x3b) return start;
  return text.startsWith('or', j - 1) && (j - 2 === open || text.charCodeAt(j - 2) === 0x20) ? start : -1;
}

interface Definition {
  short: string;
  long: string[];
  key: string;
}

/** A way a report wrote a definition: the parenthesis, the text just before it, and what it defines. */
interface Wording {
  inside: string;
  tail: string;
  definitions: Definition[];
}

// `(HT)`, `(or GTAZ)`, `(Soldiers of the Caliphate, JAK)`: the abbreviation is the last part; the long
// form is spelled by its letters before the parenthesis, or else the capitalized name there.
function readDefinitions(
  insideText: string,
  short: string,
  before: string,
): { definitions: Definition[]; name: string | null } {
  const inside = insideText.split(/\s*[,;]\s*|\s+or\s+/);
  const shortStem = cachedStem(short);
  const name = findLongForm(short, before) ?? findName(before);
  if (shortStem === '') return { definitions: [], name };
  const definitions: Definition[] = [];
  for (const n of [name, ...inside.slice(0, -1).filter((part) => /^[A-Z]\S*\s+\S/.test(part))]) {
    if (n === null) continue;
    const long = tokenStems(n);
    if (long.length >= 2 && !long.includes(shortStem))
      definitions.push({ short: shortStem, long, key: `${shortStem} ${long.join(' ')}` });
  }
  return { definitions, name };
}

// When the letters do not spell it (`Committee for National Security (KNB)`, a Russian abbreviation):
// the run of capitalized words just before, joined by `of`, `for`, `and`, `the`, `on`, `al`, at least two.
function findName(before: string): string | null {
  const words = before.trimEnd().split(/\s+/);
  let start = words.length;
  let capitals = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] ?? '';
    if (/^[A-Z][\p{L}'’-]*$/u.test(w)) {
      capitals++;
      start = i;
    } else if (!CONNECTORS.has(w) || i === words.length - 1) break;
  }
  return capitals >= 2 ? words.slice(start).join(' ') : null;
}

// The shortest stretch of the words before `(` whose letters spell `short` in order (Schwartz & Hearst),
// within the clause (`.`, `;`, `:`, a parenthesis end it) and at most min(|short| + 5, 2·|short|) words.
function findLongForm(short: string, before: string): string | null {
  const clause =
    before
      .split(/[.;:!?()[\]]\s/)
      .at(-1)
      ?.replace(/[,\s]+$/, '') ?? '';
  const words = clause.split(/\s+/).filter((w) => w !== '');
  const window = words.slice(-Math.min(short.length + 5, short.length * 2)).join(' ');
  const letters = short.toLowerCase();
  const long = window.toLowerCase();
  let s = letters.length - 1;
  let l = long.length - 1;
  while (s >= 0) {
    const c = letters[s] ?? '';
    if (!/[a-z0-9]/.test(c)) {
      s--;
      continue;
    }
    while (l >= 0 && (long[l] !== c || (s === 0 && l > 0 && /[a-z0-9]/.test(long[l - 1] ?? '')))) l--;
    if (l < 0) return null;
    l--;
    s--;
  }
  const start = long.lastIndexOf(' ', l) + 1;
  const found = window.slice(start).trim();
  return found.split(/\s+/).length >= 2 ? found : null;
}
