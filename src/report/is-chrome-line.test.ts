import { describe, expect, it } from 'vitest';
import { isChromeLine } from './is-chrome-line.js';

describe('isChromeLine', () => {
  it('recognises the page furniture of the copies', () => {
    expect(
      [
        'Last Updated: Friday, 27 May 2016, 08:49 GMT',
        'DisclaimerThis is not a UNHCR publication.',
        'Search Refworld',
        "An official website of the United States Government Here's how you know",
        'Secure .gov websites use HTTPS',
        'SHOW MORE',
        'You also want an ePaper? Increase the reach of your titles',
        'YUMPU automatically turns print PDFs into web optimized ePapers that Google loves.',
        '04.06.2013 Views',
        ' You are in: Bureaus/Offices > Office of the Coordinator for Counterterrorism > Releases',
        "U.S. Public Diplomacy and the War of Ideas  |  Daily Press Briefing | What's New",
        'Released by the Office of the Coordinator for Counterterrorism',
        'Bureau of Counterterrorism and Countering Violent Extremism',
        'Share',
        'Dokument #1444905',
        'USDOS – US Department of State (Autor)',
        'April 30, 2008',
      ].map(isChromeLine),
    ).toEqual(Array.from({ length: 17 }, () => true));
  });
});

describe('edge cases', () => {
  it('keeps report text that mentions chrome words', () => {
    expect(
      [
        'The Home Office reported that referrals rose.',
        'Overview: The UK remained a key partner.',
        'Search and rescue teams arrived in Kabul.',
        'Report',
      ].map(isChromeLine),
    ).toEqual([false, false, false, true]);
  });
});
