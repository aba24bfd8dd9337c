import { describe, expect, it } from 'vitest';
import { hasHeadingKeyword, parseHeading } from './parse-heading.js';

describe('parseHeading', () => {
  it('finds a heading followed by a colon and text', () => {
    expect(parseHeading('Overview: In the wake of violent incidents…')).toEqual({
      heading: 'Overview',
      rest: 'In the wake of violent incidents…',
    });
    expect(parseHeading('Legislation, Law Enforcement, and Border Security:  There were no changes.')).toEqual({
      heading: 'Legislation, Law Enforcement, and Border Security',
      rest: 'There were no changes.',
    });
    expect(parseHeading('2011 Terrorist Incidents: Incidents with potential links to terrorism included:')).toEqual({
      heading: '2011 Terrorist Incidents',
      rest: 'Incidents with potential links to terrorism included:',
    });
  });

  it('finds a heading alone on its line, with or without a colon', () => {
    expect(parseHeading('2020 Terrorist Incidents')).toEqual({ heading: '2020 Terrorist Incidents', rest: '' });
    expect(parseHeading('Notable terrorist incidents:')).toEqual({ heading: 'Notable terrorist incidents', rest: '' });
    expect(parseHeading('STATE SPONSOR: IMPLICATIONS')).toEqual({ heading: 'STATE SPONSOR: IMPLICATIONS', rest: '' });
    expect(parseHeading('State Sponsor: Implications')).toEqual({ heading: 'State Sponsor: Implications', rest: '' });
  });

  it('accepts a short title-case heading outside the vocabulary', () => {
    expect(parseHeading('Rewards for Justice: The program paid two rewards.')).toEqual({
      heading: 'Rewards for Justice',
      rest: 'The program paid two rewards.',
    });
  });
});

describe('edge cases', () => {
  it('rejects sentences that end with a colon', () => {
    expect(
      [
        'Kazakh authorities made numerous arrests on terrorism-related charges:',
        'For further information on money laundering and financial crimes, we refer you to the 2011 International Narcotics Control Strategy Report (INCSR), Volume 2, Money Laundering and Financial Crimes:',
        'Significant incidents included:',
        'Six attacks garnered particular attention and condemnation:',
      ].map(parseHeading),
    ).toEqual([null, null, null, null]);
  });

  it('rejects short lines that are not headings', () => {
    expect(
      ['UN General Assembly, New York City', 'Cuba', 'The Uni', 'Pakistan. Despite the efforts…', ''].map(parseHeading),
    ).toEqual([null, null, null, null, null]);
  });

  it('keeps a cut heading line as heading and text', () => {
    expect(parseHeading('Legislation and Law Enforcement: Saudi Ar')).toEqual({
      heading: 'Legislation and Law Enforcement',
      rest: 'Saudi Ar',
    });
  });
});

describe('hasHeadingKeyword', () => {
  it('matches the series heading words', () => {
    expect(
      ['Countering Violent Extremism', 'Regional and International Cooperation', 'Banana Bread'].map(hasHeadingKeyword),
    ).toEqual([true, true, false]);
  });
});
