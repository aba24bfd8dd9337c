import { describe, expect, it } from 'vitest';
import { countCasualties } from './count-casualties.js';
import { NUMBER_PATTERN, parseNumber } from './parse-number.js';

describe('parseNumber', () => {
  it.each([
    ['nine', 9],
    ['twenty-two', 22],
    ['twenty two', 22],
    ['1,400', 1400],
    ['a dozen', 12],
    ['two hundred', 200],
    ['one hundred twenty', 120],
    ['two hundred and five', 205],
    ['one thousand', 1000],
    ['twenty-five hundred', 2500],
  ])('reads %s as %i', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it('is null for words that are no number', () => {
    expect(parseNumber('several')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });

  it('matches a number written in words whole, never its first part only', () => {
    const whole = new RegExp(`^${NUMBER_PATTERN}`);
    expect('one hundred twenty villagers'.match(whole)?.[0]).toBe('one hundred twenty');
    expect('two hundred and five soldiers'.match(whole)?.[0]).toBe('two hundred and five');
    expect('three hundred and injured'.match(whole)?.[0]).toBe('three hundred');
    expect('a hundred and forty people'.match(whole)?.[0]).toBe('a hundred and forty');
    expect('half a dozen farmers'.match(whole)?.[0]).toBe('half a dozen');
    expect(parseNumber('a hundred and forty')).toBe(140);
    expect(parseNumber('half a dozen')).toBe(6);
  });
});

describe('countCasualties with numbers in words', () => {
  it.each([
    ['On May 4, gunmen killed one hundred twenty villagers in Korvel.', 120],
    ['A bomb in the Tarn market killed two hundred and five people on June 1.', 205],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });
});
