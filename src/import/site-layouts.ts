/**
 * Where the report text sits on each site that carries the series, old and current layouts. The first selector
 * that holds enough text wins; a page of an unknown layout falls back to the block with the most paragraph text.
 */
export interface SiteLayout {
  name: string;
  /** Host names of the site and of its archived copies (`2009-2017.state.gov`, `webarchive.archive.unhcr.org`). */
  hosts: RegExp;
  /** Containers of the report text, most specific first. */
  selectors: readonly string[];
  /** What the site appends to a page's `<title>` (`Mali - United States Department of State`). */
  titleSuffix: RegExp;
}

export const SITE_LAYOUTS: readonly SiteLayout[] = Object.freeze([
  {
    name: 'state.gov',
    hosts: /(?:^|\.)state\.gov$|webarchive\.library\.unt\.edu$/i,
    // Current (WordPress, 2017 on): .report__content / .entry-content; old (2001-2017): #centerblock,
    // #tier3-landing-content.
    selectors: ['.report__content', '.entry-content', '#centerblock', '#tier3-landing-content', '#content-main'],
    titleSuffix: /\s*[-–|]\s*(?:United States Department of State|U\.S\. Department of State)\s*$/i,
  },
  {
    name: 'refworld',
    hosts: /(?:^|\.)refworld\.org$|webarchive\.archive\.unhcr\.org$/i,
    // Legacy (until 2023): #docMain / #fulltext under the header table; current: the document body field.
    selectors: ['#docMain', '#fulltext', '.c-document__body', '.field--name-body', '[itemprop="articleBody"]'],
    titleSuffix: /\s*[-–|]\s*Refworld\s*$/i,
  },
  {
    name: 'ecoi.net',
    hosts: /(?:^|\.)ecoi\.net$/i,
    selectors: ['.document-content', '#document-content', '.document-text'],
    titleSuffix: /\s*[-–|]\s*ecoi\.net\s*$/i,
  },
]);
