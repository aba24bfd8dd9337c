import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../query/parse-date-expression.js';
import { dateWordKind } from './date-words.js';
import { TermCounter } from './term-counter.js';

// Whether the term counter finds a word that can begin a date mention in `text` (one counter for the whole file).
const terms = new TermCounter();
function mayHoldDate(text: string): boolean {
  terms.addText(text);
  terms.endDoc();
  return terms.mayHoldDate;
}

// Pieces the date expressions care about (boundaries, digits, months, quarters, ordinals, `of`, dashes, spaces of
// every kind, apostrophes, underscores, letters outside ASCII), joined at random into texts.
const PIECES = [
  'May',
  'may',
  'SEPT',
  'Sept.',
  'sep',
  'Marxist',
  'decided',
  'October',
  'oct',
  'Dec',
  'of',
  'OF',
  'in',
  'the',
  'q3',
  'Q4',
  'q5',
  'Q',
  '2011',
  '2011Q3',
  '2011q9',
  '20111',
  '201',
  '1',
  '17',
  '31',
  '100',
  '1st',
  '2nd',
  '3rd',
  '4th',
  '31st',
  'st',
  'th',
  '-',
  '–',
  '/',
  '.',
  ',',
  ':',
  ' ',
  ' ',
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u2009',
  '\u3000',
  "'",
  '’',
  '_',
  'é',
  'Ñ',
  'd',
  'l',
  'x',
  '9',
  '0',
  'killed',
  'people',
  'on',
  'since',
];

// mulberry32, seeded: the same texts on every run.
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A text of 1 to `most` random pieces, joined with or without spaces (the draws in the order the tests made them). */
function randomText(next: () => number, most: number): string {
  const pieces: string[] = [];
  for (let p = Math.floor(next() * most) + 1; p > 0; p--) pieces.push(PIECES[Math.floor(next() * PIECES.length)] ?? '');
  return pieces.join(next() < 0.5 ? '' : ' ');
}

describe('dateWordKind', () => {
  it('tells months, quarters, four digits and words with other characters from the rest', () => {
    const words = ['September', 'mar', 'Q2', '2011q3', '2011', "d'Mars", 'Almaty', '17', '20111', 'q5', '1st'];
    expect(words.map(dateWordKind)).toEqual([1, 1, 1, 1, 2, 1, 0, 3, 0, 0, 3]);
  });
});

describe('TermCounter.mayHoldDate', () => {
  it('is false for a text with no word that can begin a date mention, true for one with', () => {
    expect(mayHoldDate('In 2011, 17 people were killed in 100 attacks.')).toBe(false);
    expect(mayHoldDate('On 2011-10-31 two explosions')).toBe(true);
    expect(mayHoldDate('On October 31 two explosions')).toBe(true);
    expect(mayHoldDate('Budget 2011 Q3')).toBe(true);
  });

  it('lets findDateMentions, read from the first such word, find every mention (20,000 random texts)', () => {
    const next = random(20_111_031);
    const missed: string[] = [];
    let withMentions = 0;
    for (let k = 0; k < 20_000; k++) {
      const text = randomText(next, 12);
      const all = JSON.stringify(findDateMentions(text));
      if (all !== '[]') withMentions++;
      const read = mayHoldDate(text) ? JSON.stringify(findDateMentions(text, terms.firstDateWord)) : '[]';
      if (read !== all) missed.push(text);
    }
    expect(missed).toEqual([]);
    expect(withMentions).toBeGreaterThan(2_000);
  });
});

describe('TermCounter.dateWordsEnd', () => {
  // The days of each mention (what the index keeps of one), read from the first date word up to dateWordsEnd.
  const days = (text: string, from = 0): string =>
    JSON.stringify(findDateMentions(text, from).map((m) => [m.from, m.to]));

  it('cuts no mention: the text up to it holds the days of the whole text (20,000 random texts)', () => {
    const next = random(20_111_101);
    const missed: string[] = [];
    let cut = 0;
    let withMentions = 0;
    for (let k = 0; k < 20_000; k++) {
      const text = randomText(next, 16);
      const all = days(text);
      if (all !== '[]') withMentions++;
      if (!mayHoldDate(text)) continue;
      if (terms.dateWordsEnd < text.length) cut++;
      if (days(text.slice(0, terms.dateWordsEnd), terms.dateWordsFrom) !== all) missed.push(text);
    }
    expect(missed).toEqual([]);
    expect(withMentions).toBeGreaterThan(2_000);
    expect(cut).toBeGreaterThan(2_000);
  });

  it('ends after the word that follows the last date word, or at the end of the text', () => {
    const ends = ['2011-10-9am attack', 'In Oct.Smith said', 'July 9', 'On July 9 police, not May.'].map((text) => {
      mayHoldDate(text);
      return text.slice(0, terms.dateWordsEnd);
    });
    expect(ends).toEqual(['2011-10-9am', 'In Oct.Smith', 'July 9', 'On July 9 police, not May.']);
  });
});
