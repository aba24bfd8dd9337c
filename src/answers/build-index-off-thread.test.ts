import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReports } from '../report/parse-report.js';
import { buildIndex, restoreIndexSnapshot, search } from '../search/index.js';
import { buildIndexAndSnapshotOffThread, buildIndexOffThread } from './build-index-off-thread.js';

const file = 'data/crt-2011-kazakhstan.txt';
const { reports } = parseReports(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), { file });

describe('buildIndexOffThread', () => {
  // Starting a worker from TypeScript sources compiles the search layer in it: seconds on a busy machine.
  it('gives the index buildIndex gives, over the very reports passed', { timeout: 60_000 }, async () => {
    const fallbacks: string[] = [];
    const index = await buildIndexOffThread(reports, (reason) => fallbacks.push(reason));
    const built = buildIndex(reports);
    expect(fallbacks).toEqual([]);
    expect(index.reports).toBe(reports);
    expect(index.docs[0]?.passage).toBe(reports[0]?.sections[0]?.passages[0]);
    expect(index.vocabulary).toEqual(built.vocabulary);
    expect(index.postings).toEqual(built.postings);
    for (const query of ['Atyrau', 'who claimed the bombing in Taraz', 'November 2011'])
      expect(search(index, query, { mode: 'ask', now: 0 }).hits.map((h) => h.id)).toEqual(
        search(built, query, { mode: 'ask', now: 0 }).hits.map((h) => h.id),
      );
  });

  it('hands on the snapshot bytes in shared memory, which restore the same index', { timeout: 60_000 }, async () => {
    const { index, snapshot } = await buildIndexAndSnapshotOffThread(reports);
    expect(snapshot?.buffer).toBeInstanceOf(SharedArrayBuffer);
    const restored = snapshot === null ? null : restoreIndexSnapshot(snapshot, reports);
    expect(restored?.postings).toEqual(index.postings);
    expect(restored?.vocabulary).toEqual(buildIndex(reports).vocabulary);
  });
});
