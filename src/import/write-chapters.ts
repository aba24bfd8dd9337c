import { mkdir, open, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decodeReportText } from '../report/decode-report-text.js';
import { parseReports } from '../report/parse-report.js';
import { slug } from '../report/slug.js';
import type { ImportedChapter, WriteOutcome } from './types.js';

/** Where a chapter went and what happened. */
export interface WrittenChapter {
  file: string;
  outcome: WriteOutcome;
}

const HEAD_BYTES = 512;
const FILE_NAME = /^crt-(\d{4})-(.+)\.txt$/i;
const META = /^#\s*(country|year)\s*:\s*(.+)$/gim;

/**
 * The file a chapter is written to when the folder has no copy of it yet.
 *
 * @example
 * chapterFileName('Kenya', 2014); // 'crt-2014-kenya.txt'
 */
export function chapterFileName(country: string, year: number): string {
  return `crt-${year}-${slug(country)}.txt`;
}

const chapterKey = (country: string, year: number | string): string => `${year}|${slug(country)}`;

/** The chapter a file holds, from its `#country:`/`#year:` lines, else its name (`crt-2011-kazakhstan.txt`). */
function keyOf(name: string, head: string): string | null {
  const meta = new Map<string, string>();
  for (const match of head.matchAll(META)) if (match[1] && match[2]) meta.set(match[1].toLowerCase(), match[2].trim());
  const fromName = FILE_NAME.exec(name);
  const country = meta.get('country') ?? null;
  const year = meta.get('year') ?? fromName?.[1] ?? null;
  if (country !== null && year !== null) return chapterKey(country, year);
  return fromName?.[1] && fromName[2] ? `${fromName[1]}|${fromName[2]}` : null;
}

/** Words of report text as the parser reads it: a site's header, banners and disclaimers do not count. */
function reportWords(text: string): number {
  try {
    let count = 0;
    for (const report of parseReports(text).reports) {
      for (const section of report.sections) {
        for (const passage of section.passages) count += passage.text.split(/\s+/).filter(Boolean).length;
      }
    }
    return count;
  } catch {
    // A file the parser cannot read is no copy worth keeping over a readable one.
    return 0;
  }
}

async function readHead(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Writes imported chapters into a data folder, one file per chapter whatever the copy: a chapter (same country and
 * year) already in the folder, under any name, is replaced when the new copy has at least as many words (the
 * richer copy wins; on a tie the last import does), and kept otherwise. Each file is written to a temporary name
 * and renamed, so a reader never sees half a chapter.
 *
 * @example
 * const writer = await ChapterWriter.open('data');
 * await writer.write({ country: 'Kenya', year: 2017, sourceUrl: null, text: '#country: Kenya\n#year: 2017\n…' });
 * // { file: 'data/crt-2017-kenya.txt', outcome: 'written' }
 */
export class ChapterWriter {
  private readonly files = new Map<string, string>();
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(readonly dir: string) {}

  /** Opens a folder (creating it) and notes which chapters its `.txt` files hold. */
  static async open(dir: string): Promise<ChapterWriter> {
    await mkdir(dir, { recursive: true });
    const writer = new ChapterWriter(dir);
    const entries = await readdir(dir, { withFileTypes: true, recursive: true });
    for (const entry of entries) {
      if (!entry.isFile() || !entry.name.toLowerCase().endsWith('.txt')) continue;
      const file = path.join(entry.parentPath, entry.name);
      const key = keyOf(entry.name, await readHead(file));
      if (key !== null && !writer.files.has(key)) writer.files.set(key, file);
    }
    return writer;
  }

  /** Writes one chapter; calls are serialised, so two copies of a chapter in one run never make two files. */
  write(chapter: ImportedChapter): Promise<WrittenChapter> {
    const next = this.queue.then(() => this.writeNow(chapter));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async writeNow(chapter: ImportedChapter): Promise<WrittenChapter> {
    const key = chapterKey(chapter.country, chapter.year);
    const existing = this.files.get(key);
    let outcome: WriteOutcome = 'written';
    let file = path.join(this.dir, chapterFileName(chapter.country, chapter.year));
    if (existing !== undefined) {
      file = existing;
      const old = decodeReportText(await readFile(existing));
      if (old === chapter.text) return { file, outcome: 'unchanged' };
      if (reportWords(old) > reportWords(chapter.text)) return { file, outcome: 'kept' };
      outcome = 'replaced';
    }
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    await writeFile(temporary, chapter.text, 'utf8');
    await rename(temporary, file);
    this.files.set(key, file);
    return { file, outcome };
  }
}
