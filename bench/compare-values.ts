/**
 * Where two values differ, compared by value: primitives with `Object.is`, typed arrays and arrays element by element,
 * Maps by their entries in order, Sets by their members in order, other objects by their own keys. The same object on
 * both sides is equal without a look inside (the two indexes of `bench:compare` share the reports they were built from).
 *
 * @param limit - stop after this many differences
 * @returns a path and the two values for each difference found, at most `limit`
 * @example
 * differences({ a: [1, 2], m: new Map([['x', 1]]) }, { a: [1, 3], m: new Map([['x', 1]]) });
 * //=> ['.a[1]: 2 ≠ 3']
 */
export function differences(a: unknown, b: unknown, limit = 20): string[] {
  const found: string[] = [];
  walk(a, b, '', found, limit);
  return found;
}

function walk(a: unknown, b: unknown, at: string, found: string[], limit: number): void {
  if (found.length >= limit || Object.is(a, b)) return;
  const differ = (why: string): void => {
    found.push(`${at || '(root)'}: ${why}`);
  };
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    differ(`${show(a)} ≠ ${show(b)}`);
    return;
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) {
    differ(`${a.constructor.name} ≠ ${b.constructor.name}`);
    return;
  }
  if (ArrayBuffer.isView(a) && ArrayBuffer.isView(b)) {
    const x = a as unknown as ArrayLike<number>;
    const y = b as unknown as ArrayLike<number>;
    if (x.length !== y.length) differ(`length ${x.length} ≠ ${y.length}`);
    else
      for (let i = 0; i < x.length && found.length < limit; i++)
        if (!Object.is(x[i], y[i])) differ(`[${i}] ${x[i]} ≠ ${y[i]}`);
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) differ(`length ${a.length} ≠ ${b.length}`);
    for (let i = 0; i < Math.min(a.length, b.length); i++) walk(a[i], b[i], `${at}[${i}]`, found, limit);
    return;
  }
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) differ(`size ${a.size} ≠ ${b.size}`);
    const x = [...a.entries()];
    const y = [...b.entries()];
    for (let i = 0; i < Math.min(x.length, y.length) && found.length < limit; i++) {
      const key = show(x[i]?.[0]);
      walk(x[i]?.[0], y[i]?.[0], `${at}.key#${i}`, found, limit);
      walk(x[i]?.[1], y[i]?.[1], `${at}.get(${key})`, found, limit);
    }
    return;
  }
  if (a instanceof Set && b instanceof Set) {
    walk([...a], [...b], `${at}(set)`, found, limit);
    return;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  const other = Object.keys(y);
  if (keys.join() !== other.join()) differ(`keys ${keys.join()} ≠ ${other.join()}`);
  for (const key of keys) if (key in y) walk(x[key], y[key], `${at}.${key}`, found, limit);
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
