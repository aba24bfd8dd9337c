import { ELLIPSIS } from './mrkdwn.js';

/**
 * Splits escaped mrkdwn (without our own bold) into chunks of at most `limit` characters, at a
 * line break or space where one is near, never inside an entity such as `&amp;`.
 * @example splitMrkdwn('aaa bbb ccc', 7) //=> ['aaa bbb', 'ccc']
 */
export function splitMrkdwn(text: string, limit: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let cut = Math.max(rest.lastIndexOf('\n', limit), rest.lastIndexOf(' ', limit));
    if (cut < limit / 2) cut = limit;
    const amp = rest.lastIndexOf('&', cut);
    if (amp > rest.lastIndexOf(';', cut - 1) && amp > cut - 6) cut = amp;
    if (/[\uD800-\uDBFF]/.test(rest.charAt(cut - 1))) cut -= 1;
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) chunks.push(rest);
  return chunks.filter((chunk) => chunk.length > 0);
}

/**
 * Groups pieces of text into pages whose summed length stays within `budget`, keeping order.
 * @example pageTexts(['a', 'b', 'c'], 2) //=> [['a', 'b'], ['c']]
 */
export function pageTexts(pieces: readonly string[], budget: number, maxPerPage: number): string[][] {
  const pages: string[][] = [];
  let page: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    if (page.length > 0 && (size + piece.length > budget || page.length >= maxPerPage)) {
      pages.push(page);
      page = [];
      size = 0;
    }
    page.push(piece);
    size += piece.length;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** Marks the last piece of a cut-off list with `…`. */
export function markCut(pieces: string[]): string[] {
  const last = pieces.at(-1);
  return last === undefined ? pieces : [...pieces.slice(0, -1), `${last}${ELLIPSIS}`];
}
