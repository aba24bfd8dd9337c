import { tokenStems } from './tokenize.js';

/**
 * The series' own vocabulary for the same event, so a paraphrase finds the passage
 * (`garbage bin bomb` → "An explosive device detonated in a trash can"). No search engine handles
 * paraphrase by itself; a small hand-made table of the series' words does.
 * Each row is one meaning; a phrase may have several words (all must occur in a passage).
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = Object.freeze([
  ['bomb', 'bombing', 'bomber', 'explosion', 'explosive', 'explosive device', 'IED', 'improvised explosive device', 'blast', 'detonated', 'detonation', 'grenade'],
  ['suicide bombing', 'suicide bomber', 'suicide attack', 'blew himself up', 'blew herself up', 'suicide bomb'],
  ['killed', 'murdered', 'dead', 'died', 'death', 'slain', 'fatalities', 'killing', 'murder', 'assassinated'],
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
]);

/** A meaning's phrases as stem lists, and which groups each stem sequence belongs to. */
export interface SynonymTable {
  groups: string[][][];
  /** First stem of a phrase → [group, phrase] pairs starting with that stem. */
  byFirstStem: Map<string, [number, number][]>;
}

/**
 * Stems every phrase of {@link SYNONYM_GROUPS} with the index's own tokenizer.
 *
 * @returns the lookup table used to expand query words
 * @example
 * buildSynonymTable().groups[6][0]; //=> ['trash'] (`can` is a stopword, so the phrase is its content word)
 */
export function buildSynonymTable(groups: readonly (readonly string[])[] = SYNONYM_GROUPS): SynonymTable {
  const stemmed = groups.map((g) => g.map((phrase) => tokenStems(phrase)).filter((s) => s.length > 0));
  const byFirstStem = new Map<string, [number, number][]>();
  stemmed.forEach((g, gi) =>
    g.forEach((phrase, pi) => {
      const first = phrase[0];
      if (first === undefined) return;
      const list = byFirstStem.get(first) ?? [];
      list.push([gi, pi]);
      byFirstStem.set(first, list);
    }),
  );
  return { groups: stemmed, byFirstStem };
}
