import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoopbackServer, startLoopbackServer } from '../../test/support/loopback-server.js';
import { loadPdfChapters } from '../../test/support/pdf-chapters.js';
import { buildSitePage } from '../../test/support/site-pages.js';
import { buildYearlyPdf } from '../../test/support/yearly-pdf.js';
import { loadCorpus } from '../corpus/load-corpus.js';
import { importSources } from './import-sources.js';
import { HTTP_NOT_FOUND, IMPORT_SUMMARY, NO_CHAPTERS } from './messages.js';

const fixture = (file: string): string => readFileSync(file, 'utf8');
const MALI = '/reports/country-reports-on-terrorism-2021/mali/';
const SPONSORS = '/j/ct/rls/crt/2013/224826.htm';
const PDF = '/documents/crt2011.pdf';

let server: LoopbackServer;
let dir: string;
const fast = { timeoutMs: 5000, retries: 2, backoffMs: 10, sleep: async () => undefined };

beforeAll(async () => {
  const pdf = await buildYearlyPdf(loadPdfChapters().slice(0, 3), 2011);
  const mali = fixture('test/fixtures/crt/crt-2021-mali-stategov.txt');
  const sponsors = fixture('test/fixtures/crt/crt-2013-state-sponsors-stategov.txt');
  server = await startLoopbackServer({
    [MALI]: (_request, response, hit) => {
      if (hit === 1) response.writeHead(429, { 'retry-after': '1' }).end();
      else
        response
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(buildSitePage(mali, 'stategov-current'));
    },
    [SPONSORS]: (_request, response) =>
      void response.writeHead(200, { 'content-type': 'text/html' }).end(buildSitePage(sponsors, 'stategov-old')),
    [PDF]: (_request, response) =>
      void setTimeout(
        () => response.writeHead(200, { 'content-type': 'application/pdf' }).end(Buffer.from(pdf.bytes)),
        20,
      ),
    '/not-a-report': (_request, response) =>
      void response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<html><body><p>Welcome to our shop.</p></body></html>'),
  });
  dir = await mkdtemp(path.join(tmpdir(), 'reportdesk-import-'));
}, 30_000);

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('importSources', () => {
  it('imports pages, a PDF and a saved file, two requests at most at once; a failing source does not stop the rest', async () => {
    const saved = path.join(dir, 'kenya.html');
    const kenya = fixture('test/fixtures/crt/crt-2017-kenya-other.txt');
    await writeFile(saved, buildSitePage(kenya, 'ecoi', 'https://www.ecoi.net/en/document/1444839.html'));
    const data = path.join(dir, 'data');
    const progress: number[] = [];
    const summary = await importSources(
      [
        `${server.url}${MALI}`,
        `${server.url}/gone`,
        `${server.url}${SPONSORS}`,
        `${server.url}${PDF}`,
        saved,
        `${server.url}/not-a-report`,
      ],
      { ...fast, dataDir: data, onProgress: (done) => progress.push(done) },
    );
    expect(summary.chapters.map((chapter) => [path.basename(chapter.file), chapter.outcome])).toEqual([
      ['crt-2021-mali.txt', 'written'],
      ['crt-2013-state-sponsors-of-terrorism.txt', 'written'],
      ['crt-2013-cuba.txt', 'written'],
      ['crt-2011-colombia.txt', 'written'],
      ['crt-2011-state-sponsors-of-terrorism.txt', 'written'],
      ['crt-2011-tajikistan.txt', 'written'],
      ['crt-2017-kenya.txt', 'written'],
    ]);
    expect(summary.failures).toEqual([
      { source: `${server.url}/gone`, message: HTTP_NOT_FOUND(`${server.url}/gone`) },
      { source: `${server.url}/not-a-report`, message: NO_CHAPTERS(`${server.url}/not-a-report`) },
    ]);
    expect(server.peak).toBeLessThanOrEqual(2);
    expect(progress).toEqual([1, 2, 3, 4, 5, 6]);

    // The loader reads every file as the chapter it is, with its source.
    const corpus = await loadCorpus(data);
    expect(corpus.errors).toEqual([]);
    expect(corpus.reports.map((report) => [report.id, report.sourceUrl])).toEqual([
      ['crt-2011-colombia', `${server.url}${PDF}`],
      ['crt-2011-state-sponsors-of-terrorism', `${server.url}${PDF}`],
      ['crt-2011-tajikistan', `${server.url}${PDF}`],
      ['crt-2013-cuba', `${server.url}${SPONSORS}`],
      ['crt-2013-state-sponsors-of-terrorism', `${server.url}${SPONSORS}`],
      ['crt-2017-kenya', 'https://www.ecoi.net/en/document/1444839.html'],
      ['crt-2021-mali', `${server.url}${MALI}`],
    ]);
  });

  it('is idempotent: importing the same sources again leaves the folder as it was', async () => {
    const data = path.join(dir, 'data');
    const before = (await readdir(data)).sort();
    const again = await importSources([`${server.url}${SPONSORS}`, `${server.url}${MALI}`], { ...fast, dataDir: data });
    expect(again.chapters.map((chapter) => chapter.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect((await readdir(data)).sort()).toEqual(before);
  });

  it('sums a run up in one line', () => {
    expect(
      IMPORT_SUMMARY({ written: 180, replaced: 7, unchanged: 0, kept: 0 }, ['a: not found (HTTP 404)', 'b: no answer']),
    ).toBe('imported 187 chapters (180 new, 7 replaced), 2 failed:\n  a: not found (HTTP 404)\n  b: no answer');
  });
});
