import { describe, expect, it } from 'vitest';
import { buildGatedAlternation, holdsAny, holdsEach } from './find-gate-words.js';

describe('holdsAny', () => {
  it('finds a word anywhere in the text, as includes does', () => {
    expect(holdsAny('three soldiers were killed', ['kill', 'dead'])).toBe(true);
    expect(holdsAny('three soldiers were wounded', ['kill', 'dead'])).toBe(false);
    expect(holdsAny('the toll rose to 19', [' rose ', ' climbed '])).toBe(true);
    expect(holdsAny('the toll arose', [' rose '])).toBe(false);
  });

  it('finds words that end inside others and words that share an end', () => {
    const words = ['he', 'she', 'his', 'hers', 'ushers'];
    expect(holdsAny('ushers', ['he'])).toBe(true);
    expect(holdsAny('ushers', ['hers'])).toBe(true);
    expect(holdsAny('ushe', ['hers', 'his'])).toBe(false);
    expect(holdsAny('ushe', words)).toBe(true);
  });

  it('holds the same word listed twice, and the empty word always', () => {
    expect(holdsAny('a bomb', ['bomb', 'bomb'])).toBe(true);
    expect(holdsAny('nothing here', ['zzz', ''])).toBe(true);
  });

  it('answers again for an earlier text after others were read', () => {
    expect(holdsAny('killed two', ['kill'])).toBe(true);
    expect(holdsAny('killed three', ['kill'])).toBe(true);
    expect(holdsAny('killed two', ['kill'])).toBe(true);
    expect(holdsAny('wounded two', ['kill'])).toBe(false);
    expect(holdsAny('killed two', ['kill'])).toBe(true);
  });

  it('agrees with includes on random texts and words', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const alphabet = 'ab cé-’';
    const draw = (length: number) =>
      Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    const lists = Array.from({ length: 30 }, () =>
      Array.from({ length: 1 + Math.floor(random() * 5) }, () => draw(1 + Math.floor(random() * 4))),
    );
    let disagreements = 0;
    let held = 0;
    for (let n = 0; n < 2000; n += 1) {
      const text = draw(Math.floor(random() * 40));
      const words = lists[Math.floor(random() * lists.length)] ?? [];
      const expected = words.some((word) => text.includes(word));
      if (expected) held += 1;
      if (holdsAny(text, words) !== expected) disagreements += 1;
    }
    expect(disagreements).toBe(0);
    // Both answers occur, so the comparison tests something.
    expect(held).toBeGreaterThan(200);
    expect(held).toBeLessThan(1800);
  });
});

describe('holdsEach', () => {
  it('needs a word of every group', () => {
    expect(holdsEach('police arrested two', [['arrest', 'detain'], ['police']])).toBe(true);
    expect(holdsEach('police shot two', [['arrest', 'detain'], ['police']])).toBe(false);
    expect(holdsEach('anything', [])).toBe(true);
  });
});

describe('buildGatedAlternation', () => {
  const parts = [
    { needs: [';'], source: ';\\s+the toll[^.;]*' },
    { needs: [':'], source: ':\\s+\\d+' },
    { needs: /\sor\s/, source: 'killed\\s+or\\s+captured' },
  ];
  const alternation = buildGatedAlternation(parts, 'gi');

  it('holds only the parts whose words the text holds', () => {
    expect(alternation('two died; The toll rose')?.source).toBe(';\\s+the toll[^.;]*');
    expect(alternation('two died; the toll: 3')?.source).toBe(';\\s+the toll[^.;]*|:\\s+\\d+');
    expect(alternation('ten were killed  or captured')?.source).toBe('killed\\s+or\\s+captured');
    expect(alternation('two died')).toBeNull();
  });

  it('finds what the whole alternation finds', () => {
    const whole = new RegExp(parts.map((p) => p.source).join('|'), 'gi');
    for (const text of [
      'a; the toll: 12, killed or captured',
      'killed or captured: 4',
      'none here',
      'x;  The Toll was 3',
    ]) {
      const gated = alternation(text);
      expect([...text.matchAll(gated ?? /(?!)/g)].map((m) => m[0])).toEqual([...text.matchAll(whole)].map((m) => m[0]));
    }
  });

  it('refuses more parts than a mask holds', () => {
    expect(() =>
      buildGatedAlternation(
        Array.from({ length: 31 }, () => parts[0] ?? { needs: [], source: '' }),
        'g',
      ),
    ).toThrow(RangeError);
  });
});
