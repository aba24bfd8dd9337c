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
  const evidence = incident.evidence;
  const words = measure === null ? [evidence.killed, evidence.wounded, evidence.arrested] : [evidence[measure]];
  const given = words.filter((w): w is string => typeof w === 'string' && w.trim() !== '').map((w) => w.trim());
  return given.length === 0 ? null : given.join(' … ');
}

/**
 * The words a record's figure was read from: the record's `evidence` for that figure when the parser kept it, else the
 * sentence of the record that speaks of that figure (killed, wounded, arrested), else the record's first sentence.
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

/** The sentences of a record that hold the words a figure was read from, and those words (to mark them). */
export interface EvidenceQuote {
  quote: string;
  marks: string[];
}

/**
 * The record's sentences that state the figure, with the exact words it was read from: what a count shows for each
 * record, so the number can be checked against the report's own sentence.
 * @example evidenceQuote(shubarshy, 'killed') //=> { quote: 'On July 1, gunmen fired … and killed two policemen.', marks: ['killed two'] }
 */
export function evidenceQuote(incident: Incident, measure: Measure | null): EvidenceQuote {
  const given = fromEvidenceField(incident, measure);
  const marks = given === null ? [] : given.split(' … ').filter((mark) => mark !== '');
  const sentences = splitSentences(incident.text).map((sentence) => sentence.trim());
  const holding = sentences.filter((sentence) => marks.some((mark) => sentence.includes(mark)));
  if (holding.length > 0) return { quote: holding.join(' '), marks };
  return { quote: evidenceWords(incident, measure), marks: marks.filter((mark) => incident.text.includes(mark)) };
}
