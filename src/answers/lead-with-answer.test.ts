import { describe, expect, it } from 'vitest';
import { LEAD_PLACE_MARK, leadWithAnswer } from './lead-with-answer.js';

describe('leadWithAnswer', () => {
  it('returns the sentence with the most matched words first and the rest in order, marking its place', () => {
    const text =
      'The government amended the religion law in October. Two explosions hit Atyrau on October 31. ' +
      'Jund al-Khilafah claimed responsibility for the Atyrau explosions. Nobody was hurt.';
    expect(leadWithAnswer(text, ['claimed', 'Atyrau', 'explosions'])).toEqual({
      lead: 'Jund al-Khilafah claimed responsibility for the Atyrau explosions.',
      rest: `The government amended the religion law in October. Two explosions hit Atyrau on October 31. ${LEAD_PLACE_MARK} Nobody was hurt.`,
    });
  });

  it('returns null when the first sentence answers, so the passage reads as it is', () => {
    expect(leadWithAnswer('JAK claimed the Atyrau blasts. The law passed in May.', ['Atyrau'])).toBeNull();
  });

  it('prefers the first of two sentences that match as many words', () => {
    const result = leadWithAnswer('A law passed. Police arrested 29 in Aktau. Police arrested 12 in Aktau.', [
      'Aktau',
      'arrested',
    ]);
    expect(result?.lead).toBe('Police arrested 29 in Aktau.');
  });

  describe('edge cases', () => {
    it('counts whole words only and ignores case', () => {
      const text = 'Aktaubek was named. The AKTAU court sat.';
      expect(leadWithAnswer(text, ['aktau'])?.lead).toBe('The AKTAU court sat.');
    });

    it('returns null for one sentence, no terms, or terms found nowhere', () => {
      expect(leadWithAnswer('One sentence about Atyrau.', ['Atyrau'])).toBeNull();
      expect(leadWithAnswer('A law passed. Police met.', [])).toBeNull();
      expect(leadWithAnswer('A law passed. Police met.', ['Almaty'])).toBeNull();
    });
  });
});
