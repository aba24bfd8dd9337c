import { describe, expect, it } from 'vitest';
import { parseConsoleLine } from './parse-console-line.js';

describe('parseConsoleLine', () => {
  it('reads slash commands with their text', () => {
    expect(parseConsoleLine('/incident Atyrau')).toEqual({ kind: 'command', command: '/incident', text: 'Atyrau' });
    expect(parseConsoleLine('/REPORT summary finance ')).toEqual({
      kind: 'command',
      command: '/report',
      text: 'summary finance',
    });
    expect(parseConsoleLine('/incident')).toEqual({ kind: 'command', command: '/incident', text: '' });
  });

  it('reads a mention, by name or by user id, and plain text as a direct message', () => {
    expect(parseConsoleLine('@reportdesk who claimed the Atyrau bombings?')).toEqual({
      kind: 'message',
      text: 'who claimed the Atyrau bombings?',
    });
    expect(parseConsoleLine('<@U0BOT> summarize the overview')).toEqual({
      kind: 'message',
      text: 'summarize the overview',
    });
    expect(parseConsoleLine('police killed in Almaty')).toEqual({ kind: 'message', text: 'police killed in Almaty' });
  });

  it('reads button presses by number', () => {
    expect(parseConsoleLine('2')).toEqual({ kind: 'press', button: 2 });
    expect(parseConsoleLine('press 12')).toEqual({ kind: 'press', button: 12 });
    expect(parseConsoleLine('[3]')).toEqual({ kind: 'press', button: 3 });
  });

  describe('edge cases', () => {
    it('treats blank lines and # comments in a script as nothing', () => {
      expect(parseConsoleLine('   ')).toEqual({ kind: 'empty' });
      expect(parseConsoleLine('# a comment')).toEqual({ kind: 'empty' });
    });
    it('names an unknown slash command', () => {
      expect(parseConsoleLine('/incidents Atyrau')).toEqual({ kind: 'unknown', word: '/incidents' });
    });
    it('reads quit, help and home', () => {
      expect(parseConsoleLine('quit').kind).toBe('quit');
      expect(parseConsoleLine('exit').kind).toBe('quit');
      expect(parseConsoleLine('?').kind).toBe('help');
      expect(parseConsoleLine('home').kind).toBe('home');
    });
    it('keeps a year typed alone as a question, not a button', () => {
      expect(parseConsoleLine('2011')).toEqual({ kind: 'message', text: '2011' });
    });
  });
});
