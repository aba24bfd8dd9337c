/**
 * Characters a report file can carry that a terminal obeys instead of showing: C0 controls but tab and newline (ESC
 * starts `\x1b[2J` clear-screen and `\x1b]0;…\x07` retitle sequences), DEL, C1 controls (`\x9b` is a one-byte CSI),
 * and the bidirectional marks, embeddings, overrides and isolates that reorder what is shown (Trojan Source).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this removes.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text for a terminal: every unsafe character removed.
 * @example terminalSafe('two \u001b[2Jexplosions \u202eecalp') //=> 'two [2Jexplosions ecalp'
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, '');
}

/**
 * JSON for a terminal: the same data, with every unsafe character written as a `\uXXXX` escape (JSON.stringify leaves
 * C1 and bidi characters as they are).
 * @example jsonSafe('"\u202e"') //=> '"\\u202e"'
 */
export function jsonSafe(json: string): string {
  return json.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
