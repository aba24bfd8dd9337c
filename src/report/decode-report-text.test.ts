import { describe, expect, it } from 'vitest';
import { decodeReportText } from './decode-report-text.js';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

describe('decodeReportText', () => {
  it('reads UTF-8 and drops its byte order mark', () => {
    expect(decodeReportText(new TextEncoder().encode('Al-Qa’ida'))).toBe('Al-Qa’ida');
    expect(decodeReportText(bytes(0xef, 0xbb, 0xbf, ...ascii('#source: x')))).toBe('#source: x');
  });

  it('reads a Windows-1252 copy with its curly quotes', () => {
    expect(decodeReportText(bytes(0x93, ...ascii('essential'), 0x94, 0x20, ...ascii('Pakistan'), 0x92, 0x73))).toBe(
      '“essential” Pakistan’s',
    );
  });

  it('reads UTF-16 with a byte order mark', () => {
    expect(decodeReportText(bytes(0xff, 0xfe, 0x4f, 0x00, 0x6b, 0x00))).toBe('Ok');
  });
});
