import type { SearchIndex } from '../index/search-index.js';
import { docStems } from '../rank/doc-stems.js';
import type { Candidate } from '../rank/rank-candidates.js';

/** A ranked passage and the other chapters' passages with the same or nearly the same text. */
export interface CandidateGroup {
  shown: Candidate;
  others: Candidate[];
}

// Word 4-grams shared for two passages to be one text: `In 2011, Kazakhstan continued …` and `In 2012,
// Kazakhstan continued …` repeat a paragraph with a year changed; two paragraphs on one subject share far less.
const SHINGLE = 4;
const NEAR_SAME = 0.75;

/**
 * Groups ranked passages whose text is the same or nearly the same in several chapters (boilerplate repeated
 * across years, or one paragraph in two copies), in rank order. The one shown is the best ranked of a group when
 * the question names a country or year (the facets put that chapter first); else the latest chapter's.
 *
 * @param candidates - ranked candidates, best first
 * @param preferRanked - true when the question names a chapter facet
 * @example groupDuplicates(index, ranked, false)[0]?.others.length; //=> 2 (the same paragraph in 2011 and 2012)
 */
export function groupDuplicates(
  index: SearchIndex,
  candidates: readonly Candidate[],
  preferRanked: boolean,
): CandidateGroup[] {
  const groups: Array<{ members: Candidate[]; shingles: Set<string> }> = [];
  for (const c of candidates) {
    const doc = index.docs[c.doc];
    if (doc?.kind !== 'passage') {
      groups.push({ members: [c], shingles: new Set() });
      continue;
    }
    const shingles = shingleSet(docStems(index, c.doc));
    const same =
      shingles.size > 0
        ? groups.find((g) => g.shingles.size > 0 && nearSame(g.shingles, shingles) && !sameReport(index, g.members, c))
        : undefined;
    if (same) same.members.push(c);
    else groups.push({ members: [c], shingles });
  }
  return groups.map(({ members }) => {
    const [first, ...rest] = members;
    if (!first) throw new RangeError('empty group');
    if (preferRanked || rest.length === 0) return { shown: first, others: rest };
    const latest = [...members].sort((a, b) => yearOf(index, b) - yearOf(index, a))[0] ?? first;
    return { shown: latest, others: members.filter((m) => m !== latest) };
  });
}

function yearOf(index: SearchIndex, c: Candidate): number {
  return index.docs[c.doc]?.report.year ?? 0;
}

function sameReport(index: SearchIndex, members: readonly Candidate[], c: Candidate): boolean {
  const report = index.docs[c.doc]?.report;
  return members.some((m) => index.docs[m.doc]?.report === report);
}

// Digits dropped: the same paragraph with the year changed is the same text.
function shingleSet(stems: readonly string[]): Set<string> {
  const words = stems.filter((w) => !/^\d+$/.test(w));
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) set.add(words.slice(i, i + SHINGLE).join(' '));
  return set;
}

function nearSame(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  // Both ways: a short paragraph inside a long one is not the same text.
  return shared / large.size >= NEAR_SAME;
}
