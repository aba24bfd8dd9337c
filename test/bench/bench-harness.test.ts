import { describe, expect, it } from 'vitest';
import { buildQuerySet, QUERY_CATEGORIES } from '../../bench/build-query-set.js';
import { checkTargets } from '../../bench/check-targets.js';
import { createRandom } from '../../bench/create-random.js';
import { BenchArgsError, parseBenchArgs } from '../../bench/parse-bench-args.js';
import { retargetText } from '../../bench/retarget-text.js';
import { DEFAULT_BENCH_OPTIONS, type SizeResult, sampleQueries } from '../../bench/run-bench.js';
import { summarizeLatencies } from '../../bench/summarize-latencies.js';

describe('createRandom', () => {
  it('returns the same sequence for the same seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect(Array.from({ length: 5 }, () => a.next())).toEqual(Array.from({ length: 5 }, () => b.next()));
  });

  it('returns integers within the bounds', () => {
    const random = createRandom(1);
    const values = Array.from({ length: 1_000 }, () => random.int(2004, 2023));
    expect(Math.min(...values)).toBe(2004);
    expect(Math.max(...values)).toBe(2023);
  });
});

describe('retargetText', () => {
  it('returns the sentence moved to another country, year and place', () => {
    const text = 'On October 31, two explosions took place in Atyrau, Kazakhstan, in 2011.';
    expect(
      retargetText(text, {
        fromCountry: 'Kazakhstan',
        toCountry: 'Peru',
        yearShift: 5,
        places: new Map([['Atyrau', 'Kirkuk']]),
      }),
    ).toBe('On October 31, two explosions took place in Kirkuk, Peru, in 2016.');
  });

  it('returns swapped names untouched by a later swap', () => {
    const places = new Map([
      ['Aktobe', 'Almaty'],
      ['Almaty', 'Aktobe'],
    ]);
    expect(retargetText('From Aktobe to Almaty.', { fromCountry: '', toCountry: '', yearShift: 0, places })).toBe(
      'From Almaty to Aktobe.',
    );
  });
});

describe('summarizeLatencies', () => {
  it('returns nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summarizeLatencies(samples)).toEqual({ count: 100, p50: 50, p95: 95, p99: 99, mean: 50.5, max: 100 });
  });

  it('returns NaN for no samples', () => {
    expect(summarizeLatencies([]).p99).toBeNaN();
  });
});

describe('buildQuerySet and sampleQueries', () => {
  it('returns the requested count, every category, and an even sample of them', () => {
    const queries = buildQuerySet([], { count: 240 });
    expect(queries).toHaveLength(240);
    expect(queries.slice(0, 6).map((query) => query.text)).toEqual([
      'Atyrau',
      'Atyrua',
      'Jund al-Khilafah',
      'who claimed responsibility for the Atyrau explosions?',
      'October 31',
      'place:Almaty kind:attack',
    ]);
    const sample = sampleQueries(queries, 20);
    expect(sample).toHaveLength(20);
    expect(new Set(sample.map((query) => query.category))).toEqual(new Set(QUERY_CATEGORIES));
  });
});

describe('parseBenchArgs', () => {
  it('returns the defaults, then the sizes and format asked for', () => {
    expect(parseBenchArgs([]).options).toEqual(DEFAULT_BENCH_OPTIONS);
    const args = parseBenchArgs(['--sizes', '1000,10_000', '--json']);
    expect(args.options.sizes).toEqual([1_000, 10_000]);
    expect(args.json).toBe(true);
    expect(parseBenchArgs(['--slowest', '12']).options.slowest).toBe(12);
  });
});

describe('checkTargets', () => {
  it('returns not measured when the run has no 100k corpus', () => {
    expect(checkTargets([]).map((check) => check.status)).toEqual(['not measured', 'not measured', 'not measured']);
  });

  it('returns met or missed against each target at 100k', () => {
    const result = {
      passages: 100_000,
      ours: { latency: { p99: 51 }, buildMs: 1_900, heapMb: 120 },
    } as unknown as SizeResult;
    expect(checkTargets([result]).map((check) => check.status)).toEqual(['missed', 'met', 'met']);
  });
});

describe('edge cases', () => {
  it('throws BenchArgsError for a bad size or an unknown flag', () => {
    expect(() => parseBenchArgs(['--sizes', '1000,abc'])).toThrow(BenchArgsError);
    expect(() => parseBenchArgs(['--size', '1000'])).toThrow(BenchArgsError);
    expect(() => parseBenchArgs(['--slowest', '0'])).toThrow(BenchArgsError);
  });
});
