/** A rendered picture: the PNG, its size in pixels, and what it shows in words (Slack's `alt_text`). */
export interface Picture {
  png: Buffer;
  width: number;
  height: number;
  altText: string;
  /** A file name for the upload (`timeline-kenya.png`). */
  fileName: string;
}

/** Slack accepts an alt text of up to 1,000 characters on an uploaded image. */
export const MAX_ALT_TEXT = 1000;

/**
 * Cuts a text to `max` characters at a word, with an ellipsis.
 * @example clip('Incidents in Kenya', 12) //=> 'Incidents…'
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * A file name from a query: lowercase words joined by dashes, at most 40 characters.
 * @example pictureFileName('timeline', 'attacks in Kenya') //=> 'timeline-attacks-in-kenya.png'
 */
export function pictureFileName(prefix: string, query: string, extension = 'png'): string {
  const slug = query
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 40)
    .replace(/-+$/, '');
  return `${prefix}${slug === '' ? '' : `-${slug}`}.${extension}`;
}
