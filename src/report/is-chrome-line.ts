import { isDateLine } from './parse-date.js';

// Lines of page furniture seen around copies of the series: Refworld, ecoi.net, state.gov (old and
// new), the webarchive and YUMPU PDF viewers. Each pattern matches a whole line, so report text that
// merely mentions "Home Office" or "search" is never dropped.
const CHROME_PATTERNS: readonly RegExp[] = Object.freeze([
  /^Last Updated:/i,
  /^Disclaimer(?![a-z])/,
  /^This is not a UNHCR publication\b/i,
  /^Search Refworld\b/i,
  /^Refworld\b.{0,40}$/i,
  /^An official website of the United States government\b/i,
  /^Here[’']?s how you know\b/i,
  /^Official websites use \.gov\b/i,
  /^A \.gov website belongs to an official government organization\b/i,
  /^Secure \.gov websites use HTTPS\b/i,
  /^A lock \(.*\) or https:\/\//i,
  /^SHOW (?:MORE|LESS)$/i,
  /^You also want an ePaper\?/i,
  /^YUMPU\b/i,
  /^[\d.,]+\s+Views$/i,
  /More from this publisher$/i,
  /^Skip (?:Links|to (?:main )?content)$/i,
  /^(?:U\.S\.|United States) Department of State(?:\s*[-–—|]\s*Great Seal)?$/i,
  /^SEARCH/,
  /^Subject Index/i,
  /Bookmark and Share$/i,
  /^Home(?=[A-Z])|^Home\s*[>›»|/]/,
  /^You are in:/i,
  /Report Home Page$/i,
  /^Released by the (?:Office|Bureau)\b/i,
  /^(?:Office of the Coordinator for Counterterrorism|Bureau of Counterterrorism(?: and Countering Violent Extremism)?)$/i,
  /^(?:Video|Print|Share|Email|E-mail|Tweet|Report|Printer Friendly|Printable banner|Diplomacy in Action|Back to Top|Return to Top|Print this page|Share this page|Associated documents|Related documents|Table of Contents|Contents|Previous|Next|Menu|Close)$/i,
  /^(?:Dokument|Document) #\s*\d+/i,
  // The old state.gov footer and the new one's country picker ("Countries: Europe").
  /^Footer$/i,
  /^The Office of Website Management, Bureau of Public Affairs, manages this site\b/i,
  /^External links to other Internet sites should not be construed as an endorsement\b/i,
  /^Countries: [A-Z][A-Za-z ,]{2,40}$/,
  /\((?:Autor|Author)\)$/i,
  /^(?:Herkunftsland|Quelle|Original link|Originallink|Dokumenttyp|Document type|Sprache|Language|Veröffentlicht|Published|Ereignisdatum|Event date|Verfügbar unter|Available at|ecoi\.net summary|ID)\s*:/i,
]);

/**
 * The patterns as fewer regexes: those anchored at the line's start joined into one regex per flag set (tried once,
 * at the start, instead of thirty times), the others as they are. Matches what testing each pattern would.
 */
function combine(patterns: readonly RegExp[]): RegExp[] {
  const anchored = new Map<string, string[]>();
  const rest: RegExp[] = [];
  for (const pattern of patterns) {
    // Back-references and named groups would change meaning once joined: those stay apart.
    const numbered = /\\[1-9]|\(\?<[A-Za-z]/.test(pattern.source);
    if (!pattern.source.startsWith('^') || pattern.global || pattern.sticky || numbered) {
      rest.push(pattern);
      continue;
    }
    const list = anchored.get(pattern.flags) ?? [];
    list.push(`(?:${pattern.source})`);
    anchored.set(pattern.flags, list);
  }
  return [...[...anchored].map(([flags, sources]) => new RegExp(sources.join('|'), flags)), ...rest];
}

const CHROME_TESTS = combine(CHROME_PATTERNS);

/**
 * True when a line is page furniture rather than report text: "Last Updated: …", the Refworld
 * disclaimer, .gov banners, breadcrumbs, PDF-viewer lines ("SHOW MORE", "04.06.2013 Views"),
 * navigation rows and bare date lines.
 *
 * @param line - one cleaned, trimmed line
 * @returns whether the line must be dropped
 *
 * @example
 * isChromeLine('Last Updated: Monday, 22 January 2018, 12:53 GMT'); // true
 * isChromeLine('Overview: In the wake of violent incidents…'); // false
 */
export function isChromeLine(line: string): boolean {
  const text = line.trim();
  if (text === '') return false;
  if (CHROME_TESTS.some((pattern) => pattern.test(text))) return true;
  // Navigation rows and breadcrumbs: "Home > Reports > …", "Daily Press Briefing | What's New".
  // (A line without the marks is not read for them: most lines are report text.)
  const arrows = text.includes('>') || text.includes('›') || text.includes('»');
  if (arrows && (text.match(/\s[>›»]\s/g) ?? []).length >= 2) return true;
  if (text.includes('|') && (text.match(/\s\|\s/g) ?? []).length >= 2 && !/[.!?]["”’]?$/.test(text)) return true;
  // A viewer's user name alone on a line ("missfromwithin").
  if (/^[a-z0-9_]{3,30}$/.test(text)) return true;
  // A lone "-" or "|" left from a header list.
  if (/^[-–—|•*]+$/.test(text)) return true;
  return isDateLine(text);
}
