import type { Report } from '../report/types.js';
import {
  buildIndex,
  restoreIndexSnapshot,
  findSection,
  findSections,
  formatCitation,
  type SearchIndex,
  search,
  summarizeSection,
} from '../search/index.js';
import type { AnswerDeps } from './answer-deps.js';

/**
 * Binds the real search core to the loaded reports: what main.ts passes to createApp or the console, and the
 * command line's eval to the answers.
 * @example
 * const { reports } = await loadCorpus(config.dataDir);
 * const app = createApp(config, buildAnswerDeps(reports));
 * @param index - an index already built over `reports` (the command line's eval shares one)
 */
export function buildAnswerDeps(
  reports: Report[],
  now?: () => number,
  index: SearchIndex = buildIndex(reports),
): AnswerDeps {
  return {
    reports,
    engine: {
      search: (query, options) => search(index, query, options),
      findSection: (name) => findSection(index, name),
      findSections: (name) => findSections(index, name),
      summarizeSection: (report, section) => summarizeSection(report, section),
      formatCitation: (report, section) => formatCitation(report, section),
    },
    ...(now === undefined ? {} : { now }),
  };
}

/**
 * {@link buildAnswerDeps} over the index restored from its snapshot bytes (the corpus cache's, shared with the thread
 * that read them), or built when the bytes do not fit these reports. An answer worker's start: the restore is a
 * fraction of the build.
 * @example
 * const deps = buildAnswerDepsFromSnapshot(reports, loaded.storedIndex);
 */
export function buildAnswerDepsFromSnapshot(reports: Report[], snapshot: Uint8Array | null): AnswerDeps {
  const restored = snapshot === null ? null : restoreIndexSnapshot(snapshot, reports);
  return buildAnswerDeps(reports, undefined, restored ?? buildIndex(reports));
}
