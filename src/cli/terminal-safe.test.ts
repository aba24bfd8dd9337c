import { describe, expect, it } from 'vitest';
import { jsonSafe, terminalSafe } from './terminal-safe.js';

describe('terminalSafe', () => {
  it('removes escapes, C1 controls and bidi overrides, keeping tabs, newlines and ordinary text', () => {
    expect(terminalSafe('two \u001b[2J\u001b]0;x\u0007bombs\u009b31m\ttook \u202eplace\u2066\nAtyrau')).toEqual(
      'two [2J]0;xbombs31m\ttook place\nAtyrau',
    );
  });
});

describe('jsonSafe', () => {
  it('writes C1 and bidi characters as escapes, so the JSON holds the same data', () => {
    const json = jsonSafe(JSON.stringify({ text: 'a\u202eb\u0085c' }));
    expect(json).toEqual('{"text":"a\\u202eb\\u0085c"}');
    expect(JSON.parse(json)).toEqual({ text: 'a\u202eb\u0085c' });
  });
});
