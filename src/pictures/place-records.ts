import type { Incident } from '../report/types.js';
import { chapterCountryCodes } from './country-codes.js';
import type { Gazetteer } from './gazetteer.js';
import { resolvePlace } from './resolve-place.js';

/** An incident record with the country of the chapter it comes from. */
export interface MapRecord {
  incident: Incident;
  /** The chapter's country as the report names it (`Kazakhstan`, `Israel, West Bank and Gaza`). */
  country: string;
}

/** One circle on the map: a place and the records that name it. */
export interface PlacedPoint {
  /** The name as the first record writes it. */
  label: string;
  lat: number;
  lon: number;
  records: number;
  /** Killed plus wounded as the records state them (0 when none states a figure). */
  casualties: number;
}

export interface PlacedRecords {
  points: PlacedPoint[];
  /** Names not found in the gazetteer of the chapter's country. */
  unresolved: string[];
  /** Names that several distant places of the chapter's country share: not guessed. */
  ambiguous: string[];
  /** Records that name no place at all. */
  withoutPlace: number;
  /** Alpha-2 codes of every chapter country involved. */
  countryCodes: string[];
}

/**
 * Places each record's places on the gazetteer of its own chapter's country. Names the gazetteer does not have there
 * (or has twice, far apart) are listed, never guessed.
 * @example placeRecords([{ incident: atyrauBombing, country: 'Kazakhstan' }], gazetteer).points[0].label //=> 'Atyrau'
 */
export function placeRecords(records: readonly MapRecord[], gazetteer: Gazetteer): PlacedRecords {
  const points = new Map<string, PlacedPoint>();
  const unresolved = new Set<string>();
  const ambiguous = new Set<string>();
  const codes = new Set<string>();
  let withoutPlace = 0;
  for (const { incident, country } of records) {
    const countryCodes = chapterCountryCodes(country);
    for (const code of countryCodes) codes.add(code);
    if (incident.places.length === 0) withoutPlace++;
    const casualties = (incident.killed ?? 0) + (incident.wounded ?? 0);
    for (const name of incident.places) {
      const found = resolvePlace(name, countryCodes, gazetteer);
      if (found.status !== 'placed') {
        (found.status === 'ambiguous' ? ambiguous : unresolved).add(name);
        continue;
      }
      const key = `${found.place.lat},${found.place.lon}`;
      const point = points.get(key);
      if (point === undefined) {
        points.set(key, { label: name, lat: found.place.lat, lon: found.place.lon, records: 1, casualties });
      } else {
        point.records++;
        point.casualties += casualties;
      }
    }
  }
  return {
    points: [...points.values()].sort((a, b) => b.casualties - a.casualties || b.records - a.records),
    unresolved: [...unresolved].sort((a, b) => a.localeCompare(b)),
    ambiguous: [...ambiguous].sort((a, b) => a.localeCompare(b)),
    withoutPlace,
    countryCodes: [...codes].sort(),
  };
}
