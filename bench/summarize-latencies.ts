/** Latency percentiles of one run, in milliseconds. */
export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

/**
 * The nearest-rank percentile of sorted samples: the smallest sample with at least `p`% of the samples at
 * or below it. With 20 samples p95 and p99 are both the slowest query.
 *
 * @example
 * percentile([1, 2, 3, 4], 50); //=> 2
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

/**
 * Summarizes per-query latencies (ms) as p50/p95/p99, mean and max; NaN for an empty list.
 *
 * @example
 * summarizeLatencies([4, 1, 3, 2]).p50; //=> 2
 */
export function summarizeLatencies(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.length === 0 ? Number.NaN : sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length;
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean,
    max: sorted.at(-1) ?? Number.NaN,
  };
}
