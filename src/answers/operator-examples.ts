import type { Report } from '../report/types.js';

/** One example per operator, made from the loaded reports' incident records (each matches at least that record). */
export interface OperatorExamples {
  /** `"Special Forces"`: words the reports write together. */
  phrase: string;
  /** `"Shubarshy police"~3`: two words of one record, at most that many words apart. */
  near: string;
  /** `Aktobe OR Aktau` */
  or: string;
  /** `kind:attack NOT Atyrau` */
  not: string;
  /** `Shubar*` */
  wildcard: string;
  /** `Akt?be` */
  letter: string;
  /** `kind:attack sort:date` */
  sort: string;
}

// Used when no report has incident records: the examples of the ecoi.net help.
const FALLBACK: OperatorExamples = Object.freeze({
  phrase: '"peace process"',
  near: '"amnesty rebels"~5',
  or: 'conscription OR desertion',
  not: 'genocide NOT Darfur',
  wildcard: 'extrem*',
  letter: 'Tal?ban',
  sort: 'kind:attack sort:date',
});

const WORD = /^[A-Za-z]{4,}$/;

/**
 * Examples of the query language from the loaded reports: their most named places, a name of two or more
 * words, and two words of one record a few words apart.
 *
 * @param reports - the loaded reports
 * @returns one example per operator (the ecoi.net examples for what the reports cannot show)
 * @example
 * buildOperatorExamples([kazakhstan2011]).or; //=> 'Atyrau OR Shubarshy'
 */
export function buildOperatorExamples(reports: readonly Report[]): OperatorExamples {
  const incidents = reports.flatMap((r) => r.incidents);
  const counts = new Map<string, number>();
  for (const i of incidents) for (const p of i.places) counts.set(p, (counts.get(p) ?? 0) + 1);
  const places = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([p]) => p);
  const single = places.filter((p) => WORD.test(p));
  const [first, second] = single;
  const named = [...incidents.flatMap((i) => i.actors), ...places].find((name) =>
    /^[A-Za-z][\w-]*( [A-Za-z][\w-]*)+$/.test(name),
  );
  const kind = incidents.find((i) => first !== undefined && !i.places.includes(first))?.kind;
  return {
    phrase: named ? `"${named}"` : FALLBACK.phrase,
    near:
      nearExample(
        incidents.map((i) => i.text),
        single,
      ) ?? FALLBACK.near,
    or: first && second ? `${first} OR ${second}` : FALLBACK.or,
    not: first && kind ? `kind:${kind} NOT ${first}` : FALLBACK.not,
    wildcard: first ? `${first.slice(0, Math.max(4, first.length - 2))}*` : FALLBACK.wildcard,
    // At least one letter after the `?`: at the end of a word it is a question mark.
    letter: second && second.length >= 5 ? `${second.slice(0, 3)}?${second.slice(4)}` : FALLBACK.letter,
    sort: kind ? `kind:${kind} sort:date` : FALLBACK.sort,
  };
}

// A place and a word of the same sentence two or three words from it (`"Shubarshy police"~3`).
function nearExample(texts: string[], places: string[]): string | null {
  for (const sentence of texts.flatMap((t) => t.split(/[.;:!?]\s/))) {
    const words = sentence.split(/[^A-Za-z0-9]+/).filter((w) => w !== '');
    for (const place of places) {
      const at = words.indexOf(place);
      if (at < 0) continue;
      const other = [at + 2, at - 2, at + 3, at - 3]
        .map((k) => words[k])
        .find((w) => w !== undefined && /^[a-z]{5,}$/.test(w));
      if (other !== undefined) return `"${place} ${other}"~3`;
    }
  }
  return null;
}
