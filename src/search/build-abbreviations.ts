import type { Report } from '../report/types.js';
import { cachedStem, tokenStems } from './tokenize.js';

/** A name a report spelled out before its abbreviation, and the reports (by position) that did. */
export interface Abbreviation {
  /** The abbreviation's stem (`ht`). */
  short: string;
  /** The long form's content stems (`hizb`, `ut`, `tahrir`). */
  long: string[];
  /** Positions in `reports` of the reports that define it: `HT` means Hizb ut-Tahrir there, not elsewhere. */
  reports: number[];
}

/** Abbreviations by their stem and by the first stem of their long form. */
export interface AbbreviationTable {
  byShort: Map<string, Abbreviation[]>;
  byLongFirst: Map<string, Abbreviation[]>;
}

// A parenthesis worth reading: the abbreviation, maybe after other names (`Soldiers of the Caliphate, JAK`).
const MAX_INSIDE = 60;
// Characters before the parenthesis the long form is looked for in.
const CONTEXT = 160;
// Wordings remembered per abbreviation (a corpus of thousands of chapters writes FTO a few ways).
const MAX_WORDINGS = 64;
// `(HT)`, `(JAK)`, `(IEDs)` at the end of the parenthesis: a capital, then 1–9 letters, digits or `&`,
// at least two capitals in all.
const SHORT_AT_END = /(?:^|[,;]\s*|^or\s+|\sor\s+)([A-Z][A-Za-z0-9&]{1,9})$/;

function hasTwoCapitals(word: string): boolean {
  let capitals = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a && ++capitals === 2) return true;
  }
  return false;
}
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'al', 'in', 'de', 'del', 'la']);

/**
 * Learns the abbreviations each report defines in the form "Long Name (ABBR)", so that `HT` finds
 * "Hizb ut-Tahrir" and the reverse, within the report that says so. The long form is found as
 * Schwartz & Hearst (2003) do: the abbreviation's letters, right to left, inside the words before the
 * parenthesis, the first letter at the start of a word (`Jund al-Khilafah (JAK)`, `Islamic Movement
 * of Uzbekistan (IMU)`). Only a `(` followed by a capital is looked at, so the cost is a scan for `(`.
 *
 * @param reports - the indexed reports
 * @returns the table
 * @example
 * buildAbbreviations(reports).byShort.get('ht')?.[0]?.long; //=> ['hizb', 'ut', 'tahrir']
 */
export function buildAbbreviations(reports: readonly Report[]): AbbreviationTable {
  const byKey = new Map<string, Abbreviation>();
  const seen = new Map<string, Wording[]>();
  reports.forEach((report, ordinal) => {
    for (const section of report.sections) {
      for (const passage of section.passages) collect(passage.text, ordinal, byKey, seen);
    }
  });
  const byShort = new Map<string, Abbreviation[]>();
  const byLongFirst = new Map<string, Abbreviation[]>();
  for (const a of byKey.values()) {
    push(byShort, a.short, a);
    push(byLongFirst, a.long[0] ?? '', a);
  }
  return { byShort, byLongFirst };
}

function collect(text: string, ordinal: number, byKey: Map<string, Abbreviation>, seen: Map<string, Wording[]>): void {
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const first = text.charCodeAt(open + 1);
    if ((first < 0x41 || first > 0x5a) && !text.startsWith('or ', open + 1)) continue;
    const close = text.indexOf(')', open + 2);
    if (close < 0 || close - open - 1 > MAX_INSIDE) continue;
    const inside = text.slice(open + 1, close);
    const short = SHORT_AT_END.exec(inside)?.[1];
    if (short === undefined || !hasTwoCapitals(short)) continue;
    // Chapters repeat their definitions ("Foreign Terrorist Organization (FTO)"): a wording seen before
    // is recognized by its text, and only a new one is spelled out letter by letter.
    const wordings = seen.get(short) ?? [];
    let definitions = wordings.find((w) => w.inside === inside && text.startsWith(w.name, open - w.name.length - 1))?.definitions;
    if (!definitions) {
      const before = text.slice(Math.max(0, open - CONTEXT), open);
      const read = readDefinitions(inside, short, before);
      definitions = read.definitions;
      if (read.name !== null && wordings.length < MAX_WORDINGS) wordings.push({ inside, name: read.name, definitions });
      seen.set(short, wordings);
    }
    for (const { short: stem, long, key } of definitions) {
      const known = byKey.get(key);
      if (!known) byKey.set(key, { short: stem, long, reports: [ordinal] });
      // Reports are read in order, so a report already listed is the last one.
      else if (known.reports.at(-1) !== ordinal) known.reports.push(ordinal);
    }
  }
}

interface Definition {
  short: string;
  long: string[];
  key: string;
}

/** A way a report wrote a definition: the parenthesis, the name just before it, and what it defines. */
interface Wording {
  inside: string;
  name: string;
  definitions: Definition[];
}

// `(HT)`, `(or GTAZ)`, `(Soldiers of the Caliphate, JAK)`: the abbreviation is the last part; the long
// form is spelled by its letters before the parenthesis, or else the capitalized name there.
function readDefinitions(insideText: string, short: string, before: string): { definitions: Definition[]; name: string | null } {
  const inside = insideText.split(/\s*[,;]\s*|\s+or\s+/);
  const shortStem = cachedStem(short);
  const name = findLongForm(short, before) ?? findName(before);
  if (shortStem === '') return { definitions: [], name };
  const definitions: Definition[] = [];
  for (const n of [name, ...inside.slice(0, -1).filter((part) => /^[A-Z]\S*\s+\S/.test(part))]) {
    if (n === null) continue;
    const long = tokenStems(n);
    if (long.length >= 2 && !long.includes(shortStem)) definitions.push({ short: shortStem, long, key: `${shortStem} ${long.join(' ')}` });
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
  const clause = before.split(/[.;:!?()[\]]\s/).at(-1)?.replace(/[,\s]+$/, '') ?? '';
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

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
