import { beforeAll, describe, expect, it } from 'vitest';
import type { Section } from '../report/types.js';
import { formatCitation } from '../search/index.js';
import { parseCompareRequest, resolveComparison } from './compare-request.js';
import { compareSections, sentenceSimilarity } from './compare-sections.js';
import type { AnalysisEngine } from './engine.js';
import { yearNotLoaded } from './messages.js';
import { buildTestEngine, FIXTURES } from './test-engine.js';

function section(...passages: string[]): Section {
  return { id: 's', heading: 'Legislation', passages: passages.map((text, i) => ({ id: `s/p${i + 1}`, text })) };
}

describe('compareSections', () => {
  it('sorts sentences into kept, reworded, added and dropped', () => {
    const before = section('The law was passed in May. Police arrested ten people. The court was closed.');
    const after = section('The law was passed in May. Police arrested twelve people in Almaty. A new agency opened.');
    const { rows, counts } = compareSections(before, after);
    expect(counts).toEqual({ kept: 1, reworded: 1, added: 1, dropped: 1 });
    expect(rows.map((row) => row.change)).toEqual(['kept', 'reworded', 'added', 'dropped']);
    const reworded = rows[1];
    expect(
      reworded?.change === 'reworded' ? reworded.parts.filter((p) => p.added).map((p) => p.text.trim()) : [],
    ).toEqual(['twelve', 'in Almaty']);
  });

  it('scores similarity over word sets', () => {
    expect(sentenceSimilarity('a b c d', 'a b c d')).toBe(1);
    expect(sentenceSimilarity('a b', 'c d')).toBe(0);
  });
});

describe('parseCompareRequest', () => {
  it('reads the command and the question', () => {
    expect(parseCompareRequest('compare kazakhstan 2011 2012 legislation')).toEqual({
      country: 'kazakhstan',
      from: 2011,
      to: 2012,
      section: 'legislation',
    });
    expect(parseCompareRequest("what changed in Kazakhstan's finance section between 2011 and 2012?")).toEqual({
      country: 'Kazakhstan',
      from: 2011,
      to: 2012,
      section: 'finance',
    });
    expect(parseCompareRequest('what changed in the overview section of Kenya between 2017 and 2013')).toEqual({
      country: 'Kenya',
      from: 2013,
      to: 2017,
      section: 'overview',
    });
  });

  it('returns null for anything else', () => {
    expect(parseCompareRequest('compare kazakhstan')).toBeNull();
    expect(parseCompareRequest('legislation')).toBeNull();
  });
});

describe('resolveComparison', () => {
  let engine: AnalysisEngine;
  beforeAll(() => {
    engine = buildTestEngine([
      'data/crt-2011-kazakhstan.txt',
      ...FIXTURES,
      'test/fixtures/crt/crt-2011-kazakhstan-refworld-legacy.txt',
    ]);
  });

  it('compares the legislation section of the seed (2011) with the 2012 chapter', () => {
    const result = resolveComparison(
      engine,
      { country: 'kazakhstan', from: 2011, to: 2012, section: 'legislation' },
      formatCitation,
    );
    if (result.kind !== 'comparison') throw new Error(result.message);
    expect(result.from.section.heading).toBe('Legislation and Law Enforcement');
    expect(result.to.section.heading).toBe('Legislation, Law Enforcement, and Border Security');
    const { counts, rows } = result.comparison;
    expect(counts.kept + counts.reworded + counts.added + counts.dropped).toBe(rows.length);
    expect(counts.dropped + counts.kept + counts.reworded).toBeGreaterThan(0);
  });

  it('says which years are loaded when one is missing', () => {
    const result = resolveComparison(
      engine,
      { country: 'Kazakhstan', from: 2011, to: 2014, section: 'overview' },
      formatCitation,
    );
    expect(result).toEqual({ kind: 'missing', message: yearNotLoaded('Kazakhstan', 2014, [2011, 2012]) });
  });
});
