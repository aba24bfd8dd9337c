import { clip, MAX_ALT_TEXT } from './picture.js';
import type { Timeline } from './bin-incidents.js';
import { kindsPresent } from './bin-incidents.js';
import { SOURCE_LINE } from './messages.js';

/**
 * What the timeline shows, in words, for people who cannot see it (Slack's `alt_text`): the query, the span, the
 * count per bar that has any, the stated figures, and the source line.
 * @example describeTimeline('Kenya', timeline, '2013–2017', '2004–2022')
 * //=> 'Bar chart of 12 incident records for “Kenya”, by year, 2013–2017 (reports loaded 2004–2022). 2013: 3 (2 attack, 1 arrest); …'
 */
export function describeTimeline(query: string, timeline: Timeline, recordSpan: string, loadedSpan: string): string {
  const kinds = kindsPresent(timeline);
  const parts = timeline.bins
    .map((bin) => {
      const total = kinds.reduce((sum, kind) => sum + bin.counts[kind], 0);
      if (total === 0) return null;
      const byKind = kinds.filter((kind) => bin.counts[kind] > 0).map((kind) => `${bin.counts[kind]} ${kind}`);
      return `${bin.label}: ${total} (${byKind.join(', ')})`;
    })
    .filter((part): part is string => part !== null);
  const killed = timeline.bins.reduce((sum, bin) => sum + bin.killed, 0);
  const wounded = timeline.bins.reduce((sum, bin) => sum + bin.wounded, 0);
  const head = `Bar chart of ${timeline.placed} incident record${timeline.placed === 1 ? '' : 's'} for “${query}”, by ${timeline.unit}, ${recordSpan} (reports loaded ${loadedSpan}).`;
  const figures = `Second panel: ${killed} killed and ${wounded} wounded as stated in ${timeline.withFigures} record${timeline.withFigures === 1 ? '' : 's'}.`;
  const tail = ` ${figures} Source: ${SOURCE_LINE}.`;
  const body = parts.length === 0 ? '' : ` ${parts.join('; ')}.`;
  return `${head}${clip(body, MAX_ALT_TEXT - head.length - tail.length)}${tail}`.slice(0, MAX_ALT_TEXT);
}
