import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildSitePage,
  FURNITURE_WORDS,
  SITE_PAGE_LAYOUTS,
  type SitePageLayout,
} from '../../test/support/site-pages.js';
import { decodeReportText } from '../report/decode-report-text.js';
import { parseReports } from '../report/parse-report.js';
import { parseHtmlPage } from './parse-html-page.js';
import { splitChapterTexts } from './split-chapter-texts.js';

const read = (file: string): string => decodeReportText(readFileSync(file));
const sourceOf = (copy: string): string | undefined => /^#source:\s*(\S+)/m.exec(copy)?.[1];

/** Each report's section headings and passages, as the project's parser reads a text. */
function passagesOf(text: string): Array<{ country: string; year: number | null; passages: string[] }> {
  return parseReports(text).reports.map((report) => ({
    country: report.country,
    year: report.year,
    passages: report.sections.flatMap((section) =>
      section.passages.map((passage) => `${section.heading} | ${passage.text}`),
    ),
  }));
}

/** HTML page → text → chapter files → parser, the importer's whole path for a page. */
function importPage(html: string, url?: string) {
  const page = parseHtmlPage(html, url ?? null);
  const split = splitChapterTexts(page.text, { sourceUrl: page.url });
  return { page, split, reports: split.chapters.flatMap((chapter) => passagesOf(chapter.text)) };
}

// Copies of chapters in each site's own layout, and chapters from the other sites in that layout too.
const CASES: ReadonlyArray<[SitePageLayout, string]> = [
  ['stategov-current', 'test/fixtures/crt/crt-2021-mali-stategov.txt'],
  ['stategov-current', 'test/fixtures/crt/crt-2019-colombia-stategov.txt'],
  ['stategov-current', 'test/fixtures/crt/crt-2022-united-kingdom-stategov.txt'],
  ['stategov-old', 'test/fixtures/crt/crt-2011-europe-stategov.txt'],
  ['stategov-old', 'test/fixtures/crt/crt-2008-state-sponsors-stategov.txt'],
  ['stategov-old', 'test/fixtures/crt/crt-2007-east-asia-pacific-stategov.txt'],
  ['refworld-legacy', 'data/crt-2011-kazakhstan.txt'],
  ['refworld-legacy', 'test/fixtures/crt/crt-2010-algeria-refworld-legacy.txt'],
  ['refworld-legacy', 'test/fixtures/crt/crt-2009-afghanistan-refworld-pipe.txt'],
  ['refworld-current', 'test/fixtures/crt-extra/crt-2019-mali-refworld-new.txt'],
  ['refworld-current', 'test/fixtures/crt/crt-2007-afghanistan-refworld-new.txt'],
  ['refworld-current', 'test/fixtures/crt/crt-2014-tunisia-other.txt'],
  ['ecoi', 'test/fixtures/crt/crt-2017-kenya-other.txt'],
  ['ecoi', 'test/fixtures/crt-extra/crt-2019-albania-ecoi.txt'],
  ['ecoi', 'test/fixtures/crt/crt-2020-germany-other.txt'],
];

const LAYOUT_SITE: Record<SitePageLayout, string> = {
  'stategov-current': 'state.gov',
  'stategov-old': 'state.gov',
  'refworld-legacy': 'refworld',
  'refworld-current': 'refworld',
  ecoi: 'ecoi.net',
};

describe('parseHtmlPage', () => {
  it.each(CASES)('gives a %s page of %s the same passages as its text copy', (layout, file) => {
    const copy = read(file);
    const url = sourceOf(copy);
    const { page, split, reports } = importPage(buildSitePage(copy, layout, url), url);
    expect(page.layout).toBe(LAYOUT_SITE[layout]);
    expect(split.problems).toEqual([]);
    expect(reports).toEqual(passagesOf(copy));
  });

  it.each(SITE_PAGE_LAYOUTS)('leaves out the navigation, footer, share bar and scripts of a %s page', (layout) => {
    const { page } = importPage(buildSitePage(read('data/crt-2011-kazakhstan.txt'), layout));
    for (const words of FURNITURE_WORDS) expect(page.text).not.toContain(words);
    expect(page.text).not.toContain('Overview: not report text');
    expect(page.text).toContain('Overview: In the wake of violent incidents');
  });

  it('keeps headings, paragraphs and list items on their own lines', () => {
    const html = `<html><body><div class="entry-content"><h2>2011 Terrorist Incidents</h2>
      <p>Incidents included a bombing in <em>Atyrau</em> and   a shooting in
      Taraz, the longest of a run of attacks in the country this year.</p>
      <ul><li>On October 31, two explosions in Atyrau.</li><li>On November 12, a shooting in Taraz.</li></ul></div></body></html>`;
    expect(parseHtmlPage(html, 'https://www.state.gov/x').text).toBe(
      '2011 Terrorist Incidents\n\nIncidents included a bombing in Atyrau and a shooting in Taraz, the longest of a run of attacks in the country this year.\n\n• On October 31, two explosions in Atyrau.\n\n• On November 12, a shooting in Taraz.',
    );
  });

  it("takes the page's title from its first h1 outside the header, else from <title>", () => {
    const body =
      '<div class="entry-content"><p>Overview: Mali saw attacks by JNIM and ISIS-Sahel across the center and the north of the country in 2021.</p></div>';
    const withH1 = `<html><body><header><h1>U.S. Department of State</h1></header><h1>Mali</h1>${body}</body></html>`;
    expect(parseHtmlPage(withH1, 'https://www.state.gov/x').text.split('\n')[0]).toBe('Mali');
    const titleOnly = `<html><head><title>Country Reports on Terrorism 2021: Mali - United States Department of State</title></head><body>${body}</body></html>`;
    expect(parseHtmlPage(titleOnly, 'https://www.state.gov/x').text.split('\n')[0]).toBe(
      'Country Reports on Terrorism 2021: Mali',
    );
  });

  it('reads the address of a saved page from its canonical link or the browser\'s "saved from" note', () => {
    const copy = read('test/fixtures/crt/crt-2017-kenya-other.txt');
    const url = 'https://www.ecoi.net/en/document/1444839.html';
    expect(parseHtmlPage(buildSitePage(copy, 'ecoi', url)).url).toBe(url);
    const saved = `<!-- saved from url=(0046)${url} -->\n${buildSitePage(copy, 'ecoi')}`;
    expect(parseHtmlPage(saved)).toMatchObject({ url, layout: 'ecoi.net' });
  });
});

describe('splitChapterTexts', () => {
  it('gives one file per chapter of a page with several chapters, each read back as that chapter', () => {
    const copy = read('test/fixtures/crt/crt-2013-state-sponsors-stategov.txt');
    const url = sourceOf(copy);
    const { split, reports } = importPage(buildSitePage(copy, 'stategov-old', url), url);
    expect(split.chapters.map((chapter) => [chapter.country, chapter.year])).toEqual([
      ['State Sponsors of Terrorism', 2013],
      ['Cuba', 2013],
    ]);
    expect(reports).toEqual(passagesOf(copy));
    expect(split.chapters.map((chapter) => chapter.text.split('\n').slice(0, 3))).toEqual([
      [`#source: ${url}`, '#country: State Sponsors of Terrorism', '#year: 2013'],
      [`#source: ${url}`, '#country: Cuba', '#year: 2013'],
    ]);
  });

  it('writes the header lines the loader reads: source, country, year', () => {
    const { chapters } = splitChapterTexts(read('data/crt-2011-kazakhstan.txt'), {
      sourceUrl: 'https://www.refworld.org/docid/501fbcb2c.html',
    });
    expect(chapters).toHaveLength(1);
    const [report] = parseReports(chapters[0]?.text ?? '').reports;
    expect(report).toMatchObject({
      id: 'crt-2011-kazakhstan',
      country: 'Kazakhstan',
      year: 2011,
      sourceUrl: 'https://www.refworld.org/docid/501fbcb2c.html',
      publicationDate: '2012-07-31',
    });
  });

  describe('edge cases', () => {
    it('skips a chapter whose year it cannot tell, with a message, unless given one', () => {
      const copy = read('test/fixtures/crt/crt-2012-uzbekistan-other.txt');
      const without = splitChapterTexts(copy, { label: 'uzbekistan.html' });
      expect(without.chapters).toEqual([]);
      expect(without.problems).toHaveLength(1);
      expect(without.problems[0]).toContain('uzbekistan.html: cannot tell the year of the Uzbekistan chapter');
      expect(splitChapterTexts(copy, { year: 2012 }).chapters.map((chapter) => chapter.year)).toEqual([2012]);
    });

    it("takes an unknown site's page by its densest block of paragraphs", () => {
      const copy = read('test/fixtures/crt/crt-2017-kenya-other.txt');
      const html = buildSitePage(copy, 'ecoi').replace('class="document-content"', 'class="article-text"');
      const { page, reports } = importPage(html, 'https://example.org/kenya.html');
      expect(page.layout).toBe('fallback');
      expect(reports).toEqual(passagesOf(copy));
    });
  });
});
