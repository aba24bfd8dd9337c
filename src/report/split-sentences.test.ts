import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.js';

describe('splitSentences', () => {
  it('splits a seed bullet into its sentences, keeping the words', () => {
    const text =
      'On July 2, one Special Forces officer was killed and three wounded during a police action to detain additional suspects in the Shubarshy shooting. On July 9, in the Kenkiyak village, police killed nine armed men suspected in the Shubarshy incident, while one Special Forces officer was killed. Police arrested two more suspects on July 11.';
    expect(splitSentences(text)).toEqual([
      'On July 2, one Special Forces officer was killed and three wounded during a police action to detain additional suspects in the Shubarshy shooting.',
      'On July 9, in the Kenkiyak village, police killed nine armed men suspected in the Shubarshy incident, while one Special Forces officer was killed.',
      'Police arrested two more suspects on July 11.',
    ]);
  });

  it('does not split after abbreviations and initials', () => {
    expect(splitSentences('The U.S. Embassy in Almaty met Gen. Smith. Then John F. Kennedy spoke.')).toEqual([
      'The U.S. Embassy in Almaty met Gen. Smith.',
      'Then John F. Kennedy spoke.',
    ]);
  });

  it('ends a sentence after a lone capital or an initialism where a sentence’s opening follows', () => {
    expect(
      splitSentences(
        'Police arrested a man supplying militants in Park W. Over the year, 100 were held. He worked with the U.S. In May, Harry S. Truman Street was closed.',
      ),
    ).toEqual([
      'Police arrested a man supplying militants in Park W.',
      'Over the year, 100 were held.',
      'He worked with the U.S.',
      'In May, Harry S. Truman Street was closed.',
    ]);
  });

  it('reads a name after an initial whole: "At-Tamimi" is no "At"', () => {
    expect(splitSentences('Police arrested Abu Hamza M. At-Tamimi and six fighters in Tarn. Then it ended.')).toEqual([
      'Police arrested Abu Hamza M. At-Tamimi and six fighters in Tarn.',
      'Then it ended.',
    ]);
  });

  describe('edge cases', () => {
    it('keeps an excerpt cut mid-word as its last sentence', () => {
      expect(splitSentences('A blast killed three. Security forces wou')).toEqual([
        'A blast killed three.',
        'Security forces wou',
      ]);
    });
    it('returns nothing for blank text', () => {
      expect(splitSentences('   ')).toEqual([]);
    });
  });
});
