/**
 * Reduces a word to the light stem the index keys on, so `arrested`, `arrests` and `arrest` meet.
 * Deliberately crude (a few suffix rules, not Porter): the same function runs on the corpus and on the
 * query, so consistency matters more than linguistics. Numbers are kept as typed.
 *
 * @param word - one token as it appears in text (any case, may carry diacritics or `'s`)
 * @returns the lowercase stem
 * @example
 * stemWord('Explosions'); //=> 'explosion'
 * stemWord('arrested'); //=> 'arrest'
 */
export function stemWord(word: string): string {
  let w = foldWord(word);
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') || w.endsWith('ied')) return `${w.slice(0, -3)}y`;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ed')) w = undouble(w.slice(0, -2));
  // `declare`/`declared` → `declar`, `force`/`forces` → `forc`: dropping a final e joins the two.
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Lowercases, strips diacritics and apostrophes (`Kazakhstan's` → `kazakhstan`). */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
}

// `planned` → `plann` → `plan`; but `killed` → `kill` keeps its double l (as Porter does for l, s, z).
function undouble(w: string): string {
  const last = w.at(-1);
  if (w.length > 3 && last === w.at(-2) && last !== undefined && !'lsz'.includes(last) && !'aeiou'.includes(last)) {
    return w.slice(0, -1);
  }
  return w;
}
