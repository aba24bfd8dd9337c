import { describe, expect, it } from 'vitest';
import { findDates } from './find-dates.js';
import { nationalDay } from './national-days.js';
import { parseIncidents } from './parse-incidents.js';
import { testChapter } from './test-chapter.js';

describe('nationalDay', () => {
  it.each([
    ['Independence Day', 'Uganda', '10-09'],
    ['Independence Day', 'the United States', '07-04'],
    ['National Day', 'Kuwait', '02-25'],
    ['Merdeka Day', null, '08-31'],
    ['Orthodox Christmas Eve', 'Kosovo', '01-06'],
    ['Independence Day', 'Testland', null],
    ['National Day', 'Uganda', null],
  ])('gives %s in a chapter on %s as %s', (name, country, day) => {
    expect(nationalDay(name, country)).toBe(day);
  });
});

describe('findDates and parseIncidents on national holidays', () => {
  it('dates "On the evening of Independence Day" and "the eve of" by the chapter’s country', () => {
    const dates = (sentence: string, country: string) =>
      findDates(sentence, 2016, null, country).map((m) => [m.date, m.words]);
    expect(dates('On the evening of Independence Day, a grenade exploded in Tarn.', 'Uganda')).toEqual([
      ['2016-10-09', 'Independence Day'],
    ]);
    expect(dates('On the eve of Merdeka Day, police arrested two men.', 'Malaysia')).toEqual([
      ['2016-08-30', 'the eve of Merdeka Day'],
    ]);
    expect(dates('On Independence Day, police arrested two men.', 'Testland')).toEqual([]);
    expect(dates('The Independence Day parade was cancelled.', 'Uganda')).toEqual([]);
  });

  it('gives the record the day', () => {
    const report = {
      ...testChapter(
        2019,
        'On Independence Day, border guards exchanged fire with militants in Tarn District, killing two.',
      ),
      country: 'Tajikistan',
    };
    expect(parseIncidents(report).map((r) => [r.date, r.kind, r.places, r.killed])).toEqual([
      ['2019-09-09', 'clash', ['Tarn District'], 2],
    ]);
  });
});

describe('nationalDay: Constitution Day and Victory Day', () => {
  it("gives the fixed day of the chapter's country, and none where the country has none here", () => {
    expect(nationalDay('Constitution Day', 'Spain')).toBe('12-06');
    expect(nationalDay('Victory Day', 'Russia')).toBe('05-09');
    expect(nationalDay('Victory Day', 'Bangladesh')).toBe('12-16');
    expect(nationalDay('Constitution Day', 'Mexico')).toBeNull();
  });
});
