/**
 * Builds a yearly-report PDF in memory (pdfkit) from real chapter texts, for the importer's tests: a title page, a
 * table of contents, then the chapters one after another under their country headings, with the running header
 * "Country Reports on Terrorism YEAR" and a page number on every page, narrow pages so the report runs to 100+
 * pages, and long words hyphenated at line ends.
 */
import PDFDocument from 'pdfkit';

export interface PdfChapter {
  country: string;
  /** Paragraphs as the PDF prints them (`Overview: Kenya saw…`, `• On May 4, …`). */
  paragraphs: string[];
}

export interface BuiltPdf {
  bytes: Uint8Array;
  pages: number;
  /** Words split by a hyphen at a line end. */
  hyphenated: number;
}

const PAGE: [number, number] = [216, 300];
const LEFT = 24;
const WIDTH = PAGE[0] - 2 * LEFT;
const TOP = 40;
const BOTTOM = PAGE[1] - 36;
const BODY_SIZE = 9;
const PITCH = 11;
const PARAGRAPH_GAP = 6;

/** The running header every page carries. */
export const runningHeader = (year: number) => `Country Reports on Terrorism ${year}`;

/**
 * @param chapters - the chapters, in the order they appear
 * @param year - the year the report covers (the running header's)
 */
export async function buildYearlyPdf(chapters: readonly PdfChapter[], year: number): Promise<BuiltPdf> {
  const doc = new PDFDocument({ size: PAGE, margin: 0, autoFirstPage: false, compress: false });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  let pages = 0;
  let hyphenated = 0;
  let y = TOP;

  const newPage = (): void => {
    doc.addPage();
    pages += 1;
    doc.font('Helvetica').fontSize(8).text(runningHeader(year), LEFT, 14, { lineBreak: false });
    doc.text(String(pages), PAGE[0] / 2 - 4, PAGE[1] - 22, { lineBreak: false });
    y = TOP;
  };
  const ensureRoom = (height: number): void => {
    if (y + height > BOTTOM) newPage();
  };

  /** Greedy line breaking; a long word that does not fit is split with a hyphen when 4+ letters fit. */
  const breakLines = (text: string): string[] => {
    doc.font('Helvetica').fontSize(BODY_SIZE);
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (doc.widthOfString(candidate) <= WIDTH) {
        line = candidate;
        continue;
      }
      if (/^\p{L}{9,}[,.]?$/u.test(word)) {
        let cut = word.length - 3;
        while (cut >= 4 && doc.widthOfString(`${line} ${word.slice(0, cut)}-`) > WIDTH) cut -= 1;
        if (cut >= 4 && /^\p{L}+$/u.test(word.slice(0, cut + 1))) {
          lines.push(`${line} ${word.slice(0, cut)}-`);
          hyphenated += 1;
          line = word.slice(cut);
          continue;
        }
      }
      if (line !== '') lines.push(line);
      line = word;
    }
    if (line !== '') lines.push(line);
    return lines;
  };

  /** Draws a line; every third line in two runs, as PDF producers often split a line. */
  const drawLine = (text: string, index: number): void => {
    doc.font('Helvetica').fontSize(BODY_SIZE);
    const space = text.indexOf(' ', Math.floor(text.length / 2));
    if (index % 3 === 2 && space > 0) {
      const head = text.slice(0, space);
      doc.text(head, LEFT, y, { lineBreak: false });
      doc.text(text.slice(space + 1), LEFT + doc.widthOfString(`${head} `), y, { lineBreak: false });
    } else doc.text(text, LEFT, y, { lineBreak: false });
    y += PITCH;
  };

  // Title page and table of contents: nothing of them may become a chapter.
  newPage();
  doc.font('Helvetica-Bold').fontSize(16).text(runningHeader(year), LEFT, 100, { width: WIDTH });
  doc
    .font('Helvetica')
    .fontSize(9)
    .text('United States Department of State Publication', LEFT, 160, { lineBreak: false });
  doc.text('Bureau of Counterterrorism', LEFT, 172, { lineBreak: false });
  newPage();
  doc.font('Helvetica-Bold').fontSize(11).text('Table of Contents', LEFT, y, { lineBreak: false });
  y += 20;
  for (const [index, chapter] of chapters.entries()) {
    ensureRoom(PITCH);
    doc
      .font('Helvetica')
      .fontSize(BODY_SIZE)
      .text(`${chapter.country} ........ ${index * 4 + 3}`, LEFT, y, { lineBreak: false });
    y += PITCH;
  }

  let lineIndex = 0;
  for (const chapter of chapters) {
    ensureRoom(60);
    y += 12;
    // A long name ("United Kingdom (Northern Ireland)") wraps over two heading lines.
    doc.font('Helvetica-Bold').fontSize(13).text(chapter.country, LEFT, y, { width: WIDTH });
    y += doc.heightOfString(chapter.country, { width: WIDTH }) + 8;
    for (const paragraph of chapter.paragraphs) {
      for (const line of breakLines(paragraph)) {
        ensureRoom(PITCH);
        drawLine(line, lineIndex);
        lineIndex += 1;
      }
      y += PARAGRAPH_GAP;
    }
  }
  doc.end();
  await ended;
  return { bytes: new Uint8Array(Buffer.concat(chunks)), pages, hyphenated };
}
