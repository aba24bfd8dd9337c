import { describe, expect, it } from 'vitest';
import { type PdfTextItem, parsePdfLayout } from './parse-pdf-layout.js';

/** A page of lines: each `[y, text]` one run at the left margin in 10-point type, `[y, text, size]` otherwise. */
function page(lines: ReadonlyArray<readonly [number, string, number?]>, left = 72): PdfTextItem[] {
  return lines.map(([y, str, size = 10]) => ({ str, x: left, y, width: str.length * size * 0.5, height: size }));
}

const FULL = 'the security services of the country continued to work closely with partners on the';

describe('parsePdfLayout', () => {
  it('removes the running header and page numbers and reads the year from the header', () => {
    const words = ['one', 'two', 'three', 'four'];
    const pages = words.map((word, n) =>
      page([
        [760, 'Country Reports on Terrorism 2011', 8],
        [700, FULL],
        [688, `ends on page ${word}.`],
        [40, String(n + 1), 8],
      ]),
    );
    const layout = parsePdfLayout(pages);
    expect(layout.text).toBe(words.map((word) => `${FULL} ends on page ${word}.`).join('\n\n'));
    expect(layout).toMatchObject({ year: 2011, pages: 4, furnitureLines: 8 });
  });

  it('joins runs of one baseline into a line, with a space where the runs leave a gap', () => {
    const items: PdfTextItem[] = [
      { str: 'Overview:', x: 72, y: 700, width: 45, height: 10 },
      { str: 'Kazakhstan', x: 120, y: 700.4, width: 50, height: 10 },
      { str: 'acted.', x: 170, y: 700, width: 30, height: 10 },
    ];
    expect(parsePdfLayout([items]).text).toBe('Overview: Kazakhstanacted.');
  });

  it('starts a paragraph at a wider gap, a bullet or larger type, and joins the lines of one', () => {
    const layout = parsePdfLayout([
      page([
        [720, 'KENYA', 14],
        [700, `Overview: ${FULL}`],
        [688, 'border with Somalia.'],
        [670, `Incidents: ${FULL}`],
        [658, 'coast.'],
        [646, '• On May 4, a bomb exploded.'],
      ]),
    ]);
    expect(layout.text).toBe(
      `KENYA\n\nOverview: ${FULL} border with Somalia.\n\nIncidents: ${FULL} coast.\n\n• On May 4, a bomb exploded.`,
    );
  });

  it('puts a line that is only a country name on its own, even in body type and with no gap', () => {
    const layout = parsePdfLayout([
      page([
        [700, 'end of the last chapter.'],
        [688, 'Kenya'],
        [676, 'Overview: Kenya saw attacks.'],
        [664, 'Kenya.'],
      ]),
    ]);
    expect(layout.text).toBe('end of the last chapter.\n\nKenya\n\nOverview: Kenya saw attacks. Kenya.');
  });

  it('rejoins a word hyphenated at a line end, keeping the hyphen of a word the document hyphenates elsewhere or of a name', () => {
    const layout = parsePdfLayout([
      page([
        [700, 'Authorities strengthened counter-terrorism and coordi-'],
        [688, 'nation with partners; their counter-'],
        [676, 'terrorism units and al-'],
        [664, 'Shabaab were named.'],
      ]),
    ]);
    expect(layout.text).toBe(
      'Authorities strengthened counter-terrorism and coordination with partners; their counter-terrorism units and al-Shabaab were named.',
    );
  });

  it('carries a paragraph over a page break when it ends mid-sentence, and starts anew after a full stop', () => {
    const layout = parsePdfLayout([
      page([
        [700, FULL],
        [688, 'short last line.'],
      ]),
      page([
        [700, 'A new paragraph starts here and'],
        [688, 'goes on'],
      ]),
      page([[700, 'to the next page.']]),
    ]);
    expect(layout.text).toBe(`${FULL} short last line.\n\nA new paragraph starts here and goes on to the next page.`);
  });

  describe('edge cases', () => {
    it('drops table-of-contents lines and gives an empty text for a PDF with no text', () => {
      expect(
        parsePdfLayout([
          page([
            [700, 'Kenya ........ 23'],
            [688, 'Mali . . . . . 41'],
          ]),
        ]).text,
      ).toBe('');
      expect(parsePdfLayout([[], []])).toEqual({ text: '', year: null, pages: 2, furnitureLines: 0 });
    });
  });
});
