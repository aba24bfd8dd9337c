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
