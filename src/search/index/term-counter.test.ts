import { describe, expect, it } from 'vitest';
import { TermCounter } from './term-counter.js';
import { forEachWord, tokenStems } from './tokenize.js';

// Stem → count of one record, read back through the postings of a one-record counter.
function countsOf(texts: string[]): { length: number; counts: Map<string, number> } {
  const terms = new TermCounter();
  let length = 0;
  for (const text of texts) length += terms.addText(text);
  terms.endDoc();
  const counts = new Map<string, number>();
  for (const [stem, postings] of terms.invert().postings) counts.set(stem, postings.weights[0] ?? 0);
  return { length, counts };
}

function expectedCounts(texts: string[]): { length: number; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  let length = 0;
  for (const text of texts)
    for (const stem of tokenStems(text)) {
      counts.set(stem, (counts.get(stem) ?? 0) + 1);
      length++;
    }
  return { length, counts };
}

describe('TermCounter', () => {
  it('counts the stems tokenStems reads', () => {
    const texts = ['On October 31, two explosions took place in Atyrau, Kazakhstan.', 'Two more explosions in Atyrau.'];
    expect(countsOf(texts)).toEqual(expectedCounts(texts));
  });

  it('keys postings by stem in first-seen order', () => {
    const terms = new TermCounter();
    terms.addText('Two explosions in Atyrau');
    terms.endDoc();
    terms.addText('explosion near Aktobe');
    terms.endDoc();
    const { vocabulary, postings } = terms.invert();
    expect(vocabulary).toEqual(['two', 'explosion', 'atyrau', 'near', 'aktob']);
    expect(Array.from(postings.get('explosion')?.docs ?? [])).toEqual([0, 1]);
  });
});

describe('edge cases', () => {
  it('splits words exactly as forEachWord does outside ASCII', () => {
    const texts = [
      "Kazakhstan's al-Khilafah and Kazakhstan’s Jund al-Khilafah",
      'Kzyl-Orda, Almaty; Шымкент, Тараз — Zhanaozen. Café naïve résumé 𝐀𝐁𝐂 x𝐀y 2011-10-31 Q4 31.10.2011',
      "rock 'n' roll, o'clock, don’t, l’État, 'quoted', trailing' apostrophe’",
      'İstanbul ǅemal ﬁnance 中文字 ١٢٣ ½ x\u0301y \ud800 lone \udc00 surrogates',
    ];
    expect(countsOf(texts)).toEqual(expectedCounts(texts));
    const terms = new TermCounter();
    for (const text of texts) terms.addText(text);
    const surfaces = new Set<string>();
    for (const text of texts) forEachWord(text, (start, end) => surfaces.add(text.slice(start, end)));
    expect([...terms.invert().surfaces.keys()]).toEqual([...surfaces]);
  });

  it('tells apart words whose hashes collide in the table and grows past its first size', () => {
    // 40,000 distinct words: well past the table's first 16,384 slots and its code-unit store.
    const words = Array.from({ length: 40_000 }, (_, i) => `w${i.toString(36)}x${(i * 7919).toString(36)}`);
    const texts = [words.join(' '), words.slice(0, 5000).reverse().join(' ')];
    expect(countsOf(texts)).toEqual(expectedCounts(texts));
  });
});

describe('countSurfaces', () => {
  it('counts the surface words of every n-th record in first-seen order, as Map counts of the sliced words would', () => {
    const texts = ['Police and police', 'Atyrau police', 'POLICE, Police and Almaty', 'Kazakhstan’s police'];
    const terms = new TermCounter();
    for (const text of texts) {
      terms.addText(text);
      terms.endDoc();
    }
    const expected = new Map<string, number>();
    for (const text of [texts[0] ?? '', texts[2] ?? ''])
      forEachWord(text, (start, end) => {
        const word = text.slice(start, end);
        expected.set(word, (expected.get(word) ?? 0) + 1);
      });
    expect(terms.countSurfaces(2)).toEqual([...expected].map(([surface, count]) => ({ surface, count })));
    terms.invert();
    expect(() => terms.countSurfaces(1)).toThrow(/already inverted/);
  });
});
