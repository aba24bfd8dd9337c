import { describe, expect, it } from 'vitest';
import { parseAnalysisRequest } from './parse-analysis-query.js';

const COUNTRIES = ['Kazakhstan', 'Kenya', 'Israel, West Bank and Gaza'];

describe('parseAnalysisRequest', () => {
  it('reads a count of the killed with country, year and kind', () => {
    expect(parseAnalysisRequest('how many were killed in attacks in Kenya in 2017?', COUNTRIES)).toEqual({
      kind: 'count',
      query: 'country:Kenya year:2017 kind:attack',
      measure: 'killed',
    });
  });

  it('counts arrests in records of any kind', () => {
    expect(parseAnalysisRequest('how many arrests in Kazakhstan in 2011', COUNTRIES)).toEqual({
      kind: 'count',
      query: 'country:Kazakhstan year:2011',
      measure: 'arrested',
    });
  });

  it('reads a typed /incident query ending in count', () => {
    expect(parseAnalysisRequest('country:Kenya year:2017 count', COUNTRIES)).toEqual({
      kind: 'count',
      query: 'country:Kenya year:2017',
      measure: 'records',
    });
  });

  it('reads chart and map requests with open ranges and possessives', () => {
    expect(parseAnalysisRequest('chart attacks in Kenya since 2013', COUNTRIES)).toEqual({
      kind: 'chart',
      query: 'country:Kenya since:2013-01-01 kind:attack',
      measure: 'records',
    });
    expect(parseAnalysisRequest("map Kazakhstan's incidents in 2011", COUNTRIES)).toEqual({
      kind: 'map',
      query: 'country:Kazakhstan year:2011',
      measure: 'records',
    });
  });

  it('keeps other words as free text and quotes country names with spaces', () => {
    expect(parseAnalysisRequest('chart Atyrau', COUNTRIES)).toEqual({
      kind: 'chart',
      query: 'Atyrau',
      measure: 'records',
    });
    expect(parseAnalysisRequest('how many wounded in Israel, West Bank and Gaza', COUNTRIES)?.query).toBe(
      'country:"Israel, West Bank and Gaza"',
    );
  });
});

describe('edge cases', () => {
  it('returns null for a plain search or question', () => {
    expect(parseAnalysisRequest('Atyrau', COUNTRIES)).toBeNull();
    expect(parseAnalysisRequest('who claimed the Atyrau bombings?', COUNTRIES)).toBeNull();
    expect(parseAnalysisRequest('account of the attacks', COUNTRIES)).toBeNull();
  });
});
