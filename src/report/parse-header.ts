import { isChromeLine } from './is-chrome-line.js';
import { unreadableDateWarning } from './messages.js';
import { isDateLine, parseDate } from './parse-date.js';
import { type ParsedTitle, parseTitle } from './parse-title.js';
import { PAGE_BREAK } from './split-paragraphs.js';

const RUNNING_HEADER =
  /^\s*(?:(?:\d{1,4}\s*[|·•–-]?\s*)?Country Reports on Terrorism \d{4}(?:\s*[|·•–-]?\s*\d{1,4})?|Page \d{1,4}(?: of \d{1,4})?)\s*$/i;

/** What the top of a copy says about the report, before any report text. */
export interface ParsedHeader {
  /** `#source:` line, else the URL of the "Cite as" line. */
  sourceUrl: string | null;
  /** `#country:` line: wins over every guess. */
  metaCountry: string | null;
  /** `#year:` line: wins over every guess. */
  metaYear: number | null;
  /** The first title line that names a year or a country. */
  title: ParsedTitle | null;
  publisher: string | null;
  /** ISO date from "Publication Date", "Date:" or a release-date line before the text. */
  publicationDate: string | null;
  citeAs: string | null;
  /** The report's lines with header, title and chrome lines removed; blank lines kept. */
  lines: string[];
  warnings: string[];
}

const BODY_WORDS = 12;
const META_LINE = /^#\s*([a-z_-]+)\s*:\s*(.*)$/i;
// Labels of Refworld's header table, in its three layouts: "Publisher United States…" (legacy, the
// label then spaces), "Publisher | … |" (pipe) and "- Author: …" / "Date:" + value line (new).
const SPACED_LABELS = ['Publication Date', 'Cite as', 'Publisher', 'Author'];
const COLON_LABELS = [...SPACED_LABELS, 'Document source', 'Date', 'Topics', 'Countries', 'Country', 'Other', 'Source'];

interface HeaderField {
  label: string;
  value: string;
}

function parseHeaderField(line: string): HeaderField | null {
  const text = line.replace(/^[-•]\s+/, '');
  const pipe = /^([^|]{2,40}?)\s*\|\s*(.*?)\s*\|?\s*$/.exec(text);
  if (pipe?.[1] && pipe[2] !== undefined) {
    const label = COLON_LABELS.find((known) => known.toLowerCase() === pipe[1]?.toLowerCase());
    if (label) return { label, value: pipe[2] };
  }
  for (const label of COLON_LABELS) {
    if (text.toLowerCase() === label.toLowerCase() || text.toLowerCase() === `${label.toLowerCase()}:`) {
      return { label, value: '' };
    }
    const head = text.slice(0, label.length + 1).toLowerCase();
    if (head === `${label.toLowerCase()}:`) return { label, value: text.slice(label.length + 1).trim() };
    if (SPACED_LABELS.includes(label) && head === `${label.toLowerCase()} `) {
      return { label, value: text.slice(label.length + 1).trim() };
    }
  }
  return null;
}

/**
 * Separates a cleaned copy into its header (metadata lines, title, Refworld header table,
 * release date) and its report lines, dropping page chrome everywhere.
 *
 * @param text - output of `cleanText`
 * @returns the header fields and the remaining report lines
 *
 * @example
 * parseHeader('#source: https://x\nCountry Reports on Terrorism 2011 - Kazakhstan\nPublication Date 31 July 2012\nOverview: …');
 * // { sourceUrl: 'https://x', title: { year: 2011, country: 'Kazakhstan', … }, publicationDate: '2012-07-31',
 * //   lines: ['Overview: …'], … }
 */
export function parseHeader(text: string): ParsedHeader {
  const header: ParsedHeader = {
    sourceUrl: null,
    metaCountry: null,
    metaYear: null,
    title: null,
    publisher: null,
    publicationDate: null,
    citeAs: null,
    lines: [],
    warnings: [],
  };
  let releaseDate: string | null = null;
  let pendingLabel: string | null = null;
  let seenText = false;
  let seenBody = false;

  const setField = ({ label, value }: HeaderField): void => {
    if (value === '' || value === '-') return;
    if (label === 'Publisher') header.publisher ??= value;
    else if (label === 'Cite as') header.citeAs ??= value;
    else if (label === 'Publication Date' || label === 'Date') {
      const date = parseDate(value);
      if (date === null) header.warnings.push(unreadableDateWarning(value));
      else header.publicationDate ??= date;
    }
  };

  for (const line of text.split('\n')) {
    if (line === '') {
      if (seenText && header.lines.at(-1) !== '') header.lines.push('');
      continue;
    }
    const meta = seenText ? null : META_LINE.exec(line);
    if (meta?.[1] !== undefined && meta[2] !== undefined) {
      const key = meta[1].toLowerCase();
      const value = meta[2].trim();
      // `#source: reconstructed from https://…` keeps only the address: the citation links it.
      if (key === 'source' && value !== '') header.sourceUrl = /https?:\/\/\S+/.exec(value)?.[0] ?? null;
      if (key === 'country' && value !== '') header.metaCountry = value;
      if (key === 'year' && /^\d{4}$/.test(value)) header.metaYear = Number(value);
      continue;
    }
    // A PDF page's running header with its page number before or after it ("87 | Country Reports on Terrorism 2016",
    // "Country Reports on Terrorism 2016 | 87"), or a page's foot ("Page 87 of 312"), inside the report's prose.
    if (seenBody && RUNNING_HEADER.test(line)) {
      header.lines.push(PAGE_BREAK);
      continue;
    }
    const title = parseTitle(line);
    if (title !== null) {
      if (header.title === null || (header.title.country === null && title.country !== null && !seenText)) {
        header.title = { ...title, year: title.year ?? header.title?.year ?? null };
      }
      // The title again below the report's prose is a PDF page's running header.
      if (seenBody) header.lines.push(PAGE_BREAK);
      continue;
    }
    if (!seenText) {
      const field = parseHeaderField(line);
      if (field !== null) {
        setField(field);
        pendingLabel = field.value === '' ? field.label : null;
        continue;
      }
      if (pendingLabel !== null) {
        const label = pendingLabel;
        pendingLabel = null;
        const wantsDate = label === 'Date' || label === 'Publication Date';
        if (isDateLine(line) || (!wantsDate && line.length <= 80)) {
          setField({ label, value: line });
          continue;
        }
      }
    }
    if (!seenBody && isDateLine(line)) {
      // state.gov: "Chapter 2. … Overview / Office of the Coordinator for Counterterrorism / April 30, 2009".
      releaseDate ??= parseDate(line);
      continue;
    }
    if (isChromeLine(line)) continue;
    seenText = true;
    // A paragraph of prose; a release date after it ("July 23, 2007" under an epigraph) is not the report's.
    if (!seenBody && line.split(' ').length >= BODY_WORDS) seenBody = true;
    header.lines.push(line);
  }

  header.publicationDate ??= releaseDate;
  if (header.sourceUrl === null && header.citeAs !== null) {
    header.sourceUrl = /\bavailable at:\s*(https?:\/\/[^\s\]]+)/i.exec(header.citeAs)?.[1] ?? null;
  }
  while (header.lines.at(-1) === '') header.lines.pop();
  return header;
}
