import { describe, expect, it } from 'vitest';
import { countCasualties } from './count-casualties.js';

// General causes pooled from several independent golds; every sentence here is invented in the series' style.

describe('countCasualties: one person killed, told without a figure', () => {
  it.each([
    ['On March 2, a drone strike killed senior Sorra Front operative Karim al-Tessa in Lorn province.', 1],
    ['Gunmen killed Darlo and Marlo Interior Minister Omar Bakri Haddou in Karvan on May 9.', 1],
    ['militants attacked the mission at Vessa on the night of June 4, killing Spanish priest Luis De Arro.', 1],
    ['On April 11, the editor of a Lorn weekly, Samir Tal, was hacked to death outside his office.', 1],
    ['A village elder was beheaded near Sorra in October.', 1],
    ['In August the group publicly executed a Karvan-based official in Darlo.', 1],
    ['In June, Sorra Front leader Idris Kamal Tessa died during fighting with a rival faction near Lorn.', 1],
    [
      'On May 5, fighters killed militia commander Ali Tessa, who had led the defence of Lorn, and three of his aides.',
      4,
    ],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });

  it('counts the one named with those killed beside him', () => {
    expect(
      countCasualties('a bomb went off under the car of Mayor Ali Tessa in Lorn, killing him and three guards.').killed,
    ).toBe(4);
    expect(
      countCasualties('Colonel Omar Tal was killed on May 3 when a mine hit his jeep; two of his aides died with him.')
        .killed,
    ).toBe(3);
    expect(
      countCasualties('Judge Ann Marlo was shot dead on May 3 in Lorn; two of her guards also died in the attack.')
        .killed,
    ).toBe(3);
    expect(countCasualties('May 3: A teacher and four pupils died when gunmen stormed a school in Lorn.').killed).toBe(
      5,
    );
  });

  it('adds no one where the one named survived', () => {
    expect(countCasualties('The governor of Lorn survived the ambush, but two of his guards were killed.').killed).toBe(
      2,
    );
    expect(countCasualties('Two soldiers died in the blast in Lorn.').killed).toBe(2);
  });
});
