import type { SizeResult } from './run-bench.js';

/** The service targets, set for a corpus the size of the whole series. */
export const TARGETS = Object.freeze({ passages: 100_000, p99Ms: 50, buildMs: 2_000, heapMb: 500 });

export type TargetStatus = 'met' | 'missed' | 'not measured';

export interface TargetCheck {
  name: string;
  /** `≤ 50 ms`. */
  limit: string;
  /** null when the run did not include the target size. */
  actual: number | null;
  unit: string;
  status: TargetStatus;
}

/**
 * Checks our search at 100k passages against the targets: p99 ≤ 50 ms, build ≤ 2 s, heap ≤ 500 MB.
 * A run without the 100k size reports each target as not measured rather than judging a smaller corpus.
 *
 * @param results - the bench results
 * @returns one check per target
 * @example
 * checkTargets(results).map((check) => check.status); //=> ['met', 'met', 'missed']
 */
export function checkTargets(results: readonly SizeResult[]): TargetCheck[] {
  const at = results.find((result) => result.passages === TARGETS.passages);
  const check = (name: string, limit: number, unit: string, actual: number | undefined): TargetCheck => ({
    name,
    limit: `≤ ${limit} ${unit}`,
    actual: actual ?? null,
    unit,
    status: actual === undefined || Number.isNaN(actual) ? 'not measured' : actual <= limit ? 'met' : 'missed',
  });
  return [
    check('query latency p99', TARGETS.p99Ms, 'ms', at?.ours.latency.p99),
    check('index build', TARGETS.buildMs, 'ms', at?.ours.buildMs),
    check('heap after build', TARGETS.heapMb, 'MB', at?.ours.heapMb),
  ];
}
