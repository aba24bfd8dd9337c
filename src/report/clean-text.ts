import { joinBrokenLines } from './join-broken-lines.js';

const NAMED_ENTITIES: Readonly<Record<string, string>> = Object.freeze({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  hellip: '…',
  bull: '•',
  middot: '·',
  shy: '',
  zwnj: '',
  zwj: '',
  laquo: '«',
  raquo: '»',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  Eacute: 'É',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  sect: '§',
  para: '¶',
});

// Tags that only style words. PDF copies wrap letter pairs in them ("Legislati<strong>on</strong>"),
// so they are removed with no space, which glues the word back together.
const INLINE_TAGS =
  /<\/?(?:strong|b|em|i|u|span|font|a|sup|sub|small|big|mark|abbr|cite|code|s|strike|ins|del)\b[^<>]*>/gi;
const DROPPED_ELEMENTS = /<(script|style|noscript|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const LIST_ITEM = /<li\b[^<>]*>/gi;
const BLOCK_TAGS =
  /<\/?(?:p|div|h[1-6]|ul|ol|li|table|thead|tbody|tr|td|th|section|article|header|footer|nav|blockquote|dl|dt|dd|pre|hr|main|aside|figure|figcaption)\b[^<>]*>/gi;
const TITLE_WORDS = ' Country Reports on Terrorism ';

/** Drops each "<page> Country Reports on Terrorism <year>" standing between two words (looked up by the title). */
function dropPageFooters(text: string): string {
  let out = '';
  let from = 0;
  for (let at = text.indexOf(TITLE_WORDS); at >= 0; at = text.indexOf(TITLE_WORDS, at + 1)) {
    const page = /(?<=\S) \d{1,3}$/.exec(text.slice(Math.max(from, at - 5), at));
    const year = /^(?:19|20)\d\d(?= \S)/.exec(text.slice(at + TITLE_WORDS.length, at + TITLE_WORDS.length + 6));
    if (!page || !year) continue;
    const start = at - page[0].length;
    out += text.slice(from, start);
    from = at + TITLE_WORDS.length + year[0].length;
  }
  return out + text.slice(from);
}
const ANY_TAG = /<\/?[a-z][a-z0-9]*\b[^<>]*>|<!--[\s\S]*?-->/gi;

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (entity, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[body] ?? entity;
  });
}

/**
 * Normalizes a copied report page to plain lines: CRLF and CR become `\n`; HTML tags go (style tags
 * with no space, block tags as line breaks, `<li>` as a bullet); PDF lines broken by `<br />` are
 * joined back into paragraphs; entities are decoded; non-breaking, zero-width and soft-hyphen
 * characters and tabs become plain spaces or nothing; ligatures (`ﬁ`) become their letters; each line is trimmed.
 * The words themselves are kept exactly.
 *
 * @param text - the raw page text
 * @returns the cleaned text, one paragraph or header field per line
 *
 * @example
 * cleanText('Legislati<strong>on</strong>, Law Enforcement,\u00a0and Border Security:\r\n');
 * // 'Legislation, Law Enforcement, and Border Security:'
 */
export function cleanText(text: string): string {
  let out = text.replace(/\r\n?/g, '\n').replace(/\f/g, '\n\n');
  // Tags start with "<" and entities with "&": a plain-text copy has neither and skips their passes.
  const tagged = out.includes('<');
  const entities = out.includes('&');
  if (tagged) out = out.replace(DROPPED_ELEMENTS, '').replace(INLINE_TAGS, '');
  if (entities) out = out.replace(/&nbsp;|&#160;|&#xa0;/gi, ' ');
  out = out.replace(/\u00a0/g, ' ');
  out = joinBrokenLines(out);
  // A PDF page's running footer joined into a sentence: "destroyed at least seven 28 Country Reports on Terrorism 2012
  // of Timbuktu's mausoleums" (the page number, then the series' title).
  if (out.includes(TITLE_WORDS)) out = dropPageFooters(out);
  if (tagged) out = out.replace(LIST_ITEM, '\n• ').replace(BLOCK_TAGS, '\n').replace(ANY_TAG, '');
  if (entities) out = decodeEntities(out);
  out = out
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\v]/g, ' ')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    // A PDF copy's ligatures ("ofﬁcers", "ﬂed") written as their letters.
    .replace(/[\ufb00-\ufb06]/g, (ligature) => ligature.normalize('NFKC'));
  return out
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
