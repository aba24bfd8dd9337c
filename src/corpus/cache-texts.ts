import type { Report } from '../report/types.js';
import type { FileEntry } from './load-corpus.js';

/**
 * The passage and incident texts of the cached parse results, kept apart from the rest of each report: all of them
 * back to back in two strings (the texts that fit in Latin-1, and the others as UTF-16), each text a slice of one.
 * Decoding two long strings is a copy, and a slice costs no copy at all; the same texts inside v8 blobs cost a
 * string each to allocate, most of a warm start.
 */
export interface TextTable {
  latin1: Uint8Array;
  /** Where each Latin-1 text ends, in characters (its start is where the one before ends). */
  latin1Ends: Int32Array;
  utf16: Uint8Array;
  utf16Ends: Int32Array;
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
  private latin1Length = 0;
  private utf16Length = 0;

  /** The reference that stands for `text` in a stripped report: ≥ 0 Latin-1, < 0 UTF-16. */
  add(text: string): number {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: any character past Latin-1
    if (!/[^\u0000-\u00ff]/.test(text)) {
      this.latin1.push(text);
      this.latin1Length += text.length;
      return this.latin1Ends.push(this.latin1Length) - 1;
    }
    this.utf16.push(text);
    this.utf16Length += text.length;
    return -this.utf16Ends.push(this.utf16Length);
  }

  /** Encodes the texts added since the last flush. */
  flush(): void {
    this.latin1Chunks.push(Buffer.from(this.latin1.join(''), 'latin1'));
    this.utf16Chunks.push(Buffer.from(this.utf16.join(''), 'utf16le'));
    this.latin1 = [];
    this.utf16 = [];
  }

  /** The table: each string as the chunks to write back to back. */
  finish(): { latin1: Uint8Array[]; latin1Ends: Int32Array; utf16: Uint8Array[]; utf16Ends: Int32Array } {
    this.flush();
    return {
      latin1: this.latin1Chunks,
      latin1Ends: Int32Array.from(this.latin1Ends),
      utf16: this.utf16Chunks,
      utf16Ends: Int32Array.from(this.utf16Ends),
    };
  }
}

/**
 * A copy of the entries whose passage and incident texts are references into `texts` (the entries themselves, in use
 * by the running app, are not touched).
 */
export function stripTexts(entries: readonly FileEntry[], texts: TextTableWriter): FileEntry[] {
  return entries.map((entry) => {
    if (!entry.result.ok) return entry;
    const reports = entry.result.reports.map(
      (report): Report => ({
        ...report,
        sections: report.sections.map((section) => ({
          ...section,
          passages: section.passages.map((passage) => ({ ...passage, text: reference(texts.add(passage.text)) })),
        })),
        incidents: report.incidents.map((incident) => ({ ...incident, text: reference(texts.add(incident.text)) })),
      }),
    );
    return { ...entry, result: { ...entry.result, reports } };
  });
}

/**
 * Puts the texts back into stripped entries (in place: they are fresh from the cache). Throws when a reference points
 * outside the table (the caller treats the cache as corrupt).
 */
export function restoreTexts(entries: readonly FileEntry[], table: TextTable): void {
  const latin1 = Buffer.from(table.latin1.buffer, table.latin1.byteOffset, table.latin1.length).toString('latin1');
  const utf16 = Buffer.from(table.utf16.buffer, table.utf16.byteOffset, table.utf16.length).toString('utf16le');
  const text = (value: unknown): string => {
    if (typeof value !== 'string' || !value.startsWith(REF)) throw new Error('a text is missing from the cache');
    const k = Number(value.slice(REF.length));
    const [whole, ends, i] = k >= 0 ? [latin1, table.latin1Ends, k] : [utf16, table.utf16Ends, -k - 1];
    const end = ends[i];
    if (end === undefined) throw new Error('a text is missing from the cache');
    return whole.slice(i === 0 ? 0 : (ends[i - 1] ?? 0), end);
  };
  for (const entry of entries) {
    if (!entry.result.ok) continue;
    for (const report of entry.result.reports) {
      for (const section of report.sections) for (const passage of section.passages) passage.text = text(passage.text);
      for (const incident of report.incidents) incident.text = text(incident.text);
    }
  }
}

// A reference stays a string (`\u0000` and its number), so the stripped reports keep the types and hidden classes of
// real ones, and no real text (which never holds a NUL) can pass for one.
const REF = '\u0000';

function reference(k: number): string {
  return `${REF}${k}`;
}
