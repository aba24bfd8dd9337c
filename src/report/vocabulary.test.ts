import { describe, expect, it } from 'vitest';
import { endsSentence, TERMINAL_PUNCTUATION } from './vocabulary.js';

describe('endsSentence', () => {
  it('says what TERMINAL_PUNCTUATION says, on stops, closers and neither', () => {
    const texts = [
      'refused to surrender.',
      '… “likely.”',
      'killed (see above).)',
      'Incidents included:',
      'Kirkuk province;',
      'Is it?',
      'a list]',
      'no stop here',
      '.',
      ')',
      '',
      'ends with a quote"',
      'stop then word. word',
    ];
    for (const text of texts) expect(endsSentence(text)).toBe(TERMINAL_PUNCTUATION.test(text));
    expect(endsSentence('… “likely.”')).toBe(true);
    expect(endsSentence('no stop here')).toBe(false);
  });
});
