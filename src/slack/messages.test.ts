import { describe, expect, it } from 'vitest';
import * as answerMessages from '../answers/messages.js';
import * as slackMessages from './messages.js';

/** Every text the Slack and answers messages.ts export, functions called with plain sample arguments. */
function allTexts(): [string, string][] {
  const texts: [string, string][] = [];
  for (const [name, value] of [...Object.entries(slackMessages), ...Object.entries(answerMessages)]) {
    if (typeof value === 'string') texts.push([name, value]);
    else if (typeof value === 'function') {
      const fn = value as (...args: unknown[]) => unknown;
      // Sample arguments of the shapes messages take: words, counts, lists.
      const samples: unknown[][] = [
        ['x', 'x', 'x', 'x'],
        ['x', 1, 2, 3],
        [1, 2, 3, 4],
        [['x'], ['x'], ['x']],
        ['x', ['x'], ['x']],
      ];
      let made: unknown;
      for (const args of samples) {
        try {
          made = fn(...args);
          break;
        } catch {
          made = undefined;
        }
      }
      if (typeof made === 'string') texts.push([name, made]);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value))
        if (typeof inner === 'string') texts.push([`${name}.${key}`, inner]);
    }
  }
  return texts;
}

describe('messages.ts (slack/ and answers/)', () => {
  it('has no raw <, > or & that Slack would read as markup (placeholders are written &lt;section&gt;)', () => {
    const raw = allTexts().filter(([, text]) => /[<>]|&(?!lt;|gt;|amp;)/.test(text));
    expect(raw.map(([name]) => name)).toEqual([]);
  });

  it('finds the help texts it checks', () => {
    expect(allTexts().map(([name]) => name)).toEqual(
      expect.arrayContaining(['REPORT_HELP', 'HOME_HOW_TO_ASK_TEXT', 'UNKNOWN_COMMAND']),
    );
  });
});
