import type { Gazetteer } from '../pictures/gazetteer.js';
import { incidentsLoadingNotice } from './incidents-loading.js';
import { pictureFileName } from '../pictures/picture.js';
import type { Answer } from './answer.js';
import type { AnswerDeps } from './answer-deps.js';
import type { AnswerFile } from './answer-file.js';
import type { Message } from './blocks/message.js';
import { renderNotice } from './blocks/render-help.js';
import { escapeMrkdwnText } from './blocks/mrkdwn.js';
import { renderComparison } from './blocks/render-compare.js';
import { renderCount } from './blocks/render-count.js';
import { withFeedback } from './blocks/render-feedback.js';
import { feedbackRef } from './feedback-ref.js';
import { collectIncidents, loadedYears, type MatchedRecords } from './collect-incidents.js';
import { type CompareRequest, resolveComparison } from './compare-request.js';
import { countIncidents } from './count-incidents.js';
import type { AnalysisEngine } from './engine.js';
import { buildExportRow, formatCsv, formatJson } from './export-records.js';
import { exportSummary, NOTHING_TO_EXPORT, NOTHING_TO_PICTURE, pictureIntro } from './messages.js';
import type { AnalysisRequest } from './parse-analysis-query.js';

/** Where an answer goes when it is only messages: privately (a slash command) or in the thread (a mention). */
export type Placement = 'private' | 'thread';

/** The analysis view of the deps: the loaded reports, search and section finder. */
export function analysisEngine(deps: AnswerDeps): AnalysisEngine {
  return {
    reports: deps.reports,
    search: (query, options) => deps.engine.search(query, options),
    findSection: (name) => deps.engine.findSection(name),
    ...(deps.now === undefined ? {} : { now: deps.now }),
  };
}

function messagesAnswer(messages: Message[], where: Placement): Answer {
  return where === 'private' ? { kind: 'private', messages } : { kind: 'thread', messages };
}

/** The timeline PNG of the records as a file to upload. */
export function buildTimelineFile(engine: AnalysisEngine, matched: MatchedRecords): AnswerFile {
  const input = {
    query: matched.query,
    incidents: matched.records.map(({ incident }) => incident),
    loadedYears: loadedYears(engine.reports),
  };
  return {
    fileName: pictureFileName('timeline', matched.query),
    title: pictureIntro('timeline', matched.records.length, matched.query),
    mimeType: 'image/png',
    build: async () => {
      // Loaded at the first picture: Chart.js and the canvas cost nothing to answers without one.
      const { renderTimeline } = await import('../pictures/render-timeline.js');
      const picture = renderTimeline(input);
      return { bytes: picture.png, altText: picture.altText };
    },
  };
}

/** The map PNG of the records as a file to upload. */
export function buildMapFile(matched: MatchedRecords, gazetteer?: Gazetteer): AnswerFile {
  const input = {
    query: matched.query,
    records: matched.records.map(({ incident, report }) => ({ incident, country: report.country })),
    ...(gazetteer === undefined ? {} : { gazetteer }),
  };
  return {
    fileName: pictureFileName('map', matched.query),
    title: pictureIntro('map', matched.records.length, matched.query),
    mimeType: 'image/png',
    build: async () => {
      const { renderMap } = await import('../pictures/render-map.js');
      const picture = renderMap(input);
      return { bytes: picture.png, altText: picture.altText };
    },
  };
}

/** Every record of the query as a CSV (UTF-8 with a BOM) or JSON file. */
export function buildExportFile(matched: MatchedRecords, format: 'csv' | 'json'): AnswerFile {
  const rows = matched.records.map(buildExportRow);
  const text = format === 'csv' ? formatCsv(rows) : formatJson(rows);
  const slug = matched.query
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 40);
  return {
    fileName: `incidents${slug === '' ? '' : `-${slug}`}.${format}`,
    title: exportSummary(rows.length, matched.query, format),
    mimeType: format === 'csv' ? 'text/csv' : 'application/json',
    build: async () => ({ bytes: Buffer.from(text, 'utf8'), altText: null }),
  };
}

/**
 * The answer to a count, chart, map or export request: a count's messages (privately or in the thread), or files to
 * upload with a line introducing them. No records: a notice, never an empty picture or file.
 * @example answerAnalysis(deps, { kind: 'chart', query: 'country:Kenya', measure: 'records' }, 'thread').kind //=> 'upload'
 */
export function answerAnalysis(deps: AnswerDeps, request: AnalysisRequest, where: Placement): Answer {
  const loading = incidentsLoadingNotice(deps);
  if (loading !== null) return messagesAnswer([loading], where);
  const engine = analysisEngine(deps);
  const matched = collectIncidents(engine, request.query);
  if (request.kind === 'count') {
    const [headline, ...records] = renderCount(countIncidents(matched, request.measure));
    const ref = feedbackRef('count', request.query, 0, request.measure);
    return messagesAnswer(headline === undefined ? [] : [withFeedback(headline, ref), ...records], where);
  }
  if (matched.records.length === 0) {
    return messagesAnswer(
      [renderNotice(escapeMrkdwnText(request.kind === 'export' ? NOTHING_TO_EXPORT : NOTHING_TO_PICTURE))],
      where,
    );
  }
  const file =
    request.kind === 'chart'
      ? buildTimelineFile(engine, matched)
      : request.kind === 'map'
        ? buildMapFile(matched, deps.gazetteer)
        : buildExportFile(matched, 'csv');
  return { kind: 'upload', messages: [renderNotice(escapeMrkdwnText(file.title))], files: [file] };
}

/** The answer to a comparison of a section across two years. */
export function answerCompare(deps: AnswerDeps, request: CompareRequest, where: Placement): Answer {
  const result = resolveComparison(analysisEngine(deps), request, (report, section) =>
    deps.engine.formatCitation(report, section),
  );
  return messagesAnswer(renderComparison(result), where);
}
