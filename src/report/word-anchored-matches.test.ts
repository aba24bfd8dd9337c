import { describe, expect, it } from 'vitest';
import { leadingWords, WordAnchoredPatterns } from './word-anchored-matches.js';

const TEXT =
  'Gunmen attacked the village of Baga in Borno State. In Karvan, the Mayor of Altena was stabbed near Kulsary ' +
  'and in Atyrau; residents of Baghlia fled to the suburbs of Kabul. Into the town of Kulsary, within Astana.';

function plain(pattern: RegExp): Array<[number, string, string | undefined]> {
  return [...TEXT.matchAll(pattern)].map((m) => [m.index, m[0], m[1]]);
}

describe('leadingWords', () => {
  it('reads the words a pattern must start with, both cases and plurals spelled out', () => {
    expect(leadingWords(/\b(?:in|at|near) (x)/g)).toEqual(['in', 'at', 'near']);
    expect(leadingWords(/\bthe (x)/g)).toEqual(['the']);
    expect(leadingWords(/\b(?:[Ss]tore|City)\b/g)).toEqual(['Store', 'store', 'City']);
    expect(leadingWords(/\b(?:[Mm]ayor|[Ss]uburbs?) of/g)).toEqual([
      'Mayor',
      'mayor',
      'Suburb',
      'Suburbs',
      'suburb',
      'suburbs',
    ]);
  });

  it('gives null for a pattern of another shape', () => {
    expect(leadingWords(/, ([A-Z]\w+) province/g)).toBeNull();
    expect(leadingWords(/(?:^|\n)(?:In|Near) (x)/g)).toBeNull();
    expect(leadingWords(/\b(?:in|a.b) x/g)).toBeNull();
    expect(leadingWords(/\bin(x)/g)).toBeNull();
    expect(leadingWords(/\b(?:in|at)\b x/g)).toBeNull();
  });
});

describe('WordAnchoredPatterns', () => {
  const patterns = [
    /\b(?:in|at|near|of|to) (?:the )?([A-Z]\w+)/g,
    /\bthe (?:village|town|suburbs) of ([A-Z]\w+)/g,
    /\b(?:[Mm]ayor|[Rr]esidents) of ([A-Z]\w+)/g,
    /, ([A-Z]\w+) State\b/g,
    /(?:^|[.!?]\s+)(?:In|Near) ([A-Z]\w+),/g,
    /\b(?:in|and) ([A-Z]\w+)/g,
    /\b(?:[Vv]illage|town|suburbs)\b/g,
  ];

  it('finds exactly what matchAll finds, for every pattern, in order', () => {
    const found = new WordAnchoredPatterns(patterns).matchAll(TEXT);
    expect(found).toHaveLength(patterns.length);
    patterns.forEach((pattern, i) => {
      expect((found[i] ?? []).map((m) => [m.index, m[0], m[1]])).toEqual(plain(pattern));
    });
    expect((found[0] ?? []).map((m) => m[1])).toEqual([
      'Baga',
      'Borno',
      'Altena',
      'Kulsary',
      'Atyrau',
      'Baghlia',
      'Kabul',
      'Kulsary',
    ]);
  });

  it('gives the same matches on a second text (no state kept between texts)', () => {
    const scan = new WordAnchoredPatterns(patterns);
    scan.matchAll('near Almaty');
    expect((scan.matchAll(TEXT)[1] ?? []).map((m) => m[1])).toEqual(['Baga', 'Kabul', 'Kulsary']);
  });
});
