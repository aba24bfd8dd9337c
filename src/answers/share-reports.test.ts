import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReports } from '../report/parse-report.js';
import { buildIndex, storeIndexSnapshot } from '../search/index.js';
import { buildAnswerDeps, buildAnswerDepsFromSnapshot } from './build-answer-deps.js';
import { readSharedReports, shareReports } from './share-reports.js';

const file = 'data/crt-2011-kazakhstan.txt';
const { reports } = parseReports(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), { file });
// 120 copies under their own ids: more than one blob's worth.
const many = Array.from({ length: 120 }, (_, i) => ({ ...reports[0], id: `copy-${i}` }) as (typeof reports)[number]);
const QUESTION = 'who claimed the Atyrau bombings?';
const answer = (deps: ReturnType<typeof buildAnswerDeps>) =>
  deps.engine.search(QUESTION, { mode: 'ask', limit: 5, now: 0 }).hits.map((h) => h.id);

describe('shareReports', () => {
  it('gives the reports back whole from blobs in SharedArrayBuffers, pausing between blobs', async () => {
    let pauses = 0;
    const blobs = await shareReports(many, async () => {
      pauses += 1;
    });
    expect(blobs.length).toBeGreaterThan(1);
    expect(pauses).toBe(blobs.length);
    expect(blobs.every((blob) => blob.buffer instanceof SharedArrayBuffer)).toBe(true);
    expect(readSharedReports(blobs)).toEqual(many);
  });
});

describe('buildAnswerDepsFromSnapshot', () => {
  it('answers from the restored snapshot as from a built index', () => {
    const bytes = Buffer.concat(storeIndexSnapshot(buildIndex(reports)));
    expect(answer(buildAnswerDepsFromSnapshot(reports, bytes))).toEqual(answer(buildAnswerDeps(reports)));
  });

  it('builds the index when the snapshot does not fit the reports, or there is none', () => {
    const other = Buffer.concat(storeIndexSnapshot(buildIndex(many.slice(0, 2))));
    const expected = answer(buildAnswerDeps(reports));
    expect(expected.length).toBeGreaterThan(0);
    expect(answer(buildAnswerDepsFromSnapshot(reports, other))).toEqual(expected);
    expect(answer(buildAnswerDepsFromSnapshot(reports, null))).toEqual(expected);
  });
});
