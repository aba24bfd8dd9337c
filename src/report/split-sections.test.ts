import { describe, expect, it } from 'vitest';
import { splitSections } from './split-sections.js';

const p = (text: string, bullet = false) => ({ text, bullet });

describe('splitSections', () => {
  it('splits at headings and puts leading text in "Overview"', () => {
    expect(
      splitSections([p('Intro text.'), p('2011 Terrorist Incidents: Incidents included:'), p('On May 17…', true)]),
    ).toEqual([
      { heading: 'Overview', passages: ['Intro text.'] },
      { heading: '2011 Terrorist Incidents', passages: ['Incidents included:', 'On May 17…'] },
    ]);
  });

  it('heads a chapter without headings with its country', () => {
    expect(splitSections([p('Colombia remained an ally.')], { fallbackHeading: 'Colombia' })).toEqual([
      { heading: 'Colombia', passages: ['Colombia remained an ally.'] },
    ]);
  });
});

describe('edge cases', () => {
  it('opens with a chapter title heading and never reads a bullet as a heading', () => {
    expect(
      splitSections([p('Overview: looks like a heading', true)], {
        openingHeading: 'Chapter 2. Country Reports: Africa Overview',
      }),
    ).toEqual([
      { heading: 'Chapter 2. Country Reports: Africa Overview', passages: ['Overview: looks like a heading'] },
    ]);
  });

  it('keeps a heading with no text as an empty section', () => {
    expect(splitSections([p('Overview: A.'), p('Countering Terrorist Finance:')])).toEqual([
      { heading: 'Overview', passages: ['A.'] },
      { heading: 'Countering Terrorist Finance', passages: [] },
    ]);
  });
});
