import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gatedCasualtyPatterns } from './count-casualties.js';

const root = new URL('../../../', import.meta.url);
const folders = ['test/fixtures/crt/', 'test/fixtures/crt-extra/', 'data/'];
const texts = folders.flatMap((folder) =>
  readdirSync(new URL(folder, root))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(new URL(folder + name, root), 'utf8')),
);
// Figures as the patterns read them, in forms the fixtures may lack.
const written = [
  'The blasts killed 12 people and wounded 40; police arrested 7 suspects and detained three more.',
  'the killing and beheading of eight soldiers, with death tolls estimated at over 50, both attackers were killed',
  'Nine people died and 14 were injured; at least 20 were hurt; six policemen lost their lives; 30 casualties.',
];

describe('the words each gated casualty pattern needs', () => {
  it('are in every match of the pattern (or the context it looks ahead into) over the fixtures, so skipping a text without them loses nothing', () => {
    const gates = gatedCasualtyPatterns();
    expect(gates.length).toBeGreaterThan(5);
    const broken: string[] = [];
    let matches = 0;
    for (const { pattern, needs } of gates) {
      for (const text of [...texts, ...written]) {
        for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
          matches += 1;
          // The match and the context a lookahead may read (at most 160 characters on).
          const at = m.index ?? 0;
          const lower = text.slice(at, at + m[0].length + 200).toLowerCase();
          if (!needs.every((group) => group.some((word) => lower.includes(word))))
            broken.push(`${pattern.source}: ${m[0]}`);
        }
      }
    }
    expect(matches).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });
});
