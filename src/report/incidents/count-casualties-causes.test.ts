import { describe, expect, it } from 'vitest';
import { countCasualties } from './count-casualties.js';

describe('countCasualties on causes seen on unseen chapters', () => {
  it.each([
    ['a bomber blew himself up among pilgrims near Lorn, killing three of them and their driver.', 4],
    ['On May 2, gunmen shot and killed Karvan’s deputy mayor, Omar Seddiq, outside his office.', 1],
    ['On May 3, soldiers shot and killed Haddou in an orchard near Lorn.', 1],
    ['a woman detonated a vest at a roadblock near Lorn; she was the only fatality.', 1],
    ['two airliners went down within minutes, one near Sorra and one near Lorn, killing all 61 people aboard.', 61],
  ])('reads %s as %i killed', (sentence, killed) => {
    expect(countCasualties(sentence).killed).toBe(killed);
  });

  it('reads "no one was injured" as no deaths and no wounded', () => {
    expect(countCasualties('a grenade was thrown at a patrol in Lorn; no one was injured.')).toEqual({
      killed: 0,
      wounded: 0,
      arrested: null,
    });
  });

  it('never reads the number of a unit or a flight as a figure', () => {
    expect(countCasualties('On May 4, Unit 77 arrested three suspected cell members in Lorn.').arrested).toBe(3);
    expect(countCasualties('Flight 5120 crashed near Lorn; 40 people were killed.').killed).toBe(40);
  });

  it('counts each person of a list after one victim, and a whole told around an aside that names one of them', () => {
    expect(countCasualties('a bomb went off early in a flat in Lorn, killing a father, mother, and son.').killed).toBe(
      3,
    );
    expect(
      countCasualties(
        'three cell members, including the group’s alleged leader, Omar Tal, were killed, and a fourth was injured.',
      ),
    ).toEqual({ killed: 3, wounded: 1, arrested: null });
  });

  it('counts two named people taken and then killed as two', () => {
    expect(
      countCasualties(
        'On May 5, aid workers Ann Rolle and Pieter Vance were seized outside a clinic in Lorn and killed.',
      ).killed,
    ).toBe(2);
  });
});
