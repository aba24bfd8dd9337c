import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReports } from '../../report/parse-report.js';
import type { Report } from '../../report/types.js';
import { DocFactsWriter, docFacts } from '../rank/doc-facts.js';
import { search } from '../search.js';
import { buildIndex } from './build-index.js';
import {
  restoreIndexSnapshot,
  restoreIndexSnapshotInSlices,
  SNAPSHOT_PLAN,
  storeIndexSnapshot,
  storeIndexSnapshotInSlices,
} from './index-snapshot.js';
import type { SearchIndex } from './search-index.js';

const folder = new URL('../../../test/fixtures/crt/', import.meta.url);
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .slice(0, 12);
const reports: Report[] = [
  ...parseReports(readFileSync(new URL('../../../data/crt-2011-kazakhstan.txt', import.meta.url), 'utf8'), {
    file: 'data/crt-2011-kazakhstan.txt',
  }).reports,
  ...files.flatMap((name) => parseReports(readFileSync(new URL(name, folder), 'utf8'), { file: name }).reports),
];
const built = buildIndex(reports);
const bytes = Buffer.concat(storeIndexSnapshot(built));
const restored = restoreIndexSnapshot(bytes, reports);

function restoredIndex(): SearchIndex {
  if (restored === null) throw new Error('the snapshot did not restore');
  return restored;
}

describe('storeIndexSnapshot and restoreIndexSnapshot', () => {
  it('restores every field of the index, and no other', () => {
    expect(Object.keys(restoredIndex()).sort()).toEqual(Object.keys(built).sort());
    expect(Object.keys(SNAPSHOT_PLAN).sort()).toEqual(Object.keys(built).sort());
  });

  // One test per field, so a field the snapshot drops or changes names itself.
  for (const field of Object.keys(SNAPSHOT_PLAN) as Array<keyof SearchIndex>) {
    if (field === 'headingFuse') continue;
    it(`restores ${field} equal to the built index`, () => {
      expect(restoredIndex()[field]).toEqual(built[field]);
    });
  }

  it('restores the heading search over the same headings', () => {
    expect(restoredIndex().headingFuse.getIndex().toJSON()).toEqual(built.headingFuse.getIndex().toJSON());
    expect(
      restoredIndex()
        .headingFuse.search('finance')
        .map((h) => h.item.section.id),
    ).toEqual(built.headingFuse.search('finance').map((h) => h.item.section.id));
  });

  it('gives the restored index the ranking facts its records make (written as they were restored)', () => {
    const index = restoredIndex();
    const fresh = new DocFactsWriter(index.docs.length);
    index.docs.forEach((doc, i) => {
      fresh.add(i, doc);
    });
    expect(docFacts(index)).toEqual(fresh.facts);
    expect(docFacts(index)).toEqual(docFacts(built));
  });

  it('shares equal day spans among records, and nothing else changes', () => {
    const index = restoredIndex();
    const dated = index.docs.filter((doc) => doc.dates.length > 0);
    const spans = dated.flatMap((doc) => doc.dates);
    const distinct = new Set(spans.map((span) => `${span.from}/${span.to}/${span.year}`));
    expect(spans.length).toBeGreaterThan(distinct.size);
    expect(new Set(spans).size).toBe(distinct.size);
    expect(index.docs.map((doc) => doc.dates)).toEqual(built.docs.map((doc) => doc.dates));
  });

  it('points the records at the very report objects it was given (no copies of the text)', () => {
    const index = restoredIndex();
    const incident = index.docs.findIndex((d) => d.kind === 'incident');
    expect(incident).toBeGreaterThan(0);
    expect(index.docs[0]?.report).toBe(reports[0]);
    expect(index.docs[0]?.passage).toBe(reports[0]?.sections[0]?.passages[0]);
    expect(index.docs[incident]?.incident).toBe(reports[0]?.incidents[0]);
  });

  it('answers as the built index does', () => {
    for (const query of [
      'Atyrau bombing',
      'who claimed the attack on the police',
      '"terrorist financing"',
      'October 31',
    ])
      expect(search(restoredIndex(), query, { mode: 'ask', now: 0 }).hits.map((h) => h.id)).toEqual(
        search(built, query, { mode: 'ask', now: 0 }).hits.map((h) => h.id),
      );
  });

  it('stores no passage text: the snapshot is smaller than the text it indexes', () => {
    const text = reports.reduce((n, r) => n + r.sections.reduce((m, s) => m + s.passages.join('').length, 0), 0);
    expect(text).toBeGreaterThan(0);
    expect(bytes.toString('latin1')).not.toContain(reports[0]?.sections[1]?.passages[0]?.text.slice(0, 80));
  });
});

describe('restoreIndexSnapshotInSlices', () => {
  it('restores the same index, pausing between slices', async () => {
    let pauses = 0;
    const sliced = await restoreIndexSnapshotInSlices(bytes, reports, async () => {
      pauses += 1;
    });
    expect(pauses).toBeGreaterThan(3);
    expect(sliced?.docs).toEqual(built.docs);
    expect(sliced?.postings).toEqual(built.postings);
    expect(sliced?.facets).toEqual(built.facets);
  });

  it('stores the same bytes in slices as at once', async () => {
    let pauses = 0;
    const chunks = await storeIndexSnapshotInSlices(built, async () => {
      pauses += 1;
    });
    expect(pauses).toBeGreaterThan(3);
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
  });

  it('gives null for bytes that are no snapshot', async () => {
    expect(await restoreIndexSnapshotInSlices(new Uint8Array(8), reports, async () => {})).toBeNull();
  });
});

describe('edge cases', () => {
  it('gives null for garbage, truncated bytes, or other reports', () => {
    expect(restoreIndexSnapshot(new Uint8Array([1, 2, 3]), reports)).toBeNull();
    expect(restoreIndexSnapshot(Buffer.from('garbage that is long enough to read a length from'), reports)).toBeNull();
    expect(restoreIndexSnapshot(bytes.subarray(0, Math.floor(bytes.length / 2)), reports)).toBeNull();
    expect(restoreIndexSnapshot(bytes, reports.slice(1))).toBeNull();
  });

  it('restores from bytes that do not start on an 8-byte boundary', () => {
    const shifted = Buffer.alloc(bytes.length + 3);
    bytes.copy(shifted, 3);
    expect(restoreIndexSnapshot(shifted.subarray(3), reports)?.words.tokens).toEqual(built.words.tokens);
  });

  it('restores an empty index', () => {
    const empty = buildIndex([]);
    expect(restoreIndexSnapshot(Buffer.concat(storeIndexSnapshot(empty)), [])?.docs).toEqual([]);
  });
});
