/** The rendering module: pure functions from core data to Block Kit messages. */
export { checkBlockLimits, checkMessageLimits, fitMessage, LIMITS } from './limits.js';
export type { Message } from './message.js';
export { decodeSlackEntities, escapeMrkdwn, escapeMrkdwnText, highlightTerms, truncateMrkdwn, truncatePlain } from './mrkdwn.js';
export { ASK_PAGE_SIZE, renderAnswer, renderMoreResults } from './render-answer.js';
export { renderCitation, renderCitationText } from './render-citation.js';
export { renderIncidentHelp, renderMentionHelp, renderNotice, renderReportHelp } from './render-help.js';
export { renderHitBlocks, renderHitText, renderIncidentHeadline } from './render-hit.js';
export { renderHome } from './render-home.js';
export { INCIDENT_PAGE_SIZE, renderIncidentResults, renderQueryEcho } from './render-incident-results.js';
export { renderReportList, renderSectionNotFound } from './render-report-list.js';
export { MAX_SECTION_PAGES, renderSectionPages } from './render-section.js';
export { renderSectionSummary, type SectionSummary } from './render-section-summary.js';
