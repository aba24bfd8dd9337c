import { describe, expect, it } from 'vitest';
import { assertReportText } from './assert-report-text.js';
import { ReportParseError } from './report-parse-error.js';

const codeOf = (text: string): string | null => {
  try {
    assertReportText(text);
    return null;
  } catch (error) {
    return error instanceof ReportParseError ? error.code : 'other';
  }
};

describe('assertReportText', () => {
  it('accepts ordinary text', () => {
    expect(codeOf('Overview: Kazakhstan intensified its efforts.')).toEqual(null);
  });
});

describe('edge cases', () => {
  it('rejects empty, NUL and control-heavy text', () => {
    expect([
      codeOf(' \n '),
      codeOf('a\u0000b'),
      codeOf('\u0001\u0002\u0003\u0004 x'),
      codeOf('\ufffd\ufffd\ufffd ab'),
    ]).toEqual(['empty', 'binary', 'binary', 'binary']);
  });
});
