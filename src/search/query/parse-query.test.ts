import { describe, expect, it } from 'vitest';
import { EMPTY_QUERY_MESSAGE, invalidDateMessage, invalidKindMessage, unknownFilterMessage } from '../messages.js';
import { parseQuery } from './parse-query.js';

const NOW = Date.UTC(2024, 0, 1);
const range = (raw: string) => parseQuery(raw, NOW).query.dateRange;

describe('parseQuery', () => {
  it('returns the content words of a question, stopwords dropped', () => {
    expect(parseQuery('who claimed responsibility for the Atyrau explosions?', NOW)).toEqual({
      query: {
        raw: 'who claimed responsibility for the Atyrau explosions?',
        text: 'who claimed responsibility for the Atyrau explosions?',
        terms: ['claimed', 'responsibility', 'atyrau', 'explosions'],
        filters: {},
        dateRange: null,
      },
      problems: [],
    });
  });

  it('reads filters combined with free text', () => {
    expect(parseQuery('place:Almaty since:2011-11', NOW).query.filters).toEqual({
      place: 'Almaty',
      since: '2011-11-01',
    });
    expect(parseQuery('kind:attack Atyrau', NOW).query).toEqual({
      raw: 'kind:attack Atyrau',
      text: 'Atyrau',
      terms: ['atyrau'],
      filters: { kind: 'attack' },
      dateRange: null,
    });
    expect(
      parseQuery('country:Kazakhstan year:2011 actor:"Jund al-Khilafah" until:2011-10-31', NOW).query.filters,
    ).toEqual({
      country: 'Kazakhstan',
      year: 2011,
      actor: 'Jund al-Khilafah',
      until: '2011-10-31',
    });
  });

  it('reads dates as people type them; a date without a year applies to any year', () => {
    expect(range('October 31')).toEqual({ from: '2000-10-31', to: '2000-10-31', label: 'October 31', anyYear: true });
    expect(range('Oct 31')).toEqual({ from: '2000-10-31', to: '2000-10-31', label: 'Oct 31', anyYear: true });
    expect(range('31 October')).toEqual({ from: '2000-10-31', to: '2000-10-31', label: '31 October', anyYear: true });
    expect(range('2011-10-31')).toEqual({ from: '2011-10-31', to: '2011-10-31', label: '2011-10-31' });
    expect(range('July 2011')).toEqual({ from: '2011-07-01', to: '2011-07-31', label: 'July 2011' });
    expect(range('July')).toEqual({ from: '2000-07-01', to: '2000-07-31', label: 'July', anyYear: true });
    expect(range('Q4 2011')).toEqual({ from: '2011-10-01', to: '2011-12-31', label: 'Q4 2011' });
    expect(range('since October')).toEqual({
      from: '2000-10-01',
      to: '2000-12-31',
      label: 'since October',
      anyYear: true,
    });
    expect(range('before 2011-07-01')).toEqual({ from: '0001-01-01', to: '2011-06-30', label: 'before 2011-07-01' });
    expect(range('between July 1 and July 11')).toEqual({
      from: '2000-07-01',
      to: '2000-07-11',
      label: 'between July 1 and July 11',
      anyYear: true,
    });
  });

  it('takes the date out of the free text', () => {
    const { query } = parseQuery('what did Nazarbayev sign on November 30?', NOW);
    expect(query.terms).toEqual(['nazarbayev', 'sign']);
    expect(query.dateRange?.label).toEqual('November 30');
  });
});

describe('edge cases', () => {
  it('names an unknown filter', () => {
    expect(parseQuery('foo:bar Atyrau', NOW).problems).toEqual([
      { code: 'unknown_filter', message: unknownFilterMessage('foo') },
    ]);
  });

  it('does not take ISO dates, times or URLs for filters', () => {
    expect(parseQuery('2011-10-31', NOW).problems).toEqual([]);
    expect(parseQuery('see https://www.refworld.org/docid/123', NOW).problems).toEqual([]);
    expect(parseQuery('Note: meeting at 10:30', NOW).problems).toEqual([]);
  });

  it('reports impossible dates', () => {
    expect(parseQuery('since:2011-13-45', NOW).problems).toEqual([
      { code: 'invalid_date', message: invalidDateMessage('2011-13-45') },
    ]);
    expect(parseQuery('February 30', NOW).problems).toEqual([
      { code: 'invalid_date', message: invalidDateMessage('February 30') },
    ]);
  });

  it('reports a bad kind or year', () => {
    expect(parseQuery('kind:party', NOW).problems).toEqual([
      { code: 'invalid_value', message: invalidKindMessage('party') },
    ]);
    expect(parseQuery('year:soon', NOW).problems.map((p) => p.code)).toEqual(['invalid_value']);
  });

  it('treats punctuation as data, never as syntax', () => {
    const { query, problems } = parseQuery("'Atyrau | !x ^$=", NOW);
    expect(query.terms).toEqual(['atyrau']);
    expect(problems).toEqual([]);
  });

  it('reports an empty query', () => {
    expect(parseQuery('', NOW).problems).toEqual([{ code: 'empty_query', message: EMPTY_QUERY_MESSAGE }]);
    expect(parseQuery('  ?! the  ', NOW).problems).toEqual([{ code: 'empty_query', message: EMPTY_QUERY_MESSAGE }]);
  });

  it('does not read the verb "may" as the month', () => {
    expect(range('what may happen in Atyrau')).toEqual(null);
  });
});

describe('country: with an unquoted name of several words', () => {
  it('runs on while the words still name a country, and leaves the rest as text', () => {
    expect(parseQuery('country:united kingdom threat level').query.filters).toEqual({ country: 'united kingdom' });
    expect(parseQuery('country:united kingdom threat level').query.text).toBe('threat level');
    expect(parseQuery('country:Burkina Faso kind:attack').query.filters).toEqual({
      country: 'Burkina Faso',
      kind: 'attack',
    });
    expect(parseQuery('country:Kenya Westgate').query.filters).toEqual({ country: 'Kenya' });
  });
});
