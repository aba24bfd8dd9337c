import { foldPlaceName, type Gazetteer, type GazetteerPlace, looseFoldPlaceName } from './gazetteer.js';

export type PlaceResolution =
  | { status: 'placed'; place: GazetteerPlace; country: string }
  | { status: 'ambiguous'; count: number }
  | { status: 'unknown' };

// Words that make a place name an area ("Lamu County", "Mangystau Oblast"): tried without them too.
const AREA_WORDS =
  /\s+(?:county|province|region|oblast|district|governorate|state|city|town|village|municipality|department|prefecture)$/i;
const LEADING_ARTICLE = /^(?:the|al-|el-)\s*/i;

/** Two places of one name closer than this (degrees, about 30 km) count as the same place. */
const SAME_PLACE_DEGREES = 0.3;

/** The keys to try, exact spellings first, then transliteration variants. */
function candidates(name: string): Array<{ key: string; loose: boolean }> {
  const trimmed = name.trim();
  const forms = [trimmed, trimmed.replace(AREA_WORDS, ''), trimmed.replace(LEADING_ARTICLE, '')];
  const exact = [...new Set(forms.map(foldPlaceName))].map((key) => ({ key, loose: false }));
  const loose = [...new Set(forms.map(looseFoldPlaceName))].map((key) => ({ key, loose: true }));
  return [...exact, ...loose].filter(({ key }) => key.length > 1);
}

/**
 * Finds a place named in a record among the places of the chapter's countries only, so `Aktobe` in a Kazakhstan
 * chapter is never placed abroad. A name that two distant places share is `ambiguous` (not guessed).
 * @example resolvePlace('Atyrau', ['KZ'], gazetteer) //=> { status: 'placed', place: { name: 'Atyrau', lat: 47.1, lon: 51.9 }, country: 'KZ' }
 */
export function resolvePlace(name: string, countryCodes: readonly string[], gazetteer: Gazetteer): PlaceResolution {
  for (const { key, loose } of candidates(name)) {
    const found = countryCodes.flatMap((country) => {
      const places = gazetteer.get(country);
      return ((loose ? places?.loose : places?.exact)?.get(key) ?? []).map((place) => ({ place, country }));
    });
    const [first] = found;
    if (first === undefined) continue;
    const distinct = found.filter(
      ({ place }) =>
        Math.abs(place.lat - first.place.lat) > SAME_PLACE_DEGREES ||
        Math.abs(place.lon - first.place.lon) > SAME_PLACE_DEGREES,
    );
    if (distinct.length > 0) return { status: 'ambiguous', count: distinct.length + 1 };
    return { status: 'placed', ...first };
  }
  return { status: 'unknown' };
}
