import type { SearchHit } from '../types.js';

/**
 * One retrieval expectation: the first hit whose text (or passage) contains `expect` answers it. With `file`,
 * the hit must also come from a chapter of the same country and year as that file (two copies of one chapter
 * both count). `answerable: false` marks a question nothing loaded answers: it is scored on `answered` only.
 */
export interface EvalQuery {
  mode: 'incident' | 'ask';
  query: string;
  expect: string;
  /** Basename of the chapter file that answers it (`crt-2012-mexico-other.txt`). */
  file?: string;
  /** Other chapter files whose same passage answers it just as well (the same text in two chapters). */
  also?: readonly string[];
  /** False when nothing loaded answers it (default true). */
  answerable?: boolean;
  /** A label to report recall by (`country-year`, `demonym`, `no-answer`, …). */
  kind?: string;
}

export interface EvalResult extends EvalQuery {
  /** 1-based rank of the first answering hit among the first `depth`, or null (always null when not answerable). */
  rank: number | null;
  /** Whether the reply presented a match as the answer (for a lookup: listed records as matches). */
  answered: boolean;
  ms: number;
  /** How many hits were looked at (at most `depth`). */
  hits: number;
  /** The first `depth` hits, best first. */
  top: SearchHit[];
}

/** What an entry point replied: its hits, best first, and whether it presented them as the answer. */
export interface EvalReply {
  hits: SearchHit[];
  answered: boolean;
}

/**
 * How one expectation is answered: the bot's entry point the query's mode names (the /incident lookup or a
 * mention, see answers/evaluate-answers.ts), so help and summary requests count as what they are. A bare list of
 * hits counts as answered when it is not empty.
 */
export type EvalRunner = (query: EvalQuery, limit: number) => SearchHit[] | EvalReply;

export interface EvalReport {
  results: EvalResult[];
  /** Over answerable queries. */
  recallAt1: number;
  recallAt3: number;
  /** Mean reciprocal rank (0 for a miss), over answerable queries. */
  mrr: number;
  /** recall@1 per query kind (answerable queries of that kind). */
  recallAt1ByKind: Record<string, number>;
  /** Share of answerable queries answered (null when there are none). */
  answeredShare: number | null;
  /** Share of unanswerable queries not answered (null when there are none). */
  abstainedShare: number | null;
}

/** The key two copies of one chapter share: its country (case-folded) and year. */
export function chapterKey(report: { country: string; year: number | null }): string {
  return `${report.country.toLowerCase()}|${report.year ?? ''}`;
}

/** Which chapter (`country|year`, see {@link chapterKey}) a file basename and a report id stand for. */
export interface ChapterKeys {
  byFile: ReadonlyMap<string, string>;
  byReport: ReadonlyMap<string, string>;
}

/** The last path segment, whichever separator the path uses. */
export function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/**
 * Runs retrieval expectations and measures recall@1, recall@3, MRR, recall@1 per kind and how often the reply
 * answers (or rightly does not).
 *
 * @param queries - expectations (see test/fixtures/eval/queries.json)
 * @param run - answers one expectation with at most `limit` hits
 * @param now - a clock in ms (default `performance.now`)
 * @param depth - how many hits to look at (default 10)
 * @param chapters - the chapter of each file and report, for queries that name a `file`
 * @example
 * evaluate([{ mode: 'incident', query: 'Atyrua', expect: 'two explosions took place' }], run).recallAt1; //=> 1
 */
export function evaluate(
  queries: readonly EvalQuery[],
  run: EvalRunner,
  now: () => number = () => performance.now(),
  depth = 10,
  chapters: ChapterKeys = { byFile: new Map(), byReport: new Map() },
): EvalReport {
  const keyOfFile = chapters.byFile;
  const keyOfReport = (id: string): string | undefined => chapters.byReport.get(id);
  const results = queries.map((q): EvalResult => {
    const start = now();
    const reply = run(q, depth);
    const ms = now() - start;
    const { hits, answered } = Array.isArray(reply) ? { hits: reply, answered: reply.length > 0 } : reply;
    const wanted =
      q.file === undefined
        ? null
        : new Set([q.file, ...(q.also ?? [])].map((file) => keyOfFile.get(baseName(file)) ?? '?'));
    const answers = (h: SearchHit): boolean =>
      (h.text.includes(q.expect) || h.passageText.includes(q.expect)) &&
      (wanted === null || wanted.has(keyOfReport(h.reportId) ?? ''));
    const at = q.answerable === false ? -1 : hits.findIndex(answers);
    return { ...q, rank: at >= 0 ? at + 1 : null, answered, ms, hits: hits.length, top: hits };
  });
  const answerable = results.filter((r) => r.answerable !== false);
  const unanswerable = results.filter((r) => r.answerable === false);
  const share = (list: EvalResult[], ok: (r: EvalResult) => boolean): number =>
    list.filter(ok).length / Math.max(1, list.length);
  const recallAt1ByKind: Record<string, number> = {};
  for (const kind of new Set(answerable.map((r) => r.kind).filter((k): k is string => k !== undefined))) {
    recallAt1ByKind[kind] = share(
      answerable.filter((r) => r.kind === kind),
      (r) => r.rank === 1,
    );
  }
  return {
    results,
    recallAt1: share(answerable, (r) => r.rank === 1),
    recallAt3: share(answerable, (r) => r.rank !== null && r.rank <= 3),
    mrr: answerable.reduce((s, r) => s + (r.rank ? 1 / r.rank : 0), 0) / Math.max(1, answerable.length),
    recallAt1ByKind,
    answeredShare: answerable.length ? share(answerable, (r) => r.answered) : null,
    abstainedShare: unanswerable.length ? share(unanswerable, (r) => !r.answered) : null,
  };
}
