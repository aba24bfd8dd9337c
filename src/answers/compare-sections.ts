import { diffWords } from 'diff';
import { splitSentences } from '../report/split-sentences.js';
import type { Section } from '../report/types.js';

/** One row of a comparison: a sentence of the earlier year, of the later one, or both. */
export type ComparedSentence =
  | { change: 'kept'; before: string; after: string }
  | { change: 'reworded'; before: string; after: string; similarity: number; parts: WordChange[] }
  | { change: 'added'; after: string }
  | { change: 'dropped'; before: string };

/** A word-level change inside a reworded sentence. */
export interface WordChange {
  text: string;
  added: boolean;
  removed: boolean;
}

export interface SectionComparison {
  rows: ComparedSentence[];
  counts: { kept: number; reworded: number; added: number; dropped: number };
}

/** Sentences at least this similar (Dice over word sets) are one sentence reworded. */
export const REWORDED_THRESHOLD = 0.5;

function words(sentence: string): Set<string> {
  return new Set(sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function normalize(sentence: string): string {
  return [...(sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].join(' ');
}

/** Dice coefficient of two sentences' word sets: 1 for the same words, 0 for none shared. */
export function sentenceSimilarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size + wb.size === 0) return 1;
  let shared = 0;
  for (const word of wa) if (wb.has(word)) shared++;
  return (2 * shared) / (wa.size + wb.size);
}

function sectionSentences(section: Section): string[] {
  return section.passages
    .flatMap((passage) => splitSentences(passage.text))
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Aligns two years' text of a section sentence by sentence: the same words are `kept`, a similar sentence is
 * `reworded` (with its word changes), the rest of the later year is `added` and of the earlier `dropped`. Rows follow
 * the later year's order, each dropped sentence after the row of the sentence it followed.
 * @example compareSections(legislation2011, legislation2012).counts //=> { kept: 1, reworded: 2, added: 5, dropped: 4 }
 */
export function compareSections(before: Section, after: Section): SectionComparison {
  const old = sectionSentences(before);
  const now = sectionSentences(after);
  const matchOf = new Map<number, { oldIndex: number; similarity: number }>();
  const usedOld = new Set<number>();
  // Exact matches first (same words), then the most similar pairs, best first.
  const oldByText = new Map<string, number[]>();
  old.forEach((s, i) => {
    oldByText.set(normalize(s), [...(oldByText.get(normalize(s)) ?? []), i]);
  });
  now.forEach((s, j) => {
    const candidates = oldByText.get(normalize(s)) ?? [];
    const free = candidates.find((i) => !usedOld.has(i));
    if (free !== undefined) {
      usedOld.add(free);
      matchOf.set(j, { oldIndex: free, similarity: 1 });
    }
  });
  const pairs: Array<{ i: number; j: number; similarity: number }> = [];
  now.forEach((s, j) => {
    if (matchOf.has(j)) return;
    old.forEach((o, i) => {
      if (usedOld.has(i)) return;
      const similarity = sentenceSimilarity(o, s);
      if (similarity >= REWORDED_THRESHOLD) pairs.push({ i, j, similarity });
    });
  });
  pairs.sort((a, b) => b.similarity - a.similarity || a.j - b.j);
  for (const { i, j, similarity } of pairs) {
    if (usedOld.has(i) || matchOf.has(j)) continue;
    usedOld.add(i);
    matchOf.set(j, { oldIndex: i, similarity });
  }

  const rows: ComparedSentence[] = [];
  const emitted = new Set<number>();
  const emitDroppedUpTo = (limit: number): void => {
    for (let i = 0; i < limit; i++) {
      if (usedOld.has(i) || emitted.has(i)) continue;
      emitted.add(i);
      rows.push({ change: 'dropped', before: old[i] ?? '' });
    }
  };
  now.forEach((sentence, j) => {
    const match = matchOf.get(j);
    if (match === undefined) {
      rows.push({ change: 'added', after: sentence });
      return;
    }
    emitDroppedUpTo(match.oldIndex);
    const previous = old[match.oldIndex] ?? '';
    if (match.similarity === 1 && normalize(previous) === normalize(sentence)) {
      rows.push({ change: 'kept', before: previous, after: sentence });
    } else {
      const parts = diffWords(previous, sentence).map((part) => ({
        text: part.value,
        added: part.added === true,
        removed: part.removed === true,
      }));
      rows.push({ change: 'reworded', before: previous, after: sentence, similarity: match.similarity, parts });
    }
  });
  emitDroppedUpTo(old.length);
  const counts = { kept: 0, reworded: 0, added: 0, dropped: 0 };
  for (const row of rows) counts[row.change]++;
  return { rows, counts };
}
