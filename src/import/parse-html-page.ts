import { type CheerioAPI, load } from 'cheerio';
import { type AnyNode, type Element, isTag } from 'domhandler';
import { SITE_LAYOUTS, type SiteLayout } from './site-layouts.js';

/** The report text of a page, and what the page says about itself. */
export interface HtmlPage {
  /** Paragraphs and headings on their own lines, blank lines between, list items as `• `. */
  text: string;
  /** The page's address: the one given, else its canonical link, `og:url` or the browser's "saved from" note. */
  url: string | null;
  /** The layout that matched (`state.gov`, `refworld`, `ecoi.net`), or `fallback`. */
  layout: string;
}

// Never report text, wherever they sit.
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'form',
  'button',
  'select',
  'input',
  'textarea',
  'nav',
  'header',
  'footer',
  'aside',
  'head',
  'menu',
  'dialog',
  'img',
  'video',
  'audio',
  'object',
]);
// Page furniture inside a content block: share bars, breadcrumbs, menus, "related" boxes.
const SKIPPED_CLASS =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|share|sharing|social|sidebar|skip-link|cookie|related|print-link|sr-only|visually-hidden)(?:$|[\s_-])/i;
const SKIPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menu', 'complementary']);
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'address',
  'center',
]);
const MIN_CONTENT_CHARS = 200;

/** Collects text as lines: a block boundary leaves a blank line, `<br>` a line break. */
class TextLines {
  private readonly lines: string[] = [];
  private current = '';

  text(value: string): void {
    const collapsed = value.replace(/[\s\u00a0]+/g, ' ');
    if (this.current === '' || this.current.endsWith(' ')) this.current += collapsed.replace(/^ /, '');
    else this.current += collapsed;
  }

  lineBreak(): void {
    const line = this.current.trim();
    if (line !== '') this.lines.push(line);
    this.current = '';
  }

  block(): void {
    this.lineBreak();
    if (this.lines.length > 0 && this.lines.at(-1) !== '') this.lines.push('');
  }

  toString(): string {
    this.block();
    return this.lines.join('\n').trim();
  }
}

function isSkipped(node: AnyNode): boolean {
  if (!isTag(node)) return false;
  const element = node;
  if (SKIPPED_TAGS.has(element.tagName)) return true;
  const { class: className = '', id = '', role = '', hidden, 'aria-hidden': ariaHidden } = element.attribs;
  if (hidden !== undefined || ariaHidden === 'true' || SKIPPED_ROLES.has(role)) return true;
  return SKIPPED_CLASS.test(className) || SKIPPED_CLASS.test(id);
}

function renderNode(node: AnyNode, out: TextLines): void {
  if (node.type === 'text') {
    out.text(node.data);
    return;
  }
  if (!isTag(node) || isSkipped(node)) return;
  const element = node;
  const tag = element.tagName;
  if (tag === 'br') {
    out.lineBreak();
    return;
  }
  if (tag === 'li') {
    out.block();
    out.text('• ');
    for (const child of element.children) renderNode(child, out);
    out.block();
    return;
  }
  if (tag === 'td' || tag === 'th') {
    for (const child of element.children) renderNode(child, out);
    out.text(' ');
    return;
  }
  const block = BLOCK_TAGS.has(tag);
  if (block) out.block();
  for (const child of element.children) renderNode(child, out);
  if (block) out.block();
}

function textLength($: CheerioAPI, element: AnyNode): number {
  return $(element).text().replace(/\s+/g, ' ').trim().length;
}

/** The container of the report text: the site's own selector, else the block with the most paragraph text. */
function findContent($: CheerioAPI, layouts: readonly SiteLayout[]): { root: Element; layout: string } | null {
  for (const layout of layouts) {
    for (const selector of layout.selectors) {
      const found = $(selector)
        .toArray()
        .find((element): element is Element => isTag(element) && textLength($, element) >= MIN_CONTENT_CHARS);
      if (found) return { root: found, layout: layout.name };
    }
  }
  // Fallback, in the spirit of reader views: score each block by the text of its own paragraphs.
  let best: { root: Element; score: number } | null = null;
  for (const element of $('body div, body article, body main, body section, body td').toArray()) {
    if (isSkipped(element) || $(element).parents().toArray().some(isSkipped)) continue;
    let score = 0;
    for (const child of element.children) {
      if (child.type !== 'tag') continue;
      if (child.tagName === 'p' || child.tagName === 'ul' || child.tagName === 'ol' || /^h[1-6]$/.test(child.tagName)) {
        score += textLength($, child);
      }
    }
    if (isTag(element) && (best === null || score > best.score)) best = { root: element, score };
  }
  if (best !== null && best.score >= MIN_CONTENT_CHARS) return { root: best.root, layout: 'fallback' };
  const body = $('body').get(0);
  return body ? { root: body, layout: 'fallback' } : null;
}

function findUrl($: CheerioAPI, html: string): string | null {
  const candidates = [
    $('link[rel="canonical"]').attr('href'),
    $('meta[property="og:url"]').attr('content'),
    /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html)?.[1],
  ];
  return candidates.find((value): value is string => value !== undefined && /^https?:\/\//i.test(value)) ?? null;
}

function layoutsFor(url: string | null): SiteLayout[] {
  let host = '';
  try {
    host = url ? new URL(url).hostname : '';
  } catch {
    host = '';
  }
  // The site's own layout first; the others after it, for a saved page that names no address.
  const own = SITE_LAYOUTS.filter((layout) => layout.hosts.test(host));
  return [...own, ...SITE_LAYOUTS.filter((layout) => !own.includes(layout))];
}

/**
 * Turns a saved or fetched page of the series (state.gov, Refworld, ecoi.net, old and current layouts) into its
 * report text: the content block only, with paragraphs, headings and list items on their own lines; navigation,
 * footers, share bars and scripts left out. The page's title goes on top when the content block lacks it, as the
 * parser reads the country and year from it.
 *
 * @param html - the page's HTML
 * @param url - the address it came from, if known
 * @returns the text, the page's address and the layout that matched
 *
 * @example
 * parseHtmlPage('<html><body><nav>Home</nav><div id="docMain"><h1>Country Reports on Terrorism 2011 - Kazakhstan</h1><p>Overview: …</p></div></body></html>');
 * // { text: 'Country Reports on Terrorism 2011 - Kazakhstan\n\nOverview: …', url: null, layout: 'refworld' }
 */
export function parseHtmlPage(html: string, url: string | null = null): HtmlPage {
  const $ = load(html);
  const pageUrl = url ?? findUrl($, html);
  const layouts = layoutsFor(pageUrl);
  const content = findContent($, layouts);
  const out = new TextLines();
  if (content !== null) {
    // The page's title: its first h1 outside the site's header and navigation (a logo's h1 does not count).
    const headingNode = $('h1')
      .toArray()
      .find((node) => !$(node).parents().toArray().some(isSkipped) && $(node).text().trim() !== '');
    const inside = headingNode !== undefined && $(content.root).find(headingNode).length > 0;
    if (headingNode !== undefined && !inside) {
      renderNode(headingNode, out);
    } else if (headingNode === undefined) {
      const ownLayout = layouts[0];
      const title = $('title').first().text().replace(/\s+/g, ' ').trim();
      if (title !== '') out.text(ownLayout ? title.replace(ownLayout.titleSuffix, '') : title);
    }
    out.block();
    renderNode(content.root, out);
  }
  return { text: out.toString(), url: pageUrl, layout: content?.layout ?? 'fallback' };
}
