import { parseArgs } from 'node:util';
import { type BenchOptions, DEFAULT_BENCH_OPTIONS } from './run-bench.js';

export const BENCH_USAGE = `npm run bench -- [--sizes 1000,10000,100000] [--queries 240] [--plain-sample 20] [--slowest 5] [--json]

Builds synthetic corpora of the given sizes (passages) from the real chapters, and measures our index
(build time, heap, query latency) against plain Fuse.js on the same corpus (on a sample of --plain-sample queries
above 1,000 passages: seconds each at 100k, so a smaller sample shortens a run). --slowest N lists the N slowest
queries of the largest size with their time and kind (each query is timed once). Progress goes to stderr.`;

/** A command line the bench cannot run; the message says what to type instead. */
export class BenchArgsError extends Error {
  override readonly name = 'BenchArgsError';
}

export interface BenchArgs {
  options: BenchOptions;
  json: boolean;
  help: boolean;
}

function positiveInteger(text: string, flag: string): number {
  const value = Number(text.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < 1)
    throw new BenchArgsError(`${flag} takes positive whole numbers, got '${text}'`);
  return value;
}

/**
 * Reads the bench command line.
 *
 * @param argv - the arguments after the script
 * @returns the options (defaults filled in), and whether to print JSON or help
 * @throws BenchArgsError on an unknown flag or a bad number
 * @example
 * parseBenchArgs(['--sizes', '1000,10000', '--json']).options.sizes; //=> [1000, 10000]
 */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  let values: {
    sizes?: string;
    queries?: string;
    'plain-sample'?: string;
    slowest?: string;
    json?: boolean;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        sizes: { type: 'string' },
        queries: { type: 'string' },
        'plain-sample': { type: 'string' },
        slowest: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new BenchArgsError(error instanceof Error ? error.message : String(error));
  }
  const options: BenchOptions = { ...DEFAULT_BENCH_OPTIONS, sizes: [...DEFAULT_BENCH_OPTIONS.sizes] };
  if (values.sizes !== undefined)
    options.sizes = values.sizes.split(',').map((size) => positiveInteger(size.trim(), '--sizes'));
  if (values.queries !== undefined) options.queries = positiveInteger(values.queries, '--queries');
  const plainSample = values['plain-sample'];
  if (plainSample !== undefined) options.plainSample = positiveInteger(plainSample, '--plain-sample');
  if (values.slowest !== undefined) options.slowest = positiveInteger(values.slowest, '--slowest');
  return { options, json: values.json ?? false, help: values.help ?? false };
}
