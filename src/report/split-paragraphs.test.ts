import { describe, expect, it } from 'vitest';
import { PAGE_BREAK, splitParagraphs } from './split-paragraphs.js';

describe('splitParagraphs', () => {
  it('splits at blank lines and at each bullet', () => {
    expect(
      splitParagraphs([
        'Incidents included:',
        '',
        '  • On May 17, a man…',
        '',
        '  • On July 1, gunmen…',
        'Next paragraph.',
      ]),
    ).toEqual([
      { text: 'Incidents included:', bullet: false },
      { text: 'On May 17, a man…', bullet: true },
      { text: 'On July 1, gunmen…', bullet: true },
      { text: 'Next paragraph.', bullet: false },
    ]);
  });
});

describe('edge cases', () => {
  it('joins a line that continues a sentence, keeps single-newline paragraphs apart', () => {
    expect(
      splitParagraphs([
        '2. Controls over exports of dual-use items, requiring notification for',
        'goods or services that could enhance military',
        'capability.',
        'In 2005, 74 members of HT were arrested.',
        'Within the framework of the war on terrorism, Tajikistan acted.',
      ]).map((paragraph) => paragraph.text),
    ).toEqual([
      '2. Controls over exports of dual-use items, requiring notification for goods or services that could enhance military capability.',
      'In 2005, 74 members of HT were arrested.',
      'Within the framework of the war on terrorism, Tajikistan acted.',
    ]);
  });

  it('treats "-", "*" and "–" as bullet markers but not an epigraph\'s "--"', () => {
    expect(splitParagraphs(['- one', '* two', '– three', '-- Asif Ali Zardari, President of Pakistan'])).toEqual([
      { text: 'one', bullet: true },
      { text: 'two', bullet: true },
      { text: 'three', bullet: true },
      { text: '-- Asif Ali Zardari, President of Pakistan', bullet: false },
    ]);
  });

  it('joins the wrapped lines of a PDF copy: after a comma, a small word, a semicolon or a page break', () => {
    expect(
      splitParagraphs([
        '- On June 3, a truck bomb exploded outside a police station in the Karimabad quarter of',
        '  Peshawar, and gunmen then fired on the rescuers who came to help the injured;',
        '  at least 14 people were killed and more than 30 wounded, according to officials there,',
        '',
        '',
        '  most of them policemen.',
        'Overview',
        'Legislation, Law Enforcement, and Border Security',
      ]).map((paragraph) => paragraph.text),
    ).toEqual([
      'On June 3, a truck bomb exploded outside a police station in the Karimabad quarter of Peshawar, and gunmen then fired on the rescuers who came to help the injured; at least 14 people were killed and more than 30 wounded, according to officials there, most of them policemen.',
      'Overview',
      'Legislation, Law Enforcement, and Border Security',
    ]);
  });
  it('drops the page number of a PDF copy and joins the sentence the page cut', () => {
    expect(
      splitParagraphs([
        'On March 4, militants opened fire on a market in the town of',
        '',
        '27',
        '',
        'Kolwezi, killing nine traders.',
        '',
        '28',
        '',
        'Overview',
      ]).map((paragraph) => paragraph.text),
    ).toEqual([
      'On March 4, militants opened fire on a market in the town of Kolwezi, killing nine traders.',
      '28',
      'Overview',
    ]);
  });
  it("joins the sentence a page cut where the page's running header was dropped", () => {
    const cut = 'In May, gunmen fired on worshippers leaving a shrine near the village of';
    expect(
      splitParagraphs([cut, '', PAGE_BREAK, '', 'Tarsk, killing four.']).map((paragraph) => paragraph.text),
    ).toEqual([`${cut} Tarsk, killing four.`]);
    // A page that ends on a whole sentence leaves the next paragraph alone.
    expect(
      splitParagraphs(['Four were killed.', '', PAGE_BREAK, '', 'Tarsk was quiet after that.']).map(
        (paragraph) => paragraph.text,
      ),
    ).toEqual(['Four were killed.', 'Tarsk was quiet after that.']);
  });
});
