/**
 * A text as a regex source that matches it literally.
 *
 * @example
 * new RegExp(escapeRegExp('St. George')).test('St. George') // → true; the dot matches only a dot
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
