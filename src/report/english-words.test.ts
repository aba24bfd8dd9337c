import { describe, expect, it } from 'vitest';
import { isCommonEnglishWord } from './english-words.js';

describe('isCommonEnglishWord', () => {
  it('knows ordinary words in either spelling, and the days and months', () => {
    expect(
      ['hostages', 'siege', 'kidnapping', 'defence', 'defense', 'sunday', 'october'].map(isCommonEnglishWord),
    ).toEqual([true, true, true, true, true, true, true]);
  });

  it('does not know names of places, people and groups', () => {
    expect(['beslan', 'chibok', 'manchester', 'taliban', 'nairobi'].map(isCommonEnglishWord)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
