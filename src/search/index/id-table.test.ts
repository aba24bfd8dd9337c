import { describe, expect, it } from 'vitest';
import { IdTable } from './id-table.js';

describe('IdTable', () => {
  it('gives each id the number last swapped in, and says which it had', () => {
    const ids = new IdTable(2);
    expect(ids.swap('kz-2011/p1', 0)).toBe(-1);
    expect(ids.swap('kz-2011/p2', 1)).toBe(-1);
    expect(ids.swap('kz-2011/p1', 7)).toBe(0);
    expect([ids.get('kz-2011/p1'), ids.get('kz-2011/p2'), ids.get('kz-2011/p3')]).toEqual([7, 1, -1]);
  });

  it('grows past the size it expected and agrees with a Map over many ids', () => {
    const ids = new IdTable(4);
    const map = new Map<string, number>();
    const before: number[] = [];
    const expected: number[] = [];
    for (let i = 0; i < 5000; i++) {
      // Ids repeat (every third is an earlier one), as a report listed twice repeats its passages' ids.
      const id = `crt-${i % 3 === 0 ? i >> 1 : i}/p${i % 17}`;
      before.push(ids.swap(id, i));
      expected.push(map.get(id) ?? -1);
      map.set(id, i);
    }
    expect(before).toEqual(expected);
    expect([...map.keys()].map((id) => ids.get(id))).toEqual([...map.values()]);
    expect(ids.get('crt-absent/p1')).toBe(-1);
  });
});
