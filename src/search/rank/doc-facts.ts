import { dayNumber } from '../index/day-interval.js';
import type { SearchDoc, SearchIndex } from '../index/search-index.js';
import { KIND_PRIOR } from './weights.js';

/** Per record, read once per index: what ranking and filters ask of every candidate, as typed arrays. */
export interface DocFacts {
  /** 1 for an incident record, 0 for a passage. */
  incident: Uint8Array;
  /** The first day a record names (0 for none): byScore's order among records of one score. */
  firstDay: Float64Array;
  /**
   * An incident's first day, else the first day its passage names, else 1 January of its report's year; NaN for a
   * record with none (sorted last).
   */
  day: Float64Array;
  /** An incident record's kind as its position in `kinds`; -1 for a passage. */
  kind: Int32Array;
  /** The kinds of incident records there are. */
  kinds: string[];
  /** {@link KIND_PRIOR} of the record's kind (1 for a passage or a kind without one). */
  kindPrior: Float64Array;
}

const docFactsOf = new WeakMap<SearchIndex, DocFacts>();

/**
 * Typed arrays made once per index, instead of reading each record's object for every candidate (`terror*
 * sort:date` has 66k of them, `kind:attack killed police` tests 100k).
 *
 * @example
 * docFacts(index).incident[doc] === 1; // doc is an incident record
 */
export function docFacts(index: SearchIndex): DocFacts {
  let facts = docFactsOf.get(index);
  if (!facts) {
    const writer = new DocFactsWriter(index.docs.length);
    for (const [doc, d] of index.docs.entries()) writer.add(doc, d);
    facts = writer.facts;
    docFactsOf.set(index, facts);
  }
  return facts;
}

/**
 * Fills {@link DocFacts} a record at a time, for a caller that makes the records (a restored index) and so can give
 * the facts with the index instead of a pass over every record at its first question ({@link primeDocFacts}).
 */
export class DocFactsWriter {
  readonly facts: DocFacts;
  private readonly kindAt = new Map<string, number>();

  constructor(n: number) {
    this.facts = {
      incident: new Uint8Array(n),
      firstDay: new Float64Array(n),
      day: new Float64Array(n),
      kind: new Int32Array(n).fill(-1),
      kinds: [],
      kindPrior: new Float64Array(n).fill(1),
    };
  }

  /** The facts of record number `doc` (records are added in order). */
  add(doc: number, d: SearchDoc): void {
    const facts = this.facts;
    facts.incident[doc] = d.kind === 'incident' ? 1 : 0;
    facts.firstDay[doc] = d.dates[0]?.from ?? 0;
    const year = d.report.year;
    facts.day[doc] = d.dates[0]?.from ?? (year === null ? Number.NaN : dayNumber(year, 1, 1));
    const kind = d.incident?.kind;
    if (kind === undefined) return;
    let at = this.kindAt.get(kind);
    if (at === undefined) {
      at = facts.kinds.length;
      facts.kinds.push(kind);
      this.kindAt.set(kind, at);
    }
    facts.kind[doc] = at;
    facts.kindPrior[doc] = KIND_PRIOR[kind] ?? 1;
  }
}

/** Gives an index its facts, written as its records were made (see {@link DocFactsWriter}). */
export function primeDocFacts(index: SearchIndex, facts: DocFacts): void {
  docFactsOf.set(index, facts);
}
