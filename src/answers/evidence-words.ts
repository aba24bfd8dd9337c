import { splitSentences } from '../report/split-sentences.js';
import type { Incident } from '../report/types.js';

/** The figures a count can add up. */
export type Measure = 'killed' | 'wounded' | 'arrested';

const MEASURE_WORDS: Record<Measure, RegExp> = {
  killed: /\b(?:kill|dead|die|death|fatalit|murder|behead|execut|lost their lives|bodies)/i,
  wounded: /\b(?:wound|injur|hurt|casualt)/i,
  arrested: /\b(?:arrest|detain|detention|custody|apprehend|captur)/i,
};

function fromEvidenceField(incident: Incident, measure: Measure | null): string | null {
  // Records may carry the words each figure was read from (an `evidence` field); older records do not.
  const evidence: unknown = Object.getOwnPropertyDescriptor(incident, 'evidence')?.value;
  if (typeof evidence === 'string' && evidence.trim() !== '') return evidence.trim();
  if (typeof evidence === 'object' && evidence !== null) {
    const entries = Object.entries(evidence);
    const chosen = measure === null ? entries : entries.filter(([key]) => key === measure);
    const words = chosen.flatMap(([, value]) =>
      typeof value === 'string' && value.trim() !== '' ? [value.trim()] : [],
    );
    if (words.length > 0) return words.join(' … ');
  }
  return null;
}

/**
 * The words a record's figure was read from: the record's `evidence` when it has one, else the sentence of the record
 * that speaks of that figure (killed, wounded, arrested), else the record's first sentence.
 * @example evidenceWords(shubarshy, 'killed') //=> 'On July 1, gunmen fired at a police post … and killed two policemen.'
 */
export function evidenceWords(incident: Incident, measure: Measure | null): string {
  const given = fromEvidenceField(incident, measure);
  if (given !== null) return given;
  const sentences = splitSentences(incident.text);
  const pattern = measure === null ? null : MEASURE_WORDS[measure];
  const found =
    pattern === null
      ? undefined
      : sentences.find(
          (sentence) =>
            pattern.test(sentence) &&
            /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred)\b/i.test(sentence),
        );
  return (found ?? sentences[0] ?? incident.text).trim();
}
