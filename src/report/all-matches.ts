/**
 * Every match of a global pattern in a text, as `[...text.matchAll(pattern)]` gives them, without the copy of the
 * pattern that `matchAll` makes on each call (for the parser's large patterns that copy costs more than the match).
 *
 * @param pattern a pattern with the `g` flag; its `lastIndex` is 0 again when this returns
 * @example allMatches(/\d+/g, 'killed 3, wounded 12').map((m) => m[0]); //=> ['3', '12']
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: ${pattern.source.slice(0, 40)}`);
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  try {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      matches.push(m);
      // An empty match moves on one character (one code point with the `u` flag), as matchAll does.
      if (m[0] === '') {
        const code = text.codePointAt(pattern.lastIndex);
        pattern.lastIndex += pattern.unicode && code !== undefined && code > 0xffff ? 2 : 1;
      }
    }
  } finally {
    pattern.lastIndex = 0;
  }
  return matches;
}
