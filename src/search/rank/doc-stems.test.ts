import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../corpus/load-corpus.js';
import { parseReports } from '../../report/parse-report.js';
import { buildIndex } from '../index/build-index.js';
import type { SearchIndex } from '../index/search-index.js';
import { tokenStems } from '../index/tokenize.js';
import { docStems } from './doc-stems.js';

// The parser fixtures (test/fixtures/crt) and the seed chapter, in one index: passages and incident records.
let index: SearchIndex;
beforeAll(async () => {
  const corpus = await loadCorpus(fileURLToPath(new URL('../../../test/fixtures/crt', import.meta.url)));
  const seed = readFileSync(new URL('../../../data/crt-2011-kazakhstan.txt', import.meta.url), 'utf8');
  index = buildIndex([...corpus.reports, ...parseReports(seed, { file: 'data/crt-2011-kazakhstan.txt' }).reports]);
});

describe('docStems', () => {
  it('gives every record exactly the stems tokenStems reads from its text, in order', () => {
    const differing = index.docs
      .map((d, doc) => ({ doc, id: d.id, stems: docStems(index, doc), expected: tokenStems(d.text) }))
      .filter((r) => r.stems.join(' ') !== r.expected.join(' '));
    expect(differing).toEqual([]);
    expect(index.docs.some((d) => d.kind === 'incident')).toBe(true);
  });

  it('reads the text of a record the word stream does not hold', () => {
    const words = { ...index.words, starts: index.words.starts.subarray(0, 1) };
    const doc = index.docs.findIndex((d) => d.text.length > 0);
    expect(docStems({ ...index, words }, doc)).toEqual(tokenStems(index.docs[doc]?.text ?? ''));
  });
});
