import { describe, expect, it } from 'vitest';
import { classifyIncident } from './classify-incident.js';

// General causes pooled from several independent golds; every sentence here is invented in the series' style.

describe('classifyIncident: a court acting on violence told as what it is about', () => {
  it.each([
    'In March, a Lorn court sentenced to death two Sorra Front members for the 2009 killing of three engineers.',
    'In October, a court acquitted nine defendants of charges related to the 2012 arson attack that killed a farmer.',
    'In September, a Darlo court charged 14 suspects with terrorism and murder.',
    'In April, the Lorn criminal court sentenced Omar Tessa, the last member of the cell that carried out the bombings.',
    'In December, the cabinet approved special tribunals for the bombing cases.',
    'The group announced on May 4 that its founder had died of a heart attack in March.',
  ])('tells no incident in %s', (sentence) => {
    expect(classifyIncident(sentence)).toBeNull();
  });

  it('still tells violence told before the court acts, and an arrest told before a charge', () => {
    expect(classifyIncident('On May 3, gunmen killed a judge in Lorn who had sentenced two militants.')).toBe('attack');
    expect(
      classifyIncident('On June 2, police arrested two men in Darlo; a court later charged them with murder.'),
    ).toBe('arrest');
  });
});
