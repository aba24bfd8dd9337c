/** Every word the pictures put on a PNG or in its alt text. */

/** The source line under every picture. */
export const SOURCE_LINE =
  'Country Reports on Terrorism, US Department of State; incidents the reports describe, not every incident';

export const TIMELINE_TOP_TITLE = 'Incidents by kind';
export const TIMELINE_BOTTOM_TITLE = 'Killed and wounded, as the reports state them';
export const NO_FIGURES_STATED = 'No matching record states a number killed or wounded.';
export const KILLED_LABEL = 'killed';
export const WOUNDED_LABEL = 'wounded';
export const NO_DATED_RECORDS = 'No matching record has a date to place on a timeline.';

/** `Incidents: “Kenya” · records 2013–2017 · reports loaded 2004–2022` */
export function timelineTitle(query: string, recordSpan: string, loadedSpan: string): string {
  return `Incidents: “${query}” · records ${recordSpan} · reports loaded ${loadedSpan}`;
}

/** Records whose date gives only a year cannot go in a month's bar; the chart says how many. */
export function yearOnlyNote(count: number): string {
  return `${count} record${count === 1 ? '' : 's'} dated only by year ${count === 1 ? 'is' : 'are'} not in the monthly bars.`;
}

export function mapTitle(query: string, countries: string): string {
  return `Incident places: “${query}” · ${countries}`;
}

export const MAP_LEGEND = 'Circle size: killed and wounded as stated (smallest: none stated)';
export const MAP_NO_COUNTRY = 'No map: the matching records are in no chapter about a single country.';

/** The line under a map listing places it could not place. */
export function unresolvedLine(names: readonly string[]): string {
  return `Not placed (not found in the gazetteer for the chapter's country): ${names.join(', ')}`;
}

/** The line under a map listing names several places share. */
export function ambiguousLine(names: readonly string[]): string {
  return `Not placed (several places of that name in the country): ${names.join(', ')}`;
}

export function unlabelledLine(names: readonly string[]): string {
  return `Placed but not labelled (no room): ${names.join(', ')}`;
}

export function withoutPlaceLine(count: number): string {
  return `${count} record${count === 1 ? ' names' : 's name'} no place.`;
}
