import { describe, expect, it } from 'vitest';
import { parseQueryWords } from './parse-query-words.js';

describe('parseQueryWords', () => {
  it('returns content stems and hyphenated words written together', () => {
    expect(parseQueryWords('anti-terrorism training in Kzyl-Orda')).toEqual({
      stems: ['anti', 'terrorism', 'train', 'kzyl', 'orda'],
      compounds: [
        { from: 0, to: 1, joined: 'antiterrorism' },
        { from: 3, to: 4, joined: 'kzylorda' },
      ],
    });
  });

  it('counts a word once however often it is typed', () => {
    expect(parseQueryWords('arrests and arrested').stems).toEqual(['arrest']);
  });
});

describe('edge cases', () => {
  it('does not join words split by other punctuation or spaces', () => {
    expect(parseQueryWords('Kzyl Orda, al/Qaeda').compounds).toEqual([]);
  });
});
