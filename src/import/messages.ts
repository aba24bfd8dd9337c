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
export const NO_CHAPTERS = (source: string) =>
  `${source}: no chapter of Country Reports on Terrorism found in it`;
export const NO_YEAR = (source: string, country: string) =>
  `${source}: cannot tell the year of the ${country} chapter; add #year: to the file by hand`;
export const PDF_UNREADABLE = (source: string, reason: string) => `${source}: not a readable PDF (${reason})`;
