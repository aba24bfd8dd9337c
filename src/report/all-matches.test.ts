import { describe, expect, it } from 'vitest';
import { allMatches } from './all-matches.js';

describe('allMatches', () => {
  it('gives what matchAll gives, with groups and indexes', () => {
    const pattern = /(\d+) (killed|wounded)/g;
    const text = 'On May 3, 12 killed and 40 wounded; 3 killed later.';
    const ours = allMatches(pattern, text).map((m) => [m.index, m[0], m[1], m[2]]);
    const theirs = [...text.matchAll(pattern)].map((m) => [m.index, m[0], m[1], m[2]]);
    expect(ours).toEqual(theirs);
    expect(ours).toHaveLength(3);
  });
  it('moves past empty matches as matchAll does, and leaves lastIndex at 0', () => {
    const pattern = /\b/g;
    const text = 'two men';
    expect(allMatches(pattern, text).map((m) => m.index)).toEqual([...text.matchAll(pattern)].map((m) => m.index));
    expect(pattern.lastIndex).toBe(0);
    const astral = /(?:)/gu;
    expect(allMatches(astral, 'a😀b').map((m) => m.index)).toEqual([...'a😀b'.matchAll(astral)].map((m) => m.index));
  });
  it('refuses a pattern without the g flag', () => {
    expect(() => allMatches(/\d/, '1')).toThrow(/global/);
  });
});
