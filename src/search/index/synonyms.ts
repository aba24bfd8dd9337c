import { PLACE_ALIAS_WEIGHT, SYNONYM_WEIGHT } from '../rank/weights.js';
import { tokenStems } from './tokenize.js';

/**
 * The series' own vocabulary for the same event, so a paraphrase finds the passage
 * (`garbage bin bomb` → "An explosive device detonated in a trash can"). No search engine handles
 * paraphrase by itself; a small hand-made table of the series' words does.
 * Each row is one meaning; a phrase may have several words (all must occur in a passage).
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = Object.freeze([
  [
    'bomb',
    'bombing',
    'bomber',
    'explosion',
    'explosive',
    'explosive device',
    'IED',
    'improvised explosive device',
    'blast',
    'detonated',
    'detonation',
    'grenade',
  ],
  ['suicide bombing', 'suicide bomber', 'suicide attack', 'blew himself up', 'blew herself up', 'suicide bomb'],
  [
    'killed',
    'murdered',
    'dead',
    'died',
    'death',
    'slain',
    'fatalities',
    'killing',
    'murder',
    'assassinated',
    'death toll',
  ],
  ['arrested', 'detained', 'arrest', 'detention', 'apprehended', 'captured', 'custody', 'detain'],
  ['claimed responsibility', 'claiming responsibility', 'took responsibility', 'responsible'],
  ['police', 'policemen', 'policeman', 'police officers', 'officers', 'law enforcement'],
  ['trash can', 'garbage bin', 'rubbish bin', 'dustbin', 'waste bin', 'trash bin', 'garbage can'],
  ['wounded', 'injured', 'hurt', 'injuries', 'injuring'],
  ['gunmen', 'gunman', 'armed men', 'militants', 'attackers', 'assailants'],
  ['shooting', 'shot', 'fired', 'gunfire', 'opened fire'],
  ['attack', 'assault', 'raid', 'strike'],
  ['terrorist group', 'terrorist organization', 'militant group', 'extremist group', 'militant organization'],
  ['banned', 'prohibited', 'outlawed', 'designated', 'declared'],
  ['kidnapped', 'abducted', 'hostage', 'kidnapping', 'abduction'],
  ['terrorist financing', 'financing of terrorism', 'terrorism financing', 'terrorist finance', 'CFT'],
  ['money laundering', 'money-laundering', 'AML'],
  ['law', 'legislation', 'legislative'],
  ['threat', 'threatened', 'ultimatum', 'threatening'],
  ['counterterrorism', 'antiterrorism', 'counter-terrorism', 'anti-terrorism'],
  ['join', 'joined', 'member', 'membership', 'accession'],
  ['suspects', 'suspected', 'alleged'],
  ['stricter', 'tougher', 'toughen', 'toughened', 'tighten', 'tightened', 'harsher', 'strengthen', 'strengthened'],
  [
    'sentence',
    'sentences',
    'sentenced',
    'punishment',
    'punishments',
    'penalty',
    'penalties',
    'prison term',
    'prison terms',
  ],
  ['first', 'initial', 'initially', 'originally'],
  ['targeting', 'targeted', 'target', 'targets', 'directed at', 'aimed at'],
  ['prosecutor', 'procurator'],
  [
    'security service',
    'security services',
    'intelligence service',
    'security organs',
    'secret service',
    'security agency',
  ],
  // The series' other words for the same things, as the chapters of different years write them.
  ['soldiers', 'troops', 'servicemen', 'military personnel'],
  ['ISIS', 'ISIL', 'Islamic State', 'Daesh'],
  ['freeze', 'froze', 'frozen', 'block', 'blocked', 'seize', 'seized'],
  ['assets', 'funds'],
  // "Where can I read more about …": every chapter points on with "For further information … we refer you to".
  ['read more', 'learn more', 'further information', 'more information', 'refer you to'],
]);

/**
 * Places under their former or other official names (`Alma-Ata` → Almaty, `Nur-Sultan` → Astana,
 * `Bombay` → Mumbai). Only renamings, not spellings: a transliteration one letter off (`Qyzylorda`)
 * is a near spelling already. Counted nearly as the typed name, above a synonym.
 */
export const PLACE_ALIASES: readonly (readonly string[])[] = Object.freeze([
  ['Astana', 'Nur-Sultan', 'Akmola', 'Tselinograd'],
  ['Almaty', 'Alma-Ata'],
  ['Aktobe', 'Aktyubinsk'],
  ['Kyzylorda', 'Kzyl-Orda'],
  ['Bishkek', 'Frunze'],
  ['Mumbai', 'Bombay'],
  ['Chennai', 'Madras'],
  ['Kolkata', 'Calcutta'],
  ['Bengaluru', 'Bangalore'],
  ['Yangon', 'Rangoon'],
  ['Burma', 'Myanmar'],
  ['Beijing', 'Peking'],
  ['Ho Chi Minh City', 'Saigon'],
  ['Kyiv', 'Kiev'],
  ['Eswatini', 'Swaziland'],
  ['North Macedonia', 'Macedonia'],
  ['Czechia', 'Czech Republic'],
  ['Turkiye', 'Turkey'],
  ['Cabo Verde', 'Cape Verde'],
  ["Cote d'Ivoire", 'Ivory Coast'],
  ['Democratic Republic of the Congo', 'Zaire'],
  ['Sri Lanka', 'Ceylon'],
]);

/** A meaning's phrases as stem lists, and which groups each stem sequence belongs to. */
export interface SynonymTable {
  groups: string[][][];
  /** Weight of each group's alternatives (synonyms {@link SYNONYM_WEIGHT}, place names {@link PLACE_ALIAS_WEIGHT}). */
  weights: number[];
  /** First stem of a phrase → [group, phrase] pairs starting with that stem. */
  byFirstStem: Map<string, [number, number][]>;
}

/**
 * Stems every phrase of {@link SYNONYM_GROUPS} and {@link PLACE_ALIASES} with the index's own tokenizer.
 *
 * @returns the lookup table used to expand query words
 * @example
 * buildSynonymTable().groups[6][0]; //=> ['trash'] (`can` is a stopword, so the phrase is its content word)
 */
export function buildSynonymTable(
  groups: readonly (readonly string[])[] = SYNONYM_GROUPS,
  places: readonly (readonly string[])[] = PLACE_ALIASES,
): SynonymTable {
  const stemmed = [...groups, ...places].map((g) =>
    dedupePhrases(g.map((phrase) => tokenStems(phrase)).filter((s) => s.length > 0)),
  );
  const weights = [...groups.map(() => SYNONYM_WEIGHT), ...places.map(() => PLACE_ALIAS_WEIGHT)];
  const byFirstStem = new Map<string, [number, number][]>();
  stemmed.forEach((g, gi) => {
    g.forEach((phrase, pi) => {
      const first = phrase[0];
      if (first === undefined) return;
      const list = byFirstStem.get(first) ?? [];
      list.push([gi, pi]);
      byFirstStem.set(first, list);
    });
  });
  return { groups: stemmed, weights, byFirstStem };
}

// `read more` and `learn more` lose their stopword; `sentence` and `sentences` share a stem.
function dedupePhrases(phrases: string[][]): string[][] {
  const seen = new Set<string>();
  return phrases.filter((p) => {
    const key = p.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
