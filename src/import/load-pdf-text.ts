import { extractTextItems, getDocumentProxy } from 'unpdf';
import { type PdfLayout, parsePdfLayout } from './parse-pdf-layout.js';

/**
 * Reads a PDF's positioned text with unpdf (pdf.js) and lays it out again as paragraphs (see `parsePdfLayout`).
 *
 * @param bytes - the PDF file's bytes
 * @returns the paragraphs, the year of the running header, the page count
 * @throws Error when the bytes are not a PDF pdf.js can read
 *
 * @example
 * const { text, year, pages } = await loadPdfText(await readFile('crt2011.pdf'));
 * // year: 2011, pages: 300, text: 'KENYA\n\nOverview: Kenya saw…'
 */
export async function loadPdfText(bytes: Uint8Array): Promise<PdfLayout> {
  // pdf.js takes ownership of (detaches) the buffer it is given: pass a copy so the caller's bytes stay usable.
  // Font faces are for drawing, not for text; pdf.js's font warnings (verbosity 0: errors only) mean nothing to a
  // person importing a report.
  const document = await getDocumentProxy(new Uint8Array(bytes), {
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const { items } = await extractTextItems(document);
    return parsePdfLayout(
      items.map((page) =>
        page.map((item) => ({
          str: item.str,
          x: item.x,
          y: item.y,
          width: item.width,
          height: item.fontSize || item.height,
        })),
      ),
    );
  } finally {
    await document.destroy();
  }
}
