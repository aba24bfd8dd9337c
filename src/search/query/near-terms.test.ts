import { describe, expect, it } from 'vitest';
import { editDistance, maxEdits } from './near-terms.js';

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('atyrua', 'atyrau', 2)).toEqual(1);
  });

  it('counts transliteration variants as half an edit', () => {
    expect(editDistance('kizilorta', 'kyzylorda', 3)).toEqual(2);
    expect(editDistance('agia', 'aghia', 2)).toEqual(0.5);
    expect(editDistance('shabab', 'shabaab', 2)).toEqual(0.5);
    expect(editDistance('aqtob', 'aktob', 2)).toEqual(0.5);
  });

  it('keeps ordinary words apart', () => {
    expect(editDistance('read', 'area', 1)).toBeGreaterThan(1);
    expect(editDistance('orda', 'order', 1)).toBeGreaterThan(1);
    expect(editDistance('servic', 'devic', 1)).toBeGreaterThan(1);
  });
});

describe('maxEdits', () => {
  it('allows no edit below five letters, one up to seven, two from eight', () => {
    expect([maxEdits('orda'), maxEdits('atyrua'), maxEdits('kzylorda')]).toEqual([0, 1, 2]);
  });
});

describe('edge cases', () => {
  it('stops early past the limit', () => {
    expect(editDistance('a', 'abcdefgh', 1)).toEqual(2);
    expect(editDistance('', '', 1)).toEqual(0);
  });
});
