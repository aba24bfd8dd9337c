/**
 * Every sentence the importer gives about a source: what went wrong and what to do. Tests assert on these
 * constants; templates are functions.
 */

export const HTTP_NOT_FOUND = (url: string) => `${url}: not found (HTTP 404); check the address`;
export const HTTP_FORBIDDEN = (url: string) =>
  `${url}: the site refused the request (HTTP 403); save the page from a browser and import the .html file`;
export const HTTP_STATUS = (url: string, status: number) => `${url}: the site answered HTTP ${status}`;
export const HTTP_GAVE_UP = (url: string, status: number, attempts: number) =>
  `${url}: still HTTP ${status} (busy or rate-limited) after ${attempts} attempts; try again later`;
export const RETRY_TOO_LONG = (url: string, seconds: number) =>
  `${url}: the site asks to wait ${seconds} s before retrying; try again later`;
export const FETCH_TIMEOUT = (url: string, seconds: number) =>
  `${url}: no answer within ${seconds} s; the site may be down, try again later`;
export const FETCH_FAILED = (url: string, reason: string) => `${url}: cannot connect (${reason})`;
export const FILE_UNREADABLE = (file: string, reason: string) => `${file}: cannot read (${reason})`;
export const NO_CHAPTERS = (source: string) => `${source}: no chapter of Country Reports on Terrorism found in it`;
export const NO_YEAR = (source: string, country: string) =>
  `${source}: cannot tell the year of the ${country} chapter; add #year: to the file by hand`;
export const PDF_UNREADABLE = (source: string, reason: string) => `${source}: not a readable PDF (${reason})`;

/** The line that ends an import: `imported 187 chapters (180 new, 7 replaced), 2 failed: …`. */
export const IMPORT_SUMMARY = (
  counts: { written: number; replaced: number; unchanged: number; kept: number },
  failures: readonly string[],
): string => {
  const chapters = counts.written + counts.replaced + counts.unchanged + counts.kept;
  const parts = [
    counts.written ? `${counts.written} new` : '',
    counts.replaced ? `${counts.replaced} replaced` : '',
    counts.unchanged ? `${counts.unchanged} unchanged` : '',
    counts.kept ? `${counts.kept} kept (the copy already there is richer)` : '',
  ].filter(Boolean);
  const head = `imported ${chapters} chapter${chapters === 1 ? '' : 's'}${parts.length ? ` (${parts.join(', ')})` : ''}`;
  if (failures.length === 0) return head;
  return `${head}, ${failures.length} failed:\n${failures.map((failure) => `  ${failure}`).join('\n')}`;
};
export const SKIPPED_CHAPTER = (problem: string) => `skipped: ${problem}`;
