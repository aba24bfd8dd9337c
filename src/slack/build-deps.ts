import type { Report } from '../report/types.js';
import { buildIndex, findSection, formatCitation, type SearchIndex, search, summarizeSection } from '../search/index.js';
import type { SlackDeps } from './deps.js';

/**
 * Binds the real search core to the loaded reports: what main.ts (and the console) pass to
 * createApp and the handlers.
 * @example
 * const { reports } = await loadCorpus(config.dataDir);
 * const app = createApp(config, buildSlackDeps(reports));
 * @param index - an index already built over `reports` (the command line's eval shares one)
 */
export function buildSlackDeps(reports: Report[], now?: () => number, index: SearchIndex = buildIndex(reports)): SlackDeps {
  return {
    reports,
    engine: {
      search: (query, options) => search(index, query, options),
      findSection: (name) => findSection(index, name),
      summarizeSection: (report, section) => summarizeSection(report, section),
      formatCitation: (report, section) => formatCitation(report, section),
    },
    ...(now === undefined ? {} : { now }),
  };
}
