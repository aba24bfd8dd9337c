import { describe, expect, it } from 'vitest';
import { buildIndex } from '../index/build-index.js';
import { parseReports } from '../../report/parse-report.js';
import { readFileSync } from 'node:fs';
import { expandWildcard, matchWildcard } from './expand-wildcard.js';

const seed = readFileSync(new URL('../../../data/crt-2011-kazakhstan.txt', import.meta.url), 'utf8');
const { words } = buildIndex(parseReports(seed, { file: 'data/crt-2011-kazakhstan.txt' }).reports);
const expand = (pattern: string, max?: number) => {
  const found = expandWildcard(words, pattern, max);
  return found.tooMany ? 'too many' : found.folds.map((f) => words.folded[f]).sort();
};

describe('matchWildcard', () => {
  it('reads ? as one letter and * as any letters, none included', () => {
    expect(matchWildcard('taliban', 'tal?ban')).toBe(true);
    expect(matchWildcard('talban', 'tal?ban')).toBe(false);
    expect(matchWildcard('extremism', 'extrem*')).toBe(true);
    expect(matchWildcard('extrem', 'extrem*')).toBe(true);
    expect(matchWildcard('extrem', 'extrem?')).toBe(false);
    expect(matchWildcard('attacked', 'att*k*d')).toBe(true);
    expect(matchWildcard('attacker', 'att*k*d')).toBe(false);
  });

  it('treats every other character as itself', () => {
    expect(matchWildcard('a.c', 'a.c')).toBe(true);
    expect(matchWildcard('abc', 'a.c')).toBe(false);
    expect(matchWildcard('a+', 'a+')).toBe(true);
  });
});

describe('expandWildcard', () => {
  it('returns the folded words of the reports a pattern matches', () => {
    expect(expand('shubar*')).toEqual(['shubarshy']);
    expect(expand('akt?be')).toEqual(['aktobe']);
    expect(expand('explo*')).toEqual(['explosion', 'explosions', 'explosive']);
    expect(expand('zzz*')).toEqual([]);
  });

  it('says when a pattern stands for more words than allowed', () => {
    expect(expand('explo*', 2)).toBe('too many');
    expect(expand('explo*', 3)).toEqual(['explosion', 'explosions', 'explosive']);
  });

  describe('edge cases', () => {
    it('handles runs of stars and question marks', () => {
      expect(expand(`e${'*'.repeat(30)}xplosions`)).toEqual(['explosions']);
      const nine = expand(`e${'?'.repeat(8)}`);
      expect(nine).toContain('explosion');
      expect(Array.isArray(nine) && nine.every((w) => w?.length === 9 && w.startsWith('e'))).toBe(true);
      expect(expand(`a${'?'.repeat(40)}*`)).toEqual([]);
    });
  });
});
