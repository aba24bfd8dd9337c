import type { Passage, Report, Section } from '../report/types.js';
import type { FileEntry } from './load-corpus.js';

/**
 * The passage and incident texts of the cached parse results, kept apart from the rest of each report: all of them
 * back to back in two strings (the texts that fit in Latin-1, and the others as UTF-16), each text a slice of one.
 * Decoding two long strings is a copy, and a slice costs no copy at all; the same texts inside v8 blobs cost a
 * string each to allocate, most of a warm start.
 *
 * The texts are taken in reading order (each report's passages, section by section, then its incidents), so a
 * stripped report holds '' where a text was and nothing says where it went: one byte per text says which string, and
 * its place there is the next. An incident's report, section and passage ids, which repeat ids the report already
 * holds, are taken out too and put back as the very same strings (42k incidents held 126k copies of them).
 */
export interface TextTable {
  latin1: Uint8Array;
  /** Where each Latin-1 text ends, in characters (its start is where the one before ends). */
  latin1Ends: Int32Array;
  utf16: Uint8Array;
  utf16Ends: Int32Array;
  /**
   * Per text in reading order, how it lies in the two strings: 0, a Latin-1 text, the next in `latin1`; 255, the next
   * in `utf16`, whole; n from 1 to 254, a text of n runs of wider characters (curly quotes, dashes), which lies in
   * pieces: n + 1 Latin-1 pieces in `latin1` and, between them, n wide runs in `utf16`. Such a text comes back as a
   * concatenation of its pieces (a V8 cons string over slices), one byte a character but for its few wide ones,
   * flattened by V8 only when it is read: 32k of 153k texts held a curly quote or a dash, 37 MB of memory as two
   * bytes a character, for 58k wide characters among their 18 million.
   */
  wide: Uint8Array;
  /**
   * Per incident in reading order, three numbers: 1 when its report id was taken out (0 when kept); the position
   * in its report's sections of the section whose id it repeats, and in its report's passages (in reading order) of
   * the passage whose id it repeats, or -1 where the id was kept.
   */
  links: Int32Array;
}

/**
 * Collects texts while the entries are stripped of them (see {@link stripTexts}), encoding them a batch at a time
 * ({@link TextTableWriter.flush}), so no single step encodes tens of megabytes.
 */
export class TextTableWriter {
  private latin1: string[] = [];
  private utf16: string[] = [];
  private readonly latin1Chunks: Uint8Array[] = [];
  private readonly utf16Chunks: Uint8Array[] = [];
  private readonly latin1Ends: number[] = [];
  private readonly utf16Ends: number[] = [];
  private readonly wide: number[] = [];
  private readonly links: number[] = [];
  private latin1Length = 0;
  private utf16Length = 0;

  /** Takes `text` (the next in reading order); '' stands for it in a stripped report. */
  add(text: string): '' {
    const runs = text.match(WIDE_RUNS);
    if (runs === null) {
      this.addLatin1(text);
      this.wide.push(0);
    } else if (runs.length >= WHOLE || runs.length * RUN_COST > text.length) {
      this.addUtf16(text);
      this.wide.push(WHOLE);
    } else {
      const pieces = text.split(WIDE_RUNS);
      pieces.forEach((piece, i) => {
        this.addLatin1(piece);
        const run = runs[i];
        if (run !== undefined) this.addUtf16(run);
      });
      this.wide.push(runs.length);
    }
    return '';
  }

  private addLatin1(text: string): void {
    this.latin1.push(text);
    this.latin1Length += text.length;
    this.latin1Ends.push(this.latin1Length);
  }

  private addUtf16(text: string): void {
    this.utf16.push(text);
    this.utf16Length += text.length;
    this.utf16Ends.push(this.utf16Length);
  }

  /** The next incident's links (see {@link TextTable.links}). */
  link(report: 0 | 1, section: number, passage: number): void {
    this.links.push(report, section, passage);
  }

  /** Encodes the texts added since the last flush. */
  flush(): void {
    this.latin1Chunks.push(Buffer.from(this.latin1.join(''), 'latin1'));
    this.utf16Chunks.push(Buffer.from(this.utf16.join(''), 'utf16le'));
    this.latin1 = [];
    this.utf16 = [];
  }

  /** The table: each string as the chunks to write back to back. */
  finish(): {
    latin1: Uint8Array[];
    latin1Ends: Int32Array;
    utf16: Uint8Array[];
    utf16Ends: Int32Array;
    wide: Uint8Array;
    links: Int32Array;
  } {
    this.flush();
    return {
      latin1: this.latin1Chunks,
      latin1Ends: Int32Array.from(this.latin1Ends),
      utf16: this.utf16Chunks,
      utf16Ends: Int32Array.from(this.utf16Ends),
      wide: Uint8Array.from(this.wide),
      links: Int32Array.from(this.links),
    };
  }
}

/**
 * A copy of the entries without their passage and incident texts and their incidents' repeated ids, which go into
 * `texts` (the entries themselves, in use by the running app, are not touched).
 */
export function stripTexts(entries: readonly FileEntry[], texts: TextTableWriter): FileEntry[] {
  return entries.map((entry) => {
    if (!entry.result.ok) return entry;
    const reports = entry.result.reports.map((report): Report => {
      const sectionAt = new Map<string, number>();
      const passageAt = new Map<string, number>();
      let p = 0;
      report.sections.forEach((section, i) => {
        if (!sectionAt.has(section.id)) sectionAt.set(section.id, i);
        for (const passage of section.passages) {
          if (!passageAt.has(passage.id)) passageAt.set(passage.id, p);
          p++;
        }
      });
      return {
        ...report,
        sections: report.sections.map((section) => ({
          ...section,
          passages: section.passages.map((passage) => ({ ...passage, text: texts.add(passage.text) })),
        })),
        incidents: report.incidents.map((incident) => {
          const text = texts.add(incident.text);
          const ownReport = incident.reportId === report.id;
          const section = sectionAt.get(incident.sectionId) ?? -1;
          const passage = passageAt.get(incident.passageId) ?? -1;
          texts.link(ownReport ? 1 : 0, section, passage);
          return {
            ...incident,
            text,
            reportId: ownReport ? '' : incident.reportId,
            sectionId: section < 0 ? incident.sectionId : '',
            passageId: passage < 0 ? incident.passageId : '',
          };
        }),
      };
    });
    return { ...entry, result: { ...entry.result, reports } };
  });
}

/**
 * Puts the texts and ids back into stripped entries (in place: they are fresh from the cache). Throws when the table
 * does not match the entries (the caller treats the cache as corrupt).
 */
export function restoreTexts(entries: readonly FileEntry[], table: TextTable): void {
  const latin1 = Buffer.from(table.latin1.buffer, table.latin1.byteOffset, table.latin1.length).toString('latin1');
  const utf16 = Buffer.from(table.utf16.buffer, table.utf16.byteOffset, table.utf16.length).toString('utf16le');
  const { latin1Ends, utf16Ends, wide, links } = table;
  let t = 0;
  let narrowAt = 0;
  let wideAt = 0;
  let narrowFrom = 0;
  let wideFrom = 0;
  const nextLatin1 = (): string => {
    const end = latin1Ends[narrowAt++];
    if (end === undefined || end < narrowFrom || end > latin1.length) throw new Error(MISSING);
    const text = latin1.slice(narrowFrom, end);
    narrowFrom = end;
    return text;
  };
  // The few wide characters (’ – “ ” —) stand alone most of the time: one string each, shared.
  const single = new Map<number, string>();
  const nextUtf16 = (): string => {
    const end = utf16Ends[wideAt++];
    if (end === undefined || end < wideFrom || end > utf16.length) throw new Error(MISSING);
    let text: string;
    if (end - wideFrom === 1) {
      const code = utf16.charCodeAt(wideFrom);
      text = single.get(code) ?? utf16.slice(wideFrom, end);
      single.set(code, text);
    } else text = utf16.slice(wideFrom, end);
    wideFrom = end;
    return text;
  };
  const next = (): string => {
    const runs = wide[t++];
    if (runs === 0) return nextLatin1();
    if (runs === WHOLE) return nextUtf16();
    if (runs === undefined) throw new Error(MISSING);
    let text = nextLatin1();
    for (let i = 0; i < runs; i++) text = text + nextUtf16() + nextLatin1();
    return text;
  };
  let k = 0;
  for (const entry of entries) {
    if (!entry.result.ok) continue;
    for (const report of entry.result.reports) {
      const passages: Passage[] = [];
      for (const section of report.sections)
        for (const passage of section.passages) {
          passage.text = next();
          passages.push(passage);
        }
      for (const incident of report.incidents) {
        incident.text = next();
        const ownReport = links[k];
        const section = links[k + 1];
        const passage = links[k + 2];
        k += 3;
        if (ownReport === undefined || section === undefined || passage === undefined) throw new Error(MISSING);
        if (ownReport === 1) incident.reportId = report.id;
        if (section >= 0) incident.sectionId = sectionId(report.sections[section]);
        if (passage >= 0) incident.passageId = passageId(passages[passage]);
      }
    }
  }
  if (t !== wide.length || k !== links.length) throw new Error(MISSING);
}

const MISSING = 'a text is missing from the cache';
// Runs of characters past Latin-1; a text with this many or more lies whole in the UTF-16 string.
// biome-ignore lint/suspicious/noControlCharactersInRegex: any character past Latin-1
const WIDE_RUNS = /[^\u0000-\u00ff]+/g;
const WHOLE = 255;
// What a run costs in pieces (a cons string and a slice, about 100 bytes), against a byte saved per Latin-1
// character: a text with a run for fewer than this many characters lies whole in the UTF-16 string.
const RUN_COST = 100;

function sectionId(section: Section | undefined): string {
  if (section === undefined) throw new Error(MISSING);
  return section.id;
}

function passageId(passage: Passage | undefined): string {
  if (passage === undefined) throw new Error(MISSING);
  return passage.id;
}
