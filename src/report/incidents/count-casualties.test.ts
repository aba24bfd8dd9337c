import { describe, expect, it } from 'vitest';
import { countCasualties } from './count-casualties.js';

describe('countCasualties', () => {
  it('adds the dead of every side', () => {
    expect(
      countCasualties('police killed nine armed men suspected in the Shubarshy incident, while one Special Forces officer was killed.'),
    ).toEqual({ killed: 10, wounded: null, arrested: null });
  });

  it('reads killed and wounded told together', () => {
    expect(countCasualties('one Special Forces officer was killed and three wounded during a police action')).toEqual({
      killed: 1,
      wounded: 3,
      arrested: null,
    });
    expect(countCasualties('an ELN terrorist detonated a car bomb, killing 22 cadets and injuring 87.')).toEqual({
      killed: 22,
      wounded: 87,
      arrested: null,
    });
  });

  it('counts "over 200" as 200 and number words', () => {
    expect(countCasualties('led to the arrest of over 200 suspects.').arrested).toBe(200);
    expect(countCasualties('Police arrested two more suspects on July 11.').arrested).toBe(2);
    expect(countCasualties('left at least nine Turkish security personnel dead').killed).toBe(9);
    expect(countCasualties('attackers murdered twenty-two villagers').killed).toBe(22);
  });

  it('counts one death for a named person killed', () => {
    expect(countCasualties('Erik Ayazbayev, the alleged leader of this group, was killed December 29').killed).toBe(1);
  });

  describe('edge cases', () => {
    it('returns nulls when no figure is stated', () => {
      expect(countCasualties('two explosions took place, possibly targeting official buildings')).toEqual({
        killed: null,
        wounded: null,
        arrested: null,
      });
    });
  });
});

describe('countCasualties on lists of victims', () => {
  it('adds every figure of a list, and a named victim with "N others"', () => {
    expect(countCasualties('killing 49 soldiers and one civilian').killed).toBe(50);
    expect(countCasualties('fighting that killed more than 900 militants, 165 soldiers and police, and 47 civilians.').killed).toBe(1112);
    expect(countCasualties('nine ASG members and four members of the security forces were killed.').killed).toBe(13);
    expect(countCasualties('killing U.S. diplomat David Foy and three others and wounding 52.')).toEqual({
      killed: 4,
      wounded: 52,
      arrested: null,
    });
  });

  describe('edge cases', () => {
    it('counts no day of a date and no aside', () => {
      expect(countCasualties('In an August 17 follow-up operation, security forces killed nine suspects.').killed).toBe(9);
      expect(countCasualties('two tourists (a Russian and a German citizen) were shot and killed').killed).toBe(2);
      expect(countCasualties('security forces killed 12 detainees in custody in Tanwalbougou, an incident').killed).toBe(12);
    });
  });
});
