import { describe, expect, it } from 'vitest';
import { binIncidents, kindsPresent, MAX_MONTHS } from './bin-incidents.js';
import { testIncident } from './test-records.js';

describe('binIncidents', () => {
  it('returns a bar per month from the first record to the last, empty months included', () => {
    const timeline = binIncidents([
      testIncident('2011-05-17', 'attack', { killed: 1 }),
      testIncident('2011-07-01', 'attack', { killed: 2 }),
      testIncident('2011-07-09', 'clash', { killed: 10, wounded: 3 }),
    ]);
    expect(timeline.unit).toBe('month');
    expect(timeline.bins.map((bin) => bin.label)).toEqual(['May 2011', 'Jun 2011', 'Jul 2011']);
    expect(timeline.bins[2]?.counts).toEqual({ attack: 1, clash: 1, arrest: 0, threat: 0, designation: 0 });
    expect(timeline.bins[2]?.killed).toBe(12);
    expect(timeline.bins[2]?.wounded).toBe(3);
    expect(timeline.placed).toBe(3);
    expect(timeline.withFigures).toBe(3);
  });

  it('returns a bar per year when the span is longer than MAX_MONTHS', () => {
    const timeline = binIncidents([testIncident('2013-09-21', 'attack'), testIncident('2017-01-27', 'attack')]);
    expect(MAX_MONTHS).toBe(36);
    expect(timeline.unit).toBe('year');
    expect(timeline.bins.map((bin) => bin.key)).toEqual(['2013', '2014', '2015', '2016', '2017']);
  });

  it('leaves records dated only by a year out of monthly bars and counts them', () => {
    const timeline = binIncidents([testIncident('2011-10-31', 'attack'), testIncident('2011', 'arrest')]);
    expect(timeline.unit).toBe('month');
    expect(timeline.placed).toBe(1);
    expect(timeline.yearOnly).toBe(1);
  });

  it('lists the kinds present in the fixed order', () => {
    const timeline = binIncidents([testIncident('2011-10-31', 'threat'), testIncident('2011-10-01', 'attack')]);
    expect(kindsPresent(timeline)).toEqual(['attack', 'threat']);
  });
});

describe('edge cases', () => {
  it('returns no bars for no records', () => {
    expect(binIncidents([])).toEqual({ unit: 'year', bins: [], placed: 0, yearOnly: 0, withFigures: 0 });
  });

  it('places year-only records by year when no record has a month', () => {
    const timeline = binIncidents([testIncident('2011', 'arrest'), testIncident('2012', 'arrest')]);
    expect(timeline.unit).toBe('year');
    expect(timeline.placed).toBe(2);
  });
});
