import type { HomeView, KnownBlock } from '@slack/types';
import type { CorpusOverview } from '../corpus-overview.js';
import {
  HOME_BY_COUNTRY,
  HOME_BY_KIND,
  HOME_BY_YEAR,
  HOME_HEADER,
  HOME_HOW_TO_ASK,
  HOME_HOW_TO_ASK_TEXT,
  HOME_NO_INCIDENTS,
  HOME_WHAT_I_KNOW,
  INCIDENT_KIND_LABELS,
  NO_REPORTS_LOADED,
  REPORTS_CUT,
} from '../messages.js';
import { contextBlock, dividerBlock, headerBlock, sectionBlock } from './elements.js';
import { fitMessage, LIMITS } from './limits.js';
import { escapeMrkdwnText, truncateMrkdwn } from './mrkdwn.js';
import { packLines, renderCountryLines, renderReportEntry } from './render-report-list.js';

const FEW_REPORTS = 5;
// 200 country lines fit a few section blocks; the whole series has about 200 countries and regions.
const MAX_COUNTRIES = 250;

function renderCounts(rows: readonly { label: string; count: number }[]): string {
  return rows.length === 0
    ? HOME_NO_INCIDENTS
    : rows.map((row) => `• ${escapeMrkdwnText(row.label)}: ${row.count}`).join('\n');
}

/**
 * The App Home tab: what the bot knows (reports, sections, incidents by year and kind) and how
 * to ask, with example queries from the data. At most 100 blocks.
 */
export function renderHome(overview: CorpusOverview, incidentsNotice: string | null = null): HomeView {
  const examples = overview.exampleQueries.slice(0, 6).map((query) => `\`/incident ${escapeMrkdwnText(query)}\``);
  const blocks: KnownBlock[] = [
    headerBlock(HOME_HEADER),
    sectionBlock(
      `${HOME_HOW_TO_ASK}\n${HOME_HOW_TO_ASK_TEXT}${examples.length > 0 ? `\n${examples.join(' · ')}` : ''}`,
    ),
    dividerBlock(),
    sectionBlock(HOME_WHAT_I_KNOW),
  ];
  if (overview.reports.length === 0) blocks.push(sectionBlock(NO_REPORTS_LOADED));
  else
    blocks.push(
      sectionBlock(HOME_BY_COUNTRY),
      ...packLines(renderCountryLines(overview.byCountry.slice(0, MAX_COUNTRIES))),
    );
  if (overview.byCountry.length > MAX_COUNTRIES)
    blocks.push(contextBlock([REPORTS_CUT(overview.byCountry.length - MAX_COUNTRIES)]));
  // The chapters one by one, with their sections, only while there are few of them.
  const listed = overview.reports.length <= FEW_REPORTS ? overview.reports : [];
  // Views have no documented summed-text limit; we keep to the message budget to be safe.
  const perEntry = Math.min(1000, Math.floor((LIMITS.messageTextBudget - 3000) / Math.max(1, listed.length)));
  for (const report of listed) blocks.push(sectionBlock(truncateMrkdwn(renderReportEntry(report), perEntry)));

  blocks.push(dividerBlock());
  // While the incident records are still being read, their counts would say "no dated incidents": say why instead.
  if (incidentsNotice !== null) blocks.push(sectionBlock(incidentsNotice));
  else
    blocks.push(
      sectionBlock(
        `${HOME_BY_YEAR}\n${renderCounts(overview.incidentsByYear.map((row) => ({ label: row.year, count: row.count })))}`,
      ),
      sectionBlock(
        `${HOME_BY_KIND}\n${renderCounts(overview.incidentsByKind.map((row) => ({ label: INCIDENT_KIND_LABELS[row.kind] ?? row.kind, count: row.count })))}`,
      ),
    );
  const { blocks: fitted } = fitMessage({ text: HOME_HEADER, blocks }, LIMITS.homeBlocks);
  return { type: 'home', blocks: fitted };
}
