import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReports } from '../report/parse-report.js';
import { buildIndex } from './index/build-index.js';
import {
  EMPTY_QUERY_MESSAGE,
  missingCountryYearMessage,
  unknownCountryMessage,
  unknownFilterMessage,
} from './messages.js';
import { search } from './search.js';

const seed = readFileSync(new URL('../../data/crt-2011-kazakhstan.txt', import.meta.url), 'utf8');
const index = buildIndex(parseReports(seed, { file: 'data/crt-2011-kazakhstan.txt' }).reports);
const dates = (q: string) =>
  search(index, q, { mode: 'incident', limit: 20 })
    .hits.filter((h) => h.incident)
    .map((h) => h.incident?.date);
const top = (q: string, mode: 'incident' | 'ask' = 'incident') => search(index, q, { mode }).hits[0];

describe('search', () => {
  it('finds the incident at a place, also misspelled', () => {
    expect(top('Atyrau')?.incident?.date).toEqual('2011-10-31');
    expect(top('Atyrua')?.incident?.date).toEqual('2011-10-31');
    expect(top('Shubarshy')?.incident?.date).toEqual('2011-07-01');
    expect(top('Shubarshi')?.incident?.date).toEqual('2011-07-01');
  });

  it('returns passages or incident records with citation, ids and matched words', () => {
    const hit = top('Kenkiyak');
    expect(hit?.kind).toEqual('incident');
    expect(hit?.id).toEqual('crt-2011-kazakhstan/i4');
    expect(hit?.passageId).toEqual('crt-2011-kazakhstan/2011-terrorist-incidents/p4');
    expect(hit?.matchedTerms).toEqual(['Kenkiyak']);
    expect(hit?.citation.text).toEqual(
      'United States Department of State, "Country Reports on Terrorism 2011 - Kazakhstan", 31 July 2012, section "2011 Terrorist Incidents"',
    );
  });

  it('puts only words of the hit text in matchedTerms', () => {
    for (const q of [
      'who claimed responsibility for the Atyrau explosions?',
      'Atyrua',
      'policemen killed in Almaty',
      'October 31',
    ]) {
      for (const hit of search(index, q, { mode: 'ask', limit: 10 }).hits) {
        expect(hit.matchedTerms.length).toBeGreaterThan(0);
        expect(hit.matchedTerms.filter((t) => !hit.text.includes(t))).toEqual([]);
      }
    }
  });

  it('answers a question with the passage that answers it', () => {
    expect(top('who claimed responsibility for the Atyrau explosions?', 'ask')?.text).toContain(
      'Publicly claiming responsibility',
    );
    expect(top('When did the FIU join the Egmont Group?', 'ask')?.text).toContain('joined the Egmont Group');
  });

  it('falls back to passages in incident mode', () => {
    expect(top('Arystan special forces')?.passageText).toContain('Arystan Special Forces');
    expect(top('antiterrorism assistance program')?.kind).toEqual('passage');
  });

  it('matches paraphrases through the synonym table', () => {
    expect(top('garbage bin bomb')?.incident?.date).toEqual('2011-10-31');
    expect(top('suicide bombing Aktobe')?.incident?.date).toEqual('2011-05-17');
  });

  it('matches dates exactly in every typed form', () => {
    for (const q of ['October 31', 'Oct 31', '31 October', '2011-10-31']) expect(dates(q)).toEqual(['2011-10-31']);
    expect(dates('July 1')).toEqual(['2011-07-01']);
    expect(dates('July 11')).toEqual(['2011-07-11', '2011-07-11']);
    expect(dates('July 2011')).toEqual(['2011-07-01', '2011-07-02', '2011-07-09', '2011-07-11', '2011-07-11']);
    expect(dates('July')).toEqual(dates('July 2011'));
    expect(dates('Q4 2011')).toEqual([
      '2011-10-24',
      '2011-10-31',
      '2011-11-03',
      '2011-11-30',
      '2011-12-03',
      '2011-12-29',
    ]);
    expect(dates('since October')).toEqual(dates('Q4 2011'));
    expect(dates('before 2011-07-01')).toEqual(['2011-05-17']);
    expect(dates('between July 1 and July 11')).toEqual(dates('July 2011'));
  });

  it('also finds passages that name the date in ask mode', () => {
    const hits = search(index, 'On October 31', { mode: 'ask' }).hits;
    expect(hits.map((h) => h.passageId)).toEqual([
      'crt-2011-kazakhstan/2011-terrorist-incidents/p5',
      'crt-2011-kazakhstan/2011-terrorist-incidents/p6',
    ]);
    expect(hits[1]?.matchedTerms).toEqual(['October 31']);
  });

  it('combines filters with free text', () => {
    expect(dates('place:Almaty since:2011-11')).toEqual(['2011-11-03', '2011-12-03']);
    expect(dates('kind:attack Atyrau')).toEqual(['2011-10-31']);
    expect(dates('actor:JAK')).toEqual(['2011-10-24', '2011-11-30']);
    expect(dates('country:kazakhstan year:2011 Boralday')).toEqual(['2011-12-03']);
  });

  it('pages through results with offset and limit', () => {
    const all = search(index, 'police', { mode: 'ask', limit: 50 });
    const first = search(index, 'police', { mode: 'ask', limit: 2 });
    const second = search(index, 'police', { mode: 'ask', limit: 2, offset: 2 });
    expect(first.total).toEqual(all.total);
    expect([...first.hits, ...second.hits].map((h) => h.id)).toEqual(all.hits.slice(0, 4).map((h) => h.id));
  });
});

describe('search: words, names and dates written another way', () => {
  it('matches numeric dates exactly: day first with dots, month first with slashes', () => {
    expect(dates('31.10.2011')).toEqual(['2011-10-31']);
    expect(dates('12/3/2011')).toEqual(['2011-12-03']);
    expect(dates('31/10/2011')).toEqual(['2011-10-31']);
    // No record on 30 October: the month's records are offered, and the verdict says there is none that day.
    const none = search(index, '30.10.2011', { mode: 'incident', limit: 20 });
    expect(none.verdict).toMatchObject({ answered: false, noRecordOn: '2011-10-30' });
    expect(dates('30.10.2011')).toEqual(['2011-10-24', '2011-10-31']);
  });

  it('rejoins a hyphenated word the report writes as one', () => {
    expect(top('anti-terrorism assistance', 'ask')?.text).toContain('Antiterrorism Assistance program');
    expect(top('Kzyl-Orda')?.incident?.date).toEqual('2011-12-29');
    expect(top('Kzyl Orda')?.incident?.date).toEqual('2011-12-29');
  });

  it('does not match ordinary words loosely (`read` is not `areas`, `Orda` not `order`)', () => {
    const matched = (q: string) =>
      search(index, q, { mode: 'ask', limit: 20 }).hits.flatMap((h) => h.matchedTerms.map((t) => t.toLowerCase()));
    expect(matched('read').filter((t) => t.startsWith('area') || t === 'head')).toEqual([]);
    expect(matched('Orda')).toEqual([]);
    expect(matched('service').filter((t) => t.startsWith('devic'))).toEqual([]);
  });

  it('finds a group by the abbreviation the report defines, and the reverse', () => {
    const passage = (id: string, text: string) => ({ id, text });
    const tajikistan = buildIndex([
      {
        id: 'crt-2005-tajikistan',
        file: '',
        title: 'Tajikistan',
        country: 'Tajikistan',
        year: 2005,
        publisher: null,
        publicationDate: null,
        citeAs: null,
        sourceUrl: null,
        sections: [
          {
            id: 's',
            heading: 'Tajikistan',
            passages: [
              passage(
                's/p1',
                'Tajikistan closely monitored extremist groups like Hizb ut-Tahrir (HT), and arrested criminals.',
              ),
              passage('s/p2', 'In 2005, approximately 74 members of HT were arrested.'),
              passage('s/p3', 'Arrests in Tajikistan of Hizb members of the opposition party followed.'),
            ],
          },
        ],
        incidents: [],
      },
    ]);
    const ask = (q: string) => search(tajikistan, q, { mode: 'ask' }).hits.map((h) => h.id);
    expect(ask('Hizb ut-Tahrir arrests')).toContain('s/p2');
    expect(ask('HT').sort()).toEqual(['s/p1', 's/p2']);
    expect(top('JAK threat')?.incident?.date).toEqual('2011-10-24');
  });

  it('finds a city by its former name', () => {
    expect(top('Alma-Ata police killings')?.passageText).toContain('murdered two policemen in Almaty');
    expect(top('Aktyubinsk')?.text).toContain('Aktobe');
  });

  it('counts a synonym below the word typed', () => {
    const ranked = search(index, 'arrests', { mode: 'incident', limit: 3 }).hits;
    expect(ranked.every((h) => /arrest/i.test(h.text))).toEqual(true);
  });
});

describe('edge cases', () => {
  it('names the loaded years when a country is loaded but not for that year', () => {
    expect(search(index, 'country:Kazakhstan year:2009 Atyrau').problems).toEqual([
      { code: 'invalid_value', message: missingCountryYearMessage('Kazakhstan', 2009, [2011]) },
    ]);
    expect(missingCountryYearMessage('Kenya', 2011, [2013, 2017])).toEqual(
      'No Kenya report for 2011 is loaded. Loaded for Kenya: 2013, 2017.',
    );
  });

  it('lists at most ten loaded countries when a country is unknown', () => {
    const countries = Array.from({ length: 13 }, (_, i) => `Country ${i + 1}`);
    expect(unknownCountryMessage('Atlantis', countries)).toEqual(
      `No report for country "Atlantis". Loaded: ${countries.slice(0, 10).join(', ')} and 3 more.`,
    );
    expect(unknownCountryMessage('Atlantis', ['Kazakhstan'])).toEqual(
      'No report for country "Atlantis". Loaded: Kazakhstan.',
    );
  });

  it('treats injection characters as plain text', () => {
    const response = search(index, "'Atyrau | !x ^$=", { mode: 'incident' });
    expect(response.problems).toEqual([]);
    expect(response.hits[0]?.incident?.date).toEqual('2011-10-31');
  });

  it('explains an empty query instead of answering nothing', () => {
    expect(search(index, '   ').problems).toEqual([{ code: 'empty_query', message: EMPTY_QUERY_MESSAGE }]);
  });

  it('explains an unknown filter, an impossible date and an unknown country', () => {
    expect(search(index, 'foo:bar Atyrau').problems).toEqual([
      { code: 'unknown_filter', message: unknownFilterMessage('foo') },
    ]);
    expect(search(index, 'since:2011-13-45').problems.map((p) => p.code)).toEqual(['invalid_date']);
    expect(search(index, 'February 30').problems.map((p) => p.code)).toEqual(['invalid_date']);
    expect(search(index, 'country:Atlantis Atyrau').problems.map((p) => p.code)).toEqual(['invalid_value']);
  });

  it('suggests near spellings when nothing matches', () => {
    expect(top('Kizilorta')?.incident?.date).toEqual('2011-12-29');
    expect(top('Egmonnt', 'ask')?.text).toContain('Egmont Group');
    const nothing = search(index, 'Ahtyrooo Kizilordoo', { mode: 'ask' });
    expect(nothing.total).toEqual(0);
    expect(nothing.suggestions).toEqual(['Atyrau', 'Kyzylorda']);
  });

  it('suggests no ordinary word for a short name the reports do not have', () => {
    const paris = search(index, 'Paris', { mode: 'incident' });
    expect(paris.total).toEqual(0);
    expect(paris.suggestions).toEqual([]);
  });

  it('says which years are loaded for a year filter no report matches', () => {
    const response = search(index, 'kind:attack year:2012', { mode: 'incident' });
    expect(response.problems.map((p) => p.message)).toEqual(['No report for 2012 is loaded. Loaded years: 2011.']);
  });

  it('suggests the nearest incident dates for a date with no incident', () => {
    const response = search(index, 'October 30', { mode: 'incident' });
    expect(response.suggestions.slice(0, 2)).toEqual(['2011-10-31', '2011-11-03']);
  });

  it('works on an empty corpus', () => {
    expect(search(buildIndex([]), 'Atyrau')).toEqual({
      query: { raw: 'Atyrau', text: 'Atyrau', terms: ['atyrau'], filters: {}, dateRange: null },
      hits: [],
      total: 0,
      problems: [],
      suggestions: [],
      // Nothing loaded knows the name: no answer, and the verdict says which word.
      verdict: { answered: false, missing: ['Atyrau'], loaded: [] },
    });
  });
});

describe('kind words people type', () => {
  it('reads kind:bombing as attacks and kind:raid as clashes', () => {
    const bombings = search(index, 'kind:bombing', { mode: 'incident', limit: 20 });
    expect(bombings.problems).toEqual([]);
    expect(bombings.hits.length).toBeGreaterThan(0);
    expect(bombings.hits.every((h) => h.incident?.kind === 'attack')).toBe(true);
    expect(
      search(index, 'kind:raid', { mode: 'incident', limit: 20 }).hits.every((h) => h.incident?.kind === 'clash'),
    ).toBe(true);
  });
  it('still names an unknown kind', () => {
    expect(search(index, 'kind:weather', { mode: 'incident' }).problems[0]?.message).toMatch(/Unknown kind `weather`/);
  });
});

describe('date ranges typed as a span', () => {
  it('puts the record told over exactly that span before a single day inside it', () => {
    const [first, second] = search(index, 'July 11-16', { mode: 'incident' }).hits;
    expect(first?.incident?.endDate).toBe('2011-07-16');
    expect(second?.incident?.date).toBe('2011-07-11');
  });
});

describe('chapter facets and the verdict', () => {
  it('reads a year alone in /incident as that year', () => {
    const response = search(index, '2011', { mode: 'incident', limit: 20 });
    expect(response.query.dateRange).toEqual({ from: '2011-01-01', to: '2011-12-31', label: '2011' });
    expect(response.hits.filter((h) => h.incident && !h.incident.date.startsWith('2011'))).toEqual([]);
    expect(response.hits[0]?.incident?.date).toBe('2011-05-17');
  });

  it('answers when the passage covers what the question names', () => {
    expect(search(index, 'did kazakhstan join the Egmont Group in 2011').verdict).toEqual({
      answered: true,
      missing: [],
      loaded: [{ name: 'Kazakhstan', years: [2011] }],
      noRecordOn: null,
    });
  });

  it('does not answer for a year no loaded chapter or passage covers, and says which is loaded', () => {
    expect(search(index, 'kazakhstan 2016 gun shop attack').verdict).toMatchObject({
      answered: false,
      missing: ['2016'],
      loaded: [{ name: 'Kazakhstan', years: [2011] }],
    });
  });

  it('does not answer for a day with no record, names the day, and offers the month', () => {
    const response = search(index, 'December 4, 2011', { mode: 'incident' });
    expect(response.verdict).toMatchObject({ answered: false, noRecordOn: '2011-12-04' });
    expect(response.hits.map((h) => h.incident?.date)).toEqual(['2011-12-03', '2011-12-29']);
  });

  it('searches an ambiguous numeric date in both readings', () => {
    const response = search(index, '3/12/2011', { mode: 'incident' });
    expect(response.dateReadings).toEqual(['2011-03-12', '2011-12-03']);
    expect(response.hits[0]?.incident?.date).toBe('2011-12-03');
    expect(response.verdict?.answered).toBe(true);
  });

  it('does not answer for a country nothing loaded covers, nor a name no report knows', () => {
    expect(search(index, 'Sri Lanka police').verdict?.missing).toEqual(['Sri Lanka']);
    expect(search(index, 'who attacked the Bataclan theatre').verdict?.missing).toContain('Bataclan');
  });

  it('reads a name typed in lower case that no report knows as a name, unless the passage tells the rest', () => {
    expect(search(index, 'how many hostages died in the beslan school siege').verdict).toMatchObject({
      answered: false,
      missing: ['beslan'],
    });
    // `washington` is no ordinary word and no report names it, but the passage tells every other word.
    expect(
      search(index, 'did the financial intelligence unit of kazakhstan join the egmont group, washington').verdict,
    ).toMatchObject({
      answered: true,
      missing: [],
    });
  });
});
