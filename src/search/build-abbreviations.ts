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

// `(HT)`, `(JAK)`, `(IEDs)`: a capital, then 1–9 letters, digits or `&`, at least two capitals in all.
const MAX_SHORT = 10;
// A parenthesis worth reading: the abbreviation, maybe after other names (`Soldiers of the Caliphate, JAK`).
const MAX_INSIDE = 60;
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
  reports.forEach((report, ordinal) => {
    for (const section of report.sections) {
      for (const passage of section.passages) collect(passage.text, ordinal, byKey);
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

function collect(text: string, ordinal: number, byKey: Map<string, Abbreviation>): void {
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const first = text.charCodeAt(text.startsWith('or ', open + 1) ? open + 4 : open + 1);
    if (first < 0x41 || first > 0x5a) continue;
    const close = text.indexOf(')', open + 2);
    if (close < 0 || close - open - 1 > MAX_INSIDE) continue;
    // `(HT)`, `(or GTAZ)`, `(Soldiers of the Caliphate, JAK)`: the abbreviation is the last part.
    const inside = text.slice(open + 1, close).split(/\s*[,;]\s*|\s+or\s+/);
    const short = inside.at(-1)?.replace(/^or\s+/, '') ?? '';
    if (short.length > MAX_SHORT || !/^[A-Z][A-Za-z0-9&]+$/.test(short) || (short.match(/[A-Z]/g)?.length ?? 0) < 2) continue;
    const before = text.slice(Math.max(0, open - 200), open);
    const names = [findLongForm(short, before) ?? findName(before), ...inside.slice(0, -1).filter((n) => /^[A-Z]\S*\s+\S/.test(n))];
    const shortStem = cachedStem(short);
    for (const name of names) {
      if (name === null || shortStem === '') continue;
      const long = tokenStems(name);
      if (long.length < 2 || long.includes(shortStem)) continue;
      const key = `${shortStem} ${long.join(' ')}`;
      const known = byKey.get(key);
      if (!known) byKey.set(key, { short: shortStem, long, reports: [ordinal] });
      else if (!known.reports.includes(ordinal)) known.reports.push(ordinal);
    }
  }
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
