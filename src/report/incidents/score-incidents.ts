import { escapeRegExp } from '../escape-regexp.js';
/**
 * Scores extracted incident records against a hand-made gold, with exactly the matching rules of
 * `test/fixtures/eval/score-incidents.py`: a gold incident is found by a record of the same file with the same date
 * prefix and, where the gold names places, an overlapping place (names compared without accents, case,
 * apostrophes or a leading "the", either one a whole-word part of the other); each record matches at most one
 * incident, best-scored pairs first; records that match a borderline item count as neither right nor wrong.
 * Pure: takes the gold and the records, returns figures.
 */

/** One gold item (incident or borderline), as `incidents-gold.json` writes it. */
export interface GoldIncident {
  date: string;
  endDate?: string | null;
  places: string[];
  places_optional?: string[];
  kind: string;
  killed: number | null;
  wounded: number | null;
  arrested: number | null;
  quote: string;
  alt?: Record<string, Array<string | number | null>>;
  note?: string;
}

/** The gold file: file basename → its year, required incidents and borderline items. */
export interface IncidentGold {
  files: Record<string, { year?: number; incidents: GoldIncident[]; borderline?: GoldIncident[] }>;
}

/** The fields of an extracted record the scorer reads (an `Incident` has them all). */
export interface ScoredRecord {
  id: string;
  date: string | null;
  endDate?: string | null;
  places: string[];
  kind: string;
  killed: number | null;
  wounded: number | null;
  arrested: number | null;
  text: string;
}

export type FigureField = 'killed' | 'wounded' | 'arrested';
export const FIGURE_FIELDS: readonly FigureField[] = ['killed', 'wounded', 'arrested'];
export const SCORED_FIELDS = ['kind', 'killed', 'wounded', 'arrested', 'places', 'endDate'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface IncidentScore {
  /** Gold incidents found / gold incidents. */
  recall: number;
  /** Records matching a gold incident / records not excused as borderline. */
  precision: number;
  /** Stated killed/wounded/arrested gold figures delivered on the matched record / stated figures. */
  figures: number;
  gold: number;
  found: number;
  extracted: number;
  /** Unmatched records excused by a borderline item. */
  borderline: number;
  figuresRight: number;
  figuresStated: number;
  /** Per field, right / compared, over matched pairs. */
  fields: Record<ScoredField, { right: number; total: number }>;
  files: Array<{ file: string; gold: number; found: number; extracted: number }>;
  misses: Array<{ file: string; incident: GoldIncident }>;
  extras: Array<{ file: string; tag: 'borderline' | 'duplicate' | 'extra'; record: ScoredRecord }>;
  /** Matched pairs where a field differs from the gold. */
  fieldErrors: Array<{ file: string; field: ScoredField; incident: GoldIncident; record: ScoredRecord }>;
}

/** Normalises a place name as the python scorer does: no accents, lower case, no apostrophes, no leading "the". */
export function normalizePlace(s: string): string {
  let t = s
    .normalize('NFKD')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the range keeps ASCII (controls included) and drops the rest
    .replace(/[^\x00-\x7f]/g, '')
    .toLowerCase();
  t = t.replace(/['`]/g, '');
  t = t.trim().replace(/^the /, '');
  return t.replace(/\s+/g, ' ');
}

/** Whether two place names name the same place: equal, or one a whole-word part of the other. */
export function placesMatch(x: string, y: string): boolean {
  const a = normalizePlace(x);
  const b = normalizePlace(y);
  return a === b || new RegExp(`\\b${escapeRegExp(a)}\\b`).test(b) || new RegExp(`\\b${escapeRegExp(b)}\\b`).test(a);
}

function goldDates(g: GoldIncident): string[] {
  return [g.date, ...(g.alt?.date ?? []).filter((d): d is string => typeof d === 'string')];
}

function dateOk(g: GoldIncident, e: ScoredRecord): boolean {
  const ed = e.date ?? '';
  if (ed.length < 7) return false;
  return goldDates(g).some((d) => ed.startsWith(d) || d.startsWith(ed));
}

function allPlaces(g: GoldIncident): string[] {
  return [...g.places, ...(g.places_optional ?? [])];
}

function placeOk(g: GoldIncident, e: ScoredRecord): boolean {
  if (g.places.length === 0) return true;
  return allPlaces(g).some((gp) => e.places.some((ep) => placesMatch(gp, ep)));
}

function scorePair(g: GoldIncident, e: ScoredRecord): number {
  let s = 0;
  for (const gp of allPlaces(g)) for (const ep of e.places) if (placesMatch(gp, ep)) s += 1;
  return s + (e.date !== null && goldDates(g).includes(e.date) ? 2 : 0);
}

/** Pairs gold incidents with records, best-scored first, each at most once. */
function matchFile(
  gold: GoldIncident[],
  records: ScoredRecord[],
): { byGold: Map<number, number>; byRecord: Map<number, number> } {
  const cands: Array<[number, number, number]> = [];
  gold.forEach((g, gi) => {
    records.forEach((e, ei) => {
      if (dateOk(g, e) && placeOk(g, e)) cands.push([scorePair(g, e), gi, ei]);
    });
  });
  cands.sort((x, y) => y[0] - x[0]);
  const byGold = new Map<number, number>();
  const byRecord = new Map<number, number>();
  for (const [, gi, ei] of cands) {
    if (byGold.has(gi) || byRecord.has(ei)) continue;
    byGold.set(gi, ei);
    byRecord.set(ei, gi);
  }
  return { byGold, byRecord };
}

function valueOk(g: GoldIncident, e: ScoredRecord, f: FigureField): boolean {
  return e[f] === g[f] || (g.alt?.[f] ?? []).includes(e[f]);
}

function placesExact(g: GoldIncident, e: ScoredRecord): boolean {
  const required = g.places.every((gp) => e.places.some((ep) => placesMatch(gp, ep)));
  const noExtra = e.places.every((ep) => allPlaces(g).some((gp) => placesMatch(gp, ep)));
  return required && noExtra;
}

function fieldOk(g: GoldIncident, e: ScoredRecord, f: ScoredField): boolean {
  if (f === 'places') return placesExact(g, e);
  if (f === 'endDate') return (e.endDate || null) === (g.endDate || null);
  if (f === 'kind') return e.kind === g.kind;
  return valueOk(g, e, f);
}

/** The file part of a path: gold keys are file basenames. */
function basename(file: string): string {
  return file.split('/').pop() ?? file;
}

/**
 * Scores records against a gold.
 *
 * @param gold - the gold file's content
 * @param records - the extracted records, each with the path or name of the file it came from
 * @example
 * scoreIncidents(gold, reports.flatMap((r) => r.incidents.map((record) => ({ file: r.file, record })))).recall
 */
export function scoreIncidents(
  gold: IncidentGold,
  records: ReadonlyArray<{ file: string; record: ScoredRecord }>,
): IncidentScore {
  const byFile = new Map<string, ScoredRecord[]>();
  for (const { file, record } of records) {
    const key = basename(file);
    const list = byFile.get(key) ?? [];
    list.push(record);
    byFile.set(key, list);
  }
  const fields = Object.fromEntries(SCORED_FIELDS.map((f) => [f, { right: 0, total: 0 }])) as IncidentScore['fields'];
  const score: IncidentScore = {
    recall: 0,
    precision: 0,
    figures: 0,
    gold: 0,
    found: 0,
    extracted: 0,
    borderline: 0,
    figuresRight: 0,
    figuresStated: 0,
    fields,
    files: [],
    misses: [],
    extras: [],
    fieldErrors: [],
  };
  // Python sorts the file names by code point; so does a plain sort of strings of ASCII.
  for (const file of Object.keys(gold.files).sort()) {
    const entry = gold.files[file];
    if (!entry) continue;
    const G = entry.incidents;
    const B = entry.borderline ?? [];
    const Ex = byFile.get(file) ?? [];
    const { byGold, byRecord } = matchFile(G, Ex);
    score.files.push({ file, gold: G.length, found: byGold.size, extracted: Ex.length });
    score.gold += G.length;
    score.found += byGold.size;
    score.extracted += Ex.length;
    G.forEach((g, gi) => {
      const ei = byGold.get(gi);
      const e = ei === undefined ? undefined : Ex[ei];
      for (const f of FIGURE_FIELDS) {
        if (g[f] === null) continue;
        score.figuresStated += 1;
        if (e && valueOk(g, e, f)) score.figuresRight += 1;
      }
      if (!e) {
        score.misses.push({ file, incident: g });
        return;
      }
      for (const f of SCORED_FIELDS) {
        const ok = fieldOk(g, e, f);
        fields[f].total += 1;
        if (ok) fields[f].right += 1;
        else score.fieldErrors.push({ file, field: f, incident: g, record: e });
      }
    });
    const rest = Ex.map((_, i) => i).filter((i) => !byRecord.has(i));
    // A borderline item without places and without a day excuses only a record told in its words.
    const bOk = (b: GoldIncident, e: ScoredRecord) =>
      b.date.length >= 10 ||
      b.places.length > 0 ||
      normalizePlace(e.text).includes(normalizePlace(b.quote.slice(0, 25)));
    const excused = new Set<number>();
    for (const b of B) {
      for (let k = 0; k < rest.length; k += 1) {
        const e = Ex[rest[k] ?? -1];
        if (!e || excused.has(k)) continue;
        if (dateOk(b, e) && placeOk(b, e) && bOk(b, e)) {
          excused.add(k);
          break;
        }
      }
    }
    rest.forEach((i, k) => {
      const e = Ex[i];
      if (!e) return;
      const tag = excused.has(k) ? 'borderline' : G.some((g) => dateOk(g, e) && placeOk(g, e)) ? 'duplicate' : 'extra';
      if (tag === 'borderline') score.borderline += 1;
      score.extras.push({ file, tag, record: e });
    });
  }
  score.recall = score.found / Math.max(1, score.gold);
  score.precision = score.found / Math.max(1, score.extracted - score.borderline);
  score.figures = score.figuresRight / Math.max(1, score.figuresStated);
  return score;
}
