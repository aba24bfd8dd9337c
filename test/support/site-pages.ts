/**
 * Builds HTML pages in the layouts of the sites that carry the series, around the text of a chapter copy, for the
 * importer's tests: each page has the site's navigation, header, footer, share bar and scripts around the
 * report, so a test can check that only the report comes out.
 */
import { parseHeading } from '../../src/report/parse-heading.js';
import { parseTitle } from '../../src/report/parse-title.js';

export const SITE_PAGE_LAYOUTS = [
  'stategov-current',
  'stategov-old',
  'refworld-legacy',
  'refworld-current',
  'ecoi',
] as const;
export type SitePageLayout = (typeof SITE_PAGE_LAYOUTS)[number];

/** Words that only the page furniture carries: none may reach the imported text. */
export const FURNITURE_WORDS = [
  'Subscribe to updates',
  'Privacy Policy',
  'window.dataLayer',
  'Skip navigation menu',
  'Share this report on',
];

const HEADER_FIELD = /^(Publisher|Publication Date|Cite as|Author)\s+(.+)$/;
const BULLET = /^[•▪◦·*–]\s+|^-\s+/;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Wraps a long paragraph over several source lines, as page sources do. */
function wrapSource(text: string): string {
  return escapeHtml(text).replace(/(.{70,90}?) /g, '$1\n      ');
}

/** The copy's lines with hard-wrapped sentences ("…notification for / goods or services…") put back together. */
function joinWrapped(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    const last = joined.at(-1);
    if (last !== undefined && last !== '' && line !== '' && /^\p{Ll}/u.test(line) && !/[.!?:]["”’)]?$/.test(last)) {
      joined[joined.length - 1] = `${last} ${line}`;
    } else joined.push(line);
  }
  return joined;
}

function renderBody(lines: readonly string[], layout: SitePageLayout): { title: string; body: string } {
  let title = '';
  const parts: string[] = [];
  const fields: string[] = [];
  let list: string[] = [];
  const closeList = (): void => {
    if (list.length > 0) parts.push(`<ul>\n${list.join('\n')}\n</ul>`);
    list = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (title === '' && parseTitle(line) !== null) {
      title = line;
      continue;
    }
    const field = HEADER_FIELD.exec(line);
    if (field && layout === 'refworld-legacy') {
      fields.push(
        `<tr><td class="label">${escapeHtml(field[1] ?? '')}</td><td>${escapeHtml(field[2] ?? '')}</td></tr>`,
      );
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      list.push(`  <li>${wrapSource(line.slice(bullet[0].length))}</li>`);
      continue;
    }
    closeList();
    const heading = parseHeading(line);
    if (heading !== null && heading.rest !== '' && line.startsWith(heading.heading)) {
      const rest = line.slice(heading.heading.length);
      const colon = /^:?\s*/.exec(rest)?.[0] ?? '';
      parts.push(
        `<p><strong>${escapeHtml(heading.heading + colon.trim())}</strong> ${wrapSource(rest.slice(colon.length))}</p>`,
      );
    } else if (line.split(/\s+/).length <= 8 && !/[.!?:;,]$/.test(line)) {
      parts.push(`<h3>${escapeHtml(line)}</h3>`);
    } else {
      parts.push(`<p>\n      ${wrapSource(line)}\n    </p>`);
    }
  }
  closeList();
  if (fields.length > 0) parts.unshift(`<table class="metadata">\n${fields.join('\n')}\n</table>`);
  return { title, body: parts.join('\n    ') };
}

const NAV = `<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/reports">Reports</a></li>
  <li><a href="/subscribe">Subscribe to updates</a></li></ul></nav>`;
const SCRIPT = `<script>window.dataLayer = window.dataLayer || []; var s = "Overview: not report text";</script>
  <style>.report p { margin: 0 }</style>`;
const SHARE = '<div class="share-bar"><a href="#">Share this report on</a> <a href="#">Email</a></div>';

/**
 * A page of the given site layout around a chapter copy's text (its `#source:` line, if any, is dropped).
 *
 * @param copy - a chapter copy as in test/fixtures/crt (first line may be `#source:`)
 * @param layout - which site and generation of its layout
 * @param url - the page's address, written as its canonical link when given
 */
export function buildSitePage(copy: string, layout: SitePageLayout, url?: string): string {
  const lines = copy
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => !/^#\s*source\s*:/i.test(line));
  const { title, body } = renderBody(joinWrapped(lines), layout);
  const head = `<head><meta charset="utf-8"><title>${escapeHtml(title || 'Report')}</title>${
    url ? `<link rel="canonical" href="${url}">` : ''
  }${SCRIPT}</head>`;
  const footer = '<p>Privacy Policy | Accessibility | Copyright Information</p>';
  const h1 = title ? `<h1>${escapeHtml(title)}</h1>` : '';
  switch (layout) {
    case 'stategov-current':
      return `<!DOCTYPE html><html lang="en">${head}<body>
<a class="skip-link" href="#main">Skip navigation menu</a>
<header class="site-header">${NAV}</header>
<main id="main"><div class="report__header">${h1}</div>
  <div class="entry-content report__content">
    ${body}
  </div>${SHARE}
</main>
<footer class="site-footer">${footer}</footer>${SCRIPT}</body></html>`;
    case 'stategov-old':
      return `<html><head><title>${escapeHtml(title)}</title>${SCRIPT}</head><body>
<div id="header"><a href="#skip">Skip navigation menu</a><img src="seal.gif" alt="Great Seal"></div>
<div id="left-nav"><ul class="nav-list"><li><a href="/j/ct/">Counterterrorism</a></li><li><a href="/subscribe">Subscribe to updates</a></li></ul></div>
<div id="centerblock">
  ${h1.replace(/h1>/g, 'h2>')}
  ${body}
  ${SHARE}
</div>
<div id="footer">${footer}</div></body></html>`;
    case 'refworld-legacy':
      return `<html>${head}<body><div id="top">${NAV}</div>
<table><tr><td id="sidebar"><ul><li>Search Refworld</li><li>Subscribe to updates</li></ul></td><td>
<div id="docMain">
  ${h1}
  ${body}
</div></td></tr></table>
<div id="footer">${footer}</div></body></html>`;
    case 'refworld-current':
      return `<!DOCTYPE html><html>${head}<body>${NAV}
<article class="c-document"><h1 class="c-document__title">${escapeHtml(title)}</h1>
  <aside class="c-document__meta">Document source: USDOS. Subscribe to updates</aside>
  <div class="c-document__body field--name-body">
    ${body}
  </div>${SHARE}
</article><footer>${footer}</footer></body></html>`;
    case 'ecoi':
      return `<!DOCTYPE html><html>${head}<body><header>${NAV}</header>
<div class="container"><h1>${escapeHtml(title)}</h1>
  <dl class="document-metadata"><dt>Source</dt><dd>USDOS</dd><dt>Subscribe to updates</dt></dl>
  <div class="document-content">
    ${body}
  </div>
</div><footer>${footer}</footer>${SCRIPT}</body></html>`;
  }
}
