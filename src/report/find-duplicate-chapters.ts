import { slug } from './slug.js';
import type { Report } from './types.js';

/** One copy of a chapter that repeats another: which report to drop and which it repeats. */
export interface ChapterDuplicate {
  dropped: Report;
  kept: Report;
}

// Word 8-grams: long enough that two different chapters of one country never share many by chance (the 2011
// and 2012 Kazakhstan chapters share whole paragraphs, not most of their text), short enough that a
// copy's own line breaks and headers do not hide it.
const SHINGLE = 8;
// Share of the smaller copy's 8-grams that the larger holds for the two to be one chapter. Two copies of the
// 2011 Kazakhstan chapter (an excerpt and the whole): 0.99; two excerpts of different parts of 2012: 0.41.
const SAME_CHAPTER = 0.8;

/**
 * Finds copies of one chapter loaded from different files (Refworld and state.gov, an excerpt and the whole):
 * reports of the same year whose countries agree (`Israel` and `Israel, West Bank, and Gaza`) and whose text is
 * mostly the same. Of each such pair the richer copy (more text, then more incident records, then the first
 * loaded) is kept.
 *
 * @param reports - the loaded reports, in load order
 * @returns the reports to keep (in order) and each dropped copy with the copy kept instead
 * @example
 * findDuplicateChapters([excerpt2011, seed2011]).duplicates[0]?.dropped.file; //=> 'test/fixtures/crt/crt-2011-kazakhstan-refworld-legacy.txt'
 */
export function findDuplicateChapters(reports: readonly Report[]): {
  reports: Report[];
  duplicates: ChapterDuplicate[];
} {
  const byYear = new Map<number, Report[]>();
  for (const r of reports) {
    if (r.year === null) continue;
    const group = byYear.get(r.year);
    if (group === undefined) byYear.set(r.year, [r]);
    else group.push(r);
  }
  // Each country's words once, not once per pair (3,300 chapters: 270,000 pairs of one year, 0.8 s of CPU).
  const countryWords = new Map<string, Set<string>>();
  const wordsOf = (country: string): Set<string> => {
    let words = countryWords.get(country);
    if (words === undefined) {
      words = nameWords(country);
      countryWords.set(country, words);
    }
    return words;
  };
  const replacedBy = new Map<Report, Report>();
  const shingles = new Map<Report, Set<string>>();
  const shinglesOf = (r: Report): Set<string> => {
    const known = shingles.get(r);
    if (known) return known;
    const set = shingleSet(r);
    shingles.set(r, set);
    return set;
  };
  for (const group of byYear.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i];
        const b = group[j];
        if (!a || !b || replacedBy.has(a) || replacedBy.has(b) || !sameCountry(wordsOf(a.country), wordsOf(b.country)))
          continue;
        if (containment(shinglesOf(a), shinglesOf(b)) < SAME_CHAPTER) continue;
        const [kept, dropped] = richness(b) > richness(a) ? [b, a] : [a, b];
        replacedBy.set(dropped, kept);
      }
    }
  }
  const duplicates = [...replacedBy].map(([dropped, kept]) => ({ dropped, kept: finalCopy(kept, replacedBy) }));
  return { reports: reports.filter((r) => !replacedBy.has(r)), duplicates };
}

function finalCopy(report: Report, replacedBy: Map<Report, Report>): Report {
  let r = report;
  for (let next = replacedBy.get(r); next; next = replacedBy.get(r)) r = next;
  return r;
}

// `Israel` and `Israel, West Bank, and Gaza`: the words of one name all in the other.
function sameCountry(wa: Set<string>, wb: Set<string>): boolean {
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size === 0) return false;
  for (const w of small) if (!large.has(w)) return false;
  return true;
}

function nameWords(country: string): Set<string> {
  return new Set(
    slug(country)
      .split('-')
      .filter((w) => w !== 'and' && w !== 'the'),
  );
}

function shingleSet(report: Report): Set<string> {
  const words =
    report.sections
      .flatMap((s) => s.passages.map((p) => p.text))
      .join(' ')
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? [];
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) set.add(words.slice(i, i + SHINGLE).join(' '));
  return set;
}

function containment(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

function richness(report: Report): number {
  const text = report.sections.reduce((n, s) => n + s.passages.reduce((m, p) => m + p.text.length, 0), 0);
  return text + report.incidents.length;
}
