const UTF8 = new TextDecoder('utf-8', { fatal: true });
const UTF16LE = new TextDecoder('utf-16le');
const UTF16BE = new TextDecoder('utf-16be');
// Windows-1252 differs from Latin-1 only in 0x80–0x9F, where it puts curly quotes, dashes and the euro sign
// (Node's TextDecoder reads 'windows-1252' as Latin-1, so the table is spelled out). Unassigned bytes stay C1 controls.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return out;
}

/**
 * Decodes the bytes of a saved report copy: UTF-8 (with or without a BOM), UTF-16 with a BOM, and
 * otherwise Windows-1252, the encoding of copies saved on Windows, whose curly quotes (bytes 0x91–0x94)
 * are not UTF-8 and would read as U+FFFD. Pure: bytes in, text out; reading the file is the caller's.
 *
 * @param bytes - the file's bytes
 * @returns the text, without a byte order mark
 *
 * @example
 * decodeReportText(new Uint8Array([0x93, 0x65, 0x73, 0x73, 0x65, 0x6e, 0x74, 0x69, 0x61, 0x6c, 0x94])); // '“essential”'
 */
export function decodeReportText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return UTF16LE.decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return UTF16BE.decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return UTF8.decode(body);
  } catch {
    // Not UTF-8: a single-byte copy. Binary files still fail assertReportText on their control characters.
    return decodeWindows1252(body);
  }
}
