import type { Report } from '../report/types.js';
import type { AnswerDeps, SearchEngine } from './answer-deps.js';

/** Answer deps whose reports and engine follow the latest snapshot swapped in (see {@link createLiveAnswerDeps}). */
export interface LiveAnswerDeps {
  deps: AnswerDeps;
  /** Replaces the snapshot whole: every later call sees only the new reports and the index built over them. */
  swap(next: AnswerDeps): void;
  /** The snapshot in use. */
  current(): AnswerDeps;
}

/**
 * Deps that stay valid while the loaded reports change under a running app (a chapter added to the data folder): they
 * hold one reference to an immutable snapshot (reports + the engine bound to their index), replaced in one
 * assignment, so a call never sees half an index. `deps.reports` reads the current snapshot's array and
 * `deps.engine`'s methods call the current snapshot's engine; both survive being spread into other objects (the
 * Slack app spreads its deps).
 * @example
 * const live = createLiveAnswerDeps(buildAnswerDeps(corpus.reports));
 * const app = createApp(config, { ...live.deps, store });
 * live.swap(buildAnswerDeps(reloaded.reports)); // the app answers from the new reports
 */
export function createLiveAnswerDeps(initial: AnswerDeps): LiveAnswerDeps {
  let snapshot = initial;
  const reports = new Proxy<Report[]>([], {
    get: (_target, key) => Reflect.get(snapshot.reports, key),
    has: (_target, key) => Reflect.has(snapshot.reports, key),
    ownKeys: () => Reflect.ownKeys(snapshot.reports),
    getOwnPropertyDescriptor: (_target, key) => Reflect.getOwnPropertyDescriptor(snapshot.reports, key),
    set: () => false,
    deleteProperty: () => false,
    defineProperty: () => false,
  });
  const engine: SearchEngine = {
    search: (query, options) => snapshot.engine.search(query, options),
    findSection: (name) => snapshot.engine.findSection(name),
    findSections: (name) => snapshot.engine.findSections(name),
    summarizeSection: (report, section) => snapshot.engine.summarizeSection(report, section),
    formatCitation: (report, section) => snapshot.engine.formatCitation(report, section),
  };
  const deps: AnswerDeps = { reports, engine, ...(initial.now === undefined ? {} : { now: initial.now }) };
  return {
    deps,
    swap(next) {
      snapshot = next;
    },
    current: () => snapshot,
  };
}
