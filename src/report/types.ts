/**
 * The data model of a Country Reports on Terrorism chapter, as the parser returns it.
 * Everything the bot answers is built from these types.
 */

/** One paragraph or one bullet: the unit of search. */
export interface Passage {
  /** Stable across runs: `${sectionId}/p${n}` (1-based). */
  id: string;
  text: string;
}

export interface Section {
  /** Stable across runs: `${reportId}/${slug(heading)}`, suffixed `-2`, `-3` on repeats. */
  id: string;
  /** The heading as the report gives it, without the trailing colon (`Countering Terrorist Finance`). */
  heading: string;
  passages: Passage[];
}

/**
 * The kinds of incident records (see test/fixtures/eval/seed-incidents.json):
 * attack = violence started by militants; clash = a security-force operation with killed or wounded;
 * arrest = arrests or detentions without reported violence; threat = a threat, claim or ultimatum;
 * designation = a group banned or declared terrorist.
 */
export const INCIDENT_KINDS = ['attack', 'clash', 'arrest', 'threat', 'designation'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** One dated security event. A bullet that narrates three dates gives three records. */
export interface Incident {
  /** Stable across runs: `${reportId}/i${n}` in report order. */
  id: string;
  reportId: string;
  sectionId: string;
  passageId: string;
  /** ISO date, at the precision the text gives: `2011-10-31`, `2019-06` or `2019`. */
  date: string;
  /** ISO end date of a range (`A July 11-16 operation` → `2011-07-16`), else null. */
  endDate: string | null;
  /** Places as named in the text (`Atyrau`, `Kenkiyak`). */
  places: string[];
  /** Groups and agencies as named in the text (`Jund al-Khilafah`, `KNB`). */
  actors: string[];
  kind: IncidentKind;
  /** Deaths on every side, where the text states them; else null. */
  killed: number | null;
  wounded: number | null;
  arrested: number | null;
  /** The record's own sentences. */
  text: string;
  /** The exact words each field was read from, so a reader can check a figure without opening the chapter. */
  evidence: IncidentEvidence;
}

/**
 * The words of the report a record's fields were read from (`killed: 'killing at least two'`). A field is absent
 * when the record does not state it.
 */
export interface IncidentEvidence {
  date?: string;
  places?: string;
  killed?: string;
  wounded?: string;
  arrested?: string;
  /** Where the text gives two accounts of the same deaths: whose each is and its figure; the record keeps the first. */
  accounts?: string;
}

export interface Report {
  /** Stable across runs: `crt-${year}-${slug(country)}`, suffixed on collisions by the loader. */
  id: string;
  /** The path the report was read from ('' when parsed from a string with no file). */
  file: string;
  title: string;
  country: string;
  /** The year the chapter reports on (2011 for "Country Reports on Terrorism 2011"). */
  year: number | null;
  publisher: string | null;
  /** ISO date (`2012-07-31`) or null when the copy does not say. */
  publicationDate: string | null;
  citeAs: string | null;
  sourceUrl: string | null;
  sections: Section[];
  incidents: Incident[];
}
