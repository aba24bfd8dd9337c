import { describe, expect, it } from 'vitest';
import { lazyMap } from './lazy-map.js';

describe('lazyMap', () => {
  it('fills itself on first use, once, and is then equal to a Map built eagerly', () => {
    let fills = 0;
    const map = lazyMap<string, number>((m) => {
      fills += 1;
      m.set('a', 1).set('b', 2);
    });
    expect(fills).toBe(0);
    expect(map.get('b')).toBe(2);
    expect(map.size).toBe(2);
    expect([...map]).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(fills).toBe(1);
    expect(map).toEqual(
      new Map([
        ['a', 1],
        ['b', 2],
      ]),
    );
    expect(map instanceof Map && map.constructor === Map).toBe(true);
  });

  it.each([
    ['size', (m: Map<string, number>) => m.size, 1],
    ['has', (m: Map<string, number>) => m.has('a'), true],
    ['keys', (m: Map<string, number>) => [...m.keys()], ['a']],
    ['values', (m: Map<string, number>) => [...m.values()], [1]],
    ['entries', (m: Map<string, number>) => [...m.entries()], [['a', 1]]],
    [
      'forEach',
      (m: Map<string, number>) => {
        const seen: string[] = [];
        m.forEach((_, k) => {
          seen.push(k);
        });
        return seen;
      },
      ['a'],
    ],
    ['set', (m: Map<string, number>) => [...m.set('b', 2).keys()], ['a', 'b']],
    ['delete', (m: Map<string, number>) => [m.delete('a'), m.size], [true, 0]],
  ])('fills itself before %s', (_, use, expected) => {
    const map = lazyMap<string, number>((m) => m.set('a', 1));
    expect(use(map)).toEqual(expected);
  });
});
