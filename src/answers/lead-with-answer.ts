import { splitSentences } from '../report/split-sentences.js';

/** A passage split for an answer: the sentence that answers first, then the rest of the paragraph in its order. */
export interface LeadSentence {
  /** The sentence holding the most distinct matched words (the first such sentence on a tie). */
  lead: string;
  /** The other sentences in the report's order, `[…]` where the lead stood; '' when the lead is the whole passage. */
  rest: string;
}

/** Where `[…]` marks the lead sentence's place in the rest of the paragraph. */
export const LEAD_PLACE_MARK = '[…]';

/**
 * The sentence of a passage that answers, so a reply can lead with it: the sentence with the most distinct matched
 * words, compared case-insensitively at word boundaries. The rest of the paragraph keeps the report's order and
 * marks where the lead stood, so every word quoted is still the report's own, in its own order.
 *
 * @param text - the passage, as the report words it
 * @param terms - the words the search matched (`hit.matchedTerms`)
 * @returns null when the first sentence already answers (or nothing matches), so the passage reads as it is
 * @example
 * leadWithAnswer('The law passed in May. JAK claimed the Atyrau blasts.', ['Atyrau', 'claimed'])
 * //=> { lead: 'JAK claimed the Atyrau blasts.', rest: 'The law passed in May. […]' }
 */
export function leadWithAnswer(text: string, terms: readonly string[]): LeadSentence | null {
  const sentences = splitSentences(text);
  if (sentences.length < 2) return null;
  const words = [...new Set(terms.map((t) => t.trim().toLowerCase()).filter((t) => t.length > 0))];
  if (words.length === 0) return null;
  let best = 0;
  let bestCount = 0;
  sentences.forEach((sentence, i) => {
    const count = countWords(sentence.toLowerCase(), words);
    if (count > bestCount) {
      best = i;
      bestCount = count;
    }
  });
  if (best === 0 || bestCount === 0) return null;
  const lead = sentences[best] ?? '';
  const rest = sentences.map((s, i) => (i === best ? LEAD_PLACE_MARK : s)).join(' ');
  return { lead, rest };
}

// Distinct words found whole: `Aktau` in `Aktau's`, never `Aktau` in `Aktaubek`. One indexOf scan per word.
function countWords(sentence: string, words: readonly string[]): number {
  let count = 0;
  for (const word of words) {
    for (let at = sentence.indexOf(word); at !== -1; at = sentence.indexOf(word, at + 1)) {
      if (isWordEdge(sentence, at - 1) && isWordEdge(sentence, at + word.length)) {
        count += 1;
        break;
      }
    }
  }
  return count;
}

function isWordEdge(text: string, at: number): boolean {
  const ch = text[at];
  return ch === undefined || !/[\p{L}\p{N}]/u.test(ch);
}
