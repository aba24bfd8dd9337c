import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../corpus/load-corpus.js';
import { parseReports } from '../../report/parse-report.js';
import { buildIndex } from '../index/build-index.js';
import type { SearchIndex } from '../index/search-index.js';
import { buildConcepts } from '../query/build-concepts.js';
import { parseQueryWords } from '../query/parse-query-words.js';
import { boundCandidates } from './bound-candidates.js';
import { candidateScore } from './rank-candidates.js';
import { scoreConcepts, scoreDocs, scoreSomeDocs } from './score-text.js';
import { RELATIVE_CUTOFF } from './weights.js';

// The parser fixtures (test/fixtures/crt) and the seed chapter, in one index.
let index: SearchIndex;
beforeAll(async () => {
  const corpus = await loadCorpus(fileURLToPath(new URL('../../../test/fixtures/crt', import.meta.url)));
  const seed = readFileSync(new URL('../../../data/crt-2011-kazakhstan.txt', import.meta.url), 'utf8');
  index = buildIndex([...corpus.reports, ...parseReports(seed, { file: 'data/crt-2011-kazakhstan.txt' }).reports]);
});

// Common words, synonyms and their phrases (fill concepts), a country's records, a near spelling, an abbreviation.
const QUERIES = [
  'how many suspects were arrested in the July operation',
  'how does the government counter terrorist finance?',
  'who claimed responsibility for the Atyrau explosions?',
  'Hizb ut-Tahrir members arrested in Kazakhstan',
  'which groups were banned as terrorist organizations?',
  'trash can explosion near the governor building',
  'Atyrua police killed',
  'FARC kidnapping hostages Colombia',
  'money laundering legislation and law enforcement',
];

const conceptsOf = (q: string) => buildConcepts(index, parseQueryWords(q));
// The share of the query's word importance a record's covered-word bits stand for, as the ranking reads it.
const coverageOf = (concepts: ReturnType<typeof conceptsOf>) => {
  const words = concepts.filter((c) => !c.fill);
  const importance = words.reduce((s, c) => s + c.importance, 0);
  return (bits: number) =>
    words.reduce((s, c, i) => s + (i < 30 && bits & (1 << i) ? c.importance : 0), 0) / (importance || 1);
};

describe('scoreConcepts', () => {
  it('gives the same scores into its shared arrays, call after call, as into fresh ones', () => {
    for (const q of [...QUERIES, ...QUERIES.slice().reverse()]) {
      const concepts = conceptsOf(q);
      const fresh = scoreConcepts(index, concepts);
      const shared = scoreConcepts(index, concepts, null, true);
      expect(Array.from(shared.docs), q).toEqual(Array.from(fresh.docs));
      expect(Array.from(shared.score.subarray(0, index.docs.length)), q).toEqual(Array.from(fresh.score));
      expect(Array.from(shared.covered.subarray(0, index.docs.length)), q).toEqual(Array.from(fresh.covered));
    }
  });
});

describe('scoreDocs', () => {
  it('gives, for every record, exactly what scoreConcepts gives', () => {
    const all = Int32Array.from(index.docs.keys());
    for (const q of QUERIES) {
      const concepts = conceptsOf(q);
      const full = scoreConcepts(index, concepts);
      const listed = scoreDocs(index, concepts, all);
      expect(Array.from(listed.docs), q).toEqual(Array.from(full.docs));
      expect(
        Array.from(listed.docs, (_, k) => listed.score[k]),
        q,
      ).toEqual(Array.from(full.docs, (doc) => full.score[doc]));
      expect(
        Array.from(listed.docs, (_, k) => listed.covered[k]),
        q,
      ).toEqual(Array.from(full.docs, (doc) => full.covered[doc]));
    }
  });
});

describe('scoreSomeDocs', () => {
  it('gives what scoreConcepts gives for the records asked, looked up or read through', () => {
    const some = Int32Array.from(index.docs.keys()).filter((doc) => doc % 3 !== 1);
    for (const q of QUERIES) {
      const concepts = conceptsOf(q);
      const full = scoreConcepts(index, concepts);
      const expected = Array.from(full.docs)
        .filter((doc) => doc % 3 !== 1)
        .map((doc) => [doc, full.score[doc], full.covered[doc]]);
      // lookupCost 0: every record looked up; Infinity: every posting read, the others skipped.
      for (const lookupCost of [0, Number.POSITIVE_INFINITY]) {
        const listed = scoreSomeDocs(index, concepts, some, 1, lookupCost);
        expect(
          Array.from(listed.docs, (doc, k) => [doc, listed.score[k], listed.covered[k]]),
          `${q} (${lookupCost})`,
        ).toEqual(expected);
      }
    }
  });
});

/**
 * Scores every record of the query, keeps those the relative cut keeps, and bounds the candidates with `shape`: the
 * kept records the bound left out (none where the bound is sound), how many records matched, and the bound's list;
 * null where the query gets no bound.
 */
function againstTheCut(
  concepts: ReturnType<typeof conceptsOf>,
  shape: Parameters<typeof boundCandidates>[2],
): { missed: number[]; all: number; bounded: Int32Array } | null {
  const full = scoreConcepts(index, concepts);
  const scores = Array.from(full.docs, (doc) => shape.scoreOf(doc, full.score[doc] ?? 0, full.covered[doc] ?? 0));
  const top = Math.max(...scores.map((s) => s ?? 0));
  const kept = Array.from(full.docs).filter((_, k) => (scores[k] ?? -1) >= top * RELATIVE_CUTOFF);
  const bounded = boundCandidates(index, concepts, shape, { minPostings: 0, maxShare: 1 })?.docs;
  if (bounded === undefined) return null;
  const listed = new Set(bounded);
  return { missed: kept.filter((doc) => !listed.has(doc)), all: full.docs.length, bounded };
}

describe('boundCandidates', () => {
  it('leaves out only records under the relative cut, and does leave some out', () => {
    let leftOut = 0;
    for (const q of QUERIES) {
      const concepts = conceptsOf(q);
      const coverage = coverageOf(concepts);
      const shape = {
        scoreOf: (_doc: number, text: number, covered: number) =>
          candidateScore(text, coverage(covered), 1, false, null),
        ceilingOf: (text: number, covered: number) => candidateScore(text, coverage(covered), 1, false, null),
      };
      const checked = againstTheCut(concepts, shape);
      if (checked === null) continue;
      expect(checked.missed, q).toEqual([]);
      leftOut += checked.all - scoreDocs(index, concepts, checked.bounded).docs.length;
    }
    expect(leftOut).toBeGreaterThan(0);
  });

  it('bounds each record with its own boost and filters, and still leaves out only records under the cut', () => {
    let leftOut = 0;
    for (const q of QUERIES) {
      const concepts = conceptsOf(q);
      const coverage = coverageOf(concepts);
      // A chapter boost of 1 to 3 by doc number, and a filter that drops every fifth record.
      const boost = (doc: number) => 1 + (doc % 3);
      const shape = {
        scoreOf: (doc: number, text: number, covered: number) =>
          doc % 5 === 0 ? null : candidateScore(text, coverage(covered), 1, false, boost(doc)),
        ceilingOf: (text: number, covered: number) => candidateScore(text, coverage(covered), 1, false, 3),
      };
      const checked = againstTheCut(concepts, shape);
      if (checked === null) continue;
      expect(checked.missed, q).toEqual([]);
      leftOut += checked.all - checked.bounded.length;
    }
    expect(leftOut).toBeGreaterThan(0);
  });

  it('scores every record (null) when bounding costs more than reading every posting, at the lookup cost given', () => {
    const concepts = conceptsOf('which groups were banned as terrorist organizations?');
    const coverage = coverageOf(concepts);
    const shape = {
      scoreOf: (_doc: number, text: number, covered: number) => candidateScore(text, coverage(covered), 1, false, null),
      ceilingOf: (text: number, covered: number) => candidateScore(text, coverage(covered), 1, false, null),
    };
    const bounded = boundCandidates(index, concepts, shape, { minPostings: 0, maxShare: 1 })?.docs;
    expect(bounded?.length).toBeGreaterThan(0);
    expect(boundCandidates(index, concepts, shape, { minPostings: 0, maxShare: 1, lookupCost: 0 })?.docs).toEqual(
      bounded,
    );
    expect(boundCandidates(index, concepts, shape, { minPostings: 0, maxShare: 1, lookupCost: 1e9 })).toBeNull();
  });
});
