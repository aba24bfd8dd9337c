/**
 * Every error and warning text of the report parser, so tests assert on the constants.
 */

export const EMPTY_TEXT_MSG = 'The report text is empty: there is nothing to parse.';
export const BINARY_TEXT_MSG =
  'The report text looks binary (NUL bytes or many control characters), not a text copy of a report.';
export const NOT_A_REPORT_MSG =
  'The text is not a chapter of Country Reports on Terrorism: it has no report title, no known heading and no terrorism vocabulary.';

/** Warning: no year in metadata, title, headings, URL or publication date; guessed from years the text names. */
export const yearGuessedWarning = (year: number): string =>
  `No report year stated; guessed ${year} from the years the text mentions.`;
/** Warning: the year came from the file's name. */
export const yearFromFileNameWarning = (year: number): string =>
  `No report year stated; took ${year} from the file's name.`;
/** Warning: the year came from the publication date (reports appear the year after the year they cover). */
export const yearFromPublicationWarning = (year: number, date: string): string =>
  `No report year stated; assumed ${year} from the publication date ${date}.`;
export const NO_YEAR_WARNING = 'No report year found; ids use "unknown".';
/** Warning: the country came from counting country names in the text. */
export const countryGuessedWarning = (country: string): string =>
  `No country stated; guessed "${country}", the country the text names most.`;
export const NO_COUNTRY_WARNING = 'No country found; the report is filed under "Unknown".';
/** Warning: a header field whose value could not be read. */
export const unreadableDateWarning = (value: string): string =>
  `Could not read the publication date "${value}"; publicationDate is null.`;
/** Warning: the copy stops in the middle of a sentence (an excerpt cut mid-word). */
export const TRUNCATED_WARNING = 'The text ends mid-sentence; its last passage is incomplete.';
/** Warning: a chapter had headings but no passages at all. */
export const emptyChapterWarning = (country: string): string => `The chapter "${country}" has no text.`;
