import { escapeRegExp } from '../../report/escape-regexp.js';
/**
 * Making text from a user or from a report safe to show in Slack mrkdwn.
 *
 * Slack's only control characters are `&`, `<` and `>`: `<!channel>` pings everyone and
 * `<https://evil.example|State Dept>` is a disguised link. Escaping the three characters defuses
 * every control sequence; `@here`-style words get a zero-width space so no client links them.
 */

const ZERO_WIDTH_SPACE = '\u200B';
/** Shown in place of `*` so a report's asterisk cannot open or close our bold. */
const ASTERISK_STANDIN = '\u2217';
export const ELLIPSIS = '…';
/** Bidirectional overrides and isolates: a report or query carrying one could flip how our reply displays. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Escapes `&`, `<`, `>` exactly once and defangs `@here`, `@channel`, `@everyone`.
 * @example escapeMrkdwn('<!channel> & @here') //=> '&lt;!channel&gt; &amp; @\u200Bhere'
 */
export function escapeMrkdwn(text: string): string {
  return text
    .replace(BIDI_CONTROLS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(here|channel|everyone)\b/gi, `@${ZERO_WIDTH_SPACE}$1`);
}

/**
 * Escapes text for mrkdwn and shows `*` as `∗`, so text from a report or a query can neither
 * open bold nor close the bold we put around matched words.
 * @example escapeMrkdwnText('a *b* & c') //=> 'a ∗b∗ &amp; c'
 */
export function escapeMrkdwnText(text: string): string {
  return escapeMrkdwn(text).replace(/\*/g, ASTERISK_STANDIN);
}

/** Undoes Slack's own escaping of incoming text (`&amp;` → `&`), once, so we escape once on output. */
export function decodeSlackEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Escapes `text` and puts each matched term in bold. Escaping comes first; the term search skips
 * entities, so a term such as `amp` never splits `&amp;`.
 * @example highlightTerms('Two explosions in Atyrau & Aktobe', ['Atyrau'])
 * //=> 'Two explosions in *Atyrau* &amp; Aktobe'
 */
export function highlightTerms(text: string, terms: readonly string[]): string {
  const escaped = escapeMrkdwnText(text);
  const words = [...new Set(terms.map((term) => escapeMrkdwnText(term.trim())).filter((term) => term.length > 0))]
    .sort((a, b) => b.length - a.length)
    .slice(0, 50);
  if (words.length === 0) return escaped;
  const pattern = new RegExp(
    `(&(?:amp|lt|gt);)|(?<![\\p{L}\\p{N}])(${words.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return escaped.replace(pattern, (match: string, entity: string | undefined) =>
    entity !== undefined ? match : `*${match}*`,
  );
}

/**
 * Cuts mrkdwn we built to at most `limit` characters, ending with `…` when cut. Never leaves half an
 * entity (`&am`), half a link (`<https://…`), an open bold `*`, or half a surrogate pair.
 * @example truncateMrkdwn('*Atyrau* explosions', 12) //=> '*Atyrau* ex…'
 */
export function truncateMrkdwn(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let cut = text.slice(0, Math.max(0, limit - ELLIPSIS.length));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const amp = cut.lastIndexOf('&');
  if (amp > cut.lastIndexOf(';')) cut = cut.slice(0, amp);
  const lt = cut.lastIndexOf('<');
  if (lt > cut.lastIndexOf('>')) cut = cut.slice(0, lt);
  // All `*` in our mrkdwn are our own bold markers (report text has them replaced), so an odd
  // count means the cut fell inside a bold run: drop its opening marker.
  if ((cut.match(/\*/g) ?? []).length % 2 === 1) {
    const open = cut.lastIndexOf('*');
    cut = cut.slice(0, open) + cut.slice(open + 1);
  }
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/**
 * Cuts plain text (header, button label) to `limit` characters, ending with `…` when cut.
 * @example truncatePlain('Countering Terrorist Finance', 10) //=> 'Countering…'
 */
export function truncatePlain(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let cut = text.slice(0, Math.max(0, limit - ELLIPSIS.length));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}${ELLIPSIS}`;
}

/** Plain text for a `plain_text` object: no escaping needed, but `@here` is still defanged. */
export function plainText(text: string, limit: number): string {
  return truncatePlain(text.replace(/@(here|channel|everyone)\b/gi, `@${ZERO_WIDTH_SPACE}$1`), limit);
}

/**
 * A mrkdwn link, only for http(s) URLs that cannot break out of `<…|…>`; otherwise null.
 * @example renderLink('https://www.refworld.org/docid/501fbc.html', 'source')
 * //=> '<https://www.refworld.org/docid/501fbc.html|source>'
 */
export function renderLink(url: string, label: string): string | null {
  if (!/^https?:\/\/[^\s<>|]+$/i.test(url)) return null;
  return `<${url.replace(/&/g, '&amp;')}|${escapeMrkdwnText(label)}>`;
}
