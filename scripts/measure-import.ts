/**
 * Measures the importer on this machine, with no network: the yearly-report PDF split (a 100+ page PDF built from
 * the real chapter texts of test/fixtures: time, pages/s, chapters found, words kept) and HTML parity (every
 * fixture copy in every site layout: how many give the same passages as the text copy). `npm run bench:import`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadPdfText } from '../src/import/load-pdf-text.js';
import { parseHtmlPage } from '../src/import/parse-html-page.js';
import { splitChapterTexts } from '../src/import/split-chapter-texts.js';
import { decodeReportText } from '../src/report/decode-report-text.js';
import { parseReports } from '../src/report/parse-report.js';
import { countWords, loadPdfChapters, reportParagraphs, wordsKept } from '../test/support/pdf-chapters.js';
import { buildSitePage, SITE_PAGE_LAYOUTS } from '../test/support/site-pages.js';
import { buildYearlyPdf, runningHeader } from '../test/support/yearly-pdf.js';

const RUNS = 3;
const out = (line: string) => process.stdout.write(`${line}\n`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

// PDF
const chapters = loadPdfChapters();
const pdf = await buildYearlyPdf(chapters, 2011);
const times: number[] = [];
const readTimes: number[] = [];
let found: ReturnType<typeof splitChapterTexts> = { chapters: [], problems: [] };
for (let run = 0; run < RUNS; run += 1) {
  const start = performance.now();
  const layout = await loadPdfText(pdf.bytes);
  readTimes.push(performance.now() - start);
  found = splitChapterTexts(layout.text, { year: layout.year, sourceUrl: 'https://example.org/crt2011.pdf' });
  times.push(performance.now() - start);
}
const want = countWords(chapters.flatMap((chapter) => chapter.paragraphs));
const got = countWords(
  found.chapters.flatMap((chapter) => parseReports(chapter.text).reports.flatMap(reportParagraphs)),
);
const exact = JSON.stringify(found.chapters.map((c) => c.country)) === JSON.stringify(chapters.map((c) => c.country));
const headerLeft = found.chapters.filter((chapter) =>
  chapter.text.split('\n').slice(4).join('\n').includes(runningHeader(2011)),
).length;
out(`PDF: ${pdf.pages} pages, ${chapters.length} chapters, ${pdf.hyphenated} words hyphenated at line ends`);
out(
  `  split into ${found.chapters.length} chapters (${exact ? 'exactly the chapters, in order' : 'NOT the chapters'}), running header left in ${headerLeft}`,
);
out(
  `  words kept ${(wordsKept(want, got) * 100).toFixed(2)}%, words added ${((1 - wordsKept(got, want)) * 100).toFixed(2)}%`,
);
out(
  `  import time (read + lay out + split): first ${times[0]?.toFixed(0)} ms, median of ${RUNS} ${median(times).toFixed(0)} ms, ${(pdf.pages / (median(times) / 1000)).toFixed(0)} pages/s (reading and laying out the text: median ${median(readTimes).toFixed(0)} ms)`,
);

// HTML
const passages = (text: string) =>
  JSON.stringify(
    parseReports(text).reports.map((r) => r.sections.flatMap((s) => s.passages.map((p) => `${s.heading}|${p.text}`))),
  );
const perLayout = new Map<string, { same: number; total: number }>();
const tally = (layout: string, same: boolean): void => {
  const entry = perLayout.get(layout) ?? { same: 0, total: 0 };
  entry.total += 1;
  if (same) entry.same += 1;
  perLayout.set(layout, entry);
};
const chapterPassages = (text: string, sourceUrl: string | null): string => {
  try {
    const split = splitChapterTexts(text, { sourceUrl });
    return JSON.stringify(split.chapters.flatMap((chapter) => JSON.parse(passages(chapter.text)) as string[][]));
  } catch {
    return '';
  }
};
const htmlTimes: number[] = [];
let skipped = 0;
for (const dir of ['test/fixtures/crt', 'test/fixtures/crt-extra', 'data']) {
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt'))) {
    const copy = decodeReportText(readFileSync(`${dir}/${name}`));
    const url = /^#source:\s*(\S+)/m.exec(copy)?.[1] ?? null;
    const reference = passages(copy);
    if (parseReports(copy).reports.some((report) => report.year === null)) {
      skipped += 1;
      continue;
    }
    for (const layout of SITE_PAGE_LAYOUTS) {
      const html = buildSitePage(copy, layout, url ?? undefined);
      const start = performance.now();
      const page = parseHtmlPage(html, url);
      const split = splitChapterTexts(page.text, { sourceUrl: page.url });
      htmlTimes.push(performance.now() - start);
      const result = JSON.stringify(
        split.chapters.flatMap((chapter) => JSON.parse(passages(chapter.text)) as string[][]),
      );
      tally(layout, result === reference);
      // The same page from a site the importer does not know: the reader-view fallback finds the text.
      const unknown = html.replace(
        /class="(?:entry-content report__content|c-document__body field--name-body|document-content)"|id="(?:docMain|centerblock)"/g,
        '',
      );
      const fallback = parseHtmlPage(unknown, 'https://example.org/page.html');
      tally('unknown site (fallback)', chapterPassages(fallback.text, fallback.url) === reference);
      // Baseline: the page's HTML given to the parser as it is (its own tag stripping, no content selection).
      let raw = '';
      try {
        raw = passages(url ? `#source: ${url}\n${html}` : html);
      } catch {
        raw = '';
      }
      tally('baseline: raw HTML to the parser', raw === reference);
    }
  }
}
const all = [...perLayout]
  .filter(([layout]) => (SITE_PAGE_LAYOUTS as readonly string[]).includes(layout))
  .map(([, e]) => e)
  .reduce((sum, e) => ({ same: sum.same + e.same, total: sum.total + e.total }), { same: 0, total: 0 });
out(
  `HTML parity: ${all.same}/${all.total} pages give the same passages as the text copy (${skipped} copies without a year left out)`,
);
for (const [layout, entry] of perLayout) out(`  ${layout}: ${entry.same}/${entry.total}`);
out(`  page → chapter texts: median ${median(htmlTimes).toFixed(1)} ms per page`);
