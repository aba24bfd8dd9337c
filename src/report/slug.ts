/**
 * A lower-case, dash-separated, ASCII form of a name, for stable ids.
 *
 * @param text - a country or heading (`Legislation, Law Enforcement, and Border Security`)
 * @returns the slug (`legislation-law-enforcement-and-border-security`), or `'untitled'` when nothing is left
 *
 * @example
 * slug("Côte d'Ivoire"); // 'cote-d-ivoire'
 */
export function slug(text: string): string {
  const result = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return result === '' ? 'untitled' : result;
}
