import { describe, expect, it } from 'vitest';
import { NO_FIGURES_STATED, SOURCE_LINE } from './messages.js';
import { MAX_ALT_TEXT } from './picture.js';
import { formatSpan, renderTimeline, TIMELINE_HEIGHT, TIMELINE_WIDTH } from './render-timeline.js';
import { readPngSize, testIncident } from './test-records.js';

const incidents = [
  testIncident('2011-05-17', 'attack', { killed: 1 }),
  testIncident('2011-07-09', 'clash', { killed: 10, wounded: 3 }),
  testIncident('2011-10-31', 'threat'),
];

describe('renderTimeline', () => {
  it('returns a PNG of the stated size', () => {
    const picture = renderTimeline({ query: 'Kazakhstan', incidents, loadedYears: [2011, 2012] });
    expect(readPngSize(picture.png)).toEqual({ width: TIMELINE_WIDTH, height: TIMELINE_HEIGHT });
    expect(picture.width).toBe(TIMELINE_WIDTH);
    expect(picture.fileName).toBe('timeline-kazakhstan.png');
  });

  it('says in its alt text what the bars show, the stated figures and the source', () => {
    const { altText } = renderTimeline({ query: 'Kazakhstan', incidents, loadedYears: [2011, 2012] });
    expect(altText).toContain(
      '3 incident records for “Kazakhstan”, by month, May 2011–Oct 2011 (reports loaded 2011–2012)',
    );
    expect(altText).toContain('Jul 2011: 1 (1 clash)');
    expect(altText).toContain('11 killed and 3 wounded as stated in 2 records');
    expect(altText).toContain(SOURCE_LINE);
  });
});

describe('edge cases', () => {
  it('keeps the alt text within Slack’s limit for many bars', () => {
    const many = Array.from({ length: 30 }, (_, i) => testIncident(`${2000 + i}-01-01`, 'attack'));
    const { altText } = renderTimeline({ query: 'everything', incidents: many, loadedYears: [2000, 2029] });
    expect(altText.length).toBeLessThanOrEqual(MAX_ALT_TEXT);
    expect(altText).toContain(SOURCE_LINE);
  });

  it('renders records with no figures and no records at all', () => {
    const noFigures = renderTimeline({
      query: 'threats',
      incidents: [testIncident('2011-10-31', 'threat')],
      loadedYears: [],
    });
    expect(noFigures.altText).toContain('0 killed and 0 wounded as stated in 0 records');
    expect(NO_FIGURES_STATED).toMatch(/states/);
    const empty = renderTimeline({ query: 'nothing', incidents: [], loadedYears: [2011] });
    expect(readPngSize(empty.png)).toEqual({ width: TIMELINE_WIDTH, height: TIMELINE_HEIGHT });
  });

  it('formats spans', () => {
    expect(formatSpan('2011', '2011')).toBe('2011');
    expect(formatSpan('2004', '2022')).toBe('2004–2022');
    expect(formatSpan(undefined, undefined)).toBe('none');
  });
});
