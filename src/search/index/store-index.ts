import Fuse from 'fuse.js';
import type { Report } from '../../report/types.js';
import { HEADING_FUSE_OPTIONS } from '../rank/weights.js';
import type { SearchIndex } from './search-index.js';

/** A {@link SearchIndex} as plain data (no Fuse instance, no per-query memo), for a structured-clone cache. */
export type StoredIndex = Omit<SearchIndex, 'headingFuse' | 'abbreviations'>;

/**
 * The index without what cannot be stored (the heading Fuse, rebuilt on restore) or should not be (the abbreviations
 * memo, filled as queries ask).
 * @example
 * const stored = storeIndex(buildIndex(reports)); // v8.serialize(stored) works
 */
export function storeIndex(index: SearchIndex): StoredIndex {
  const { headingFuse: _fuse, abbreviations: _memo, ...stored } = index;
  return stored;
}

/**
 * The index back from {@link storeIndex}'s data, or null when the data is not a stored index over these very
 * reports (the caller then builds one).
 * @example
 * restoreIndex(storeIndex(index), index.reports)?.docs.length === index.docs.length; //=> true
 */
export function restoreIndex(stored: unknown, reports: Report[]): SearchIndex | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const candidate = stored as Partial<StoredIndex>;
  if (candidate.reports !== reports || !(candidate.postings instanceof Map) || !Array.isArray(candidate.docs))
    return null;
  if (!(candidate.sectionById instanceof Map) || !(candidate.lengthNorm instanceof Float32Array)) return null;
  const full = candidate as StoredIndex;
  const headings = [...full.sectionById.values()].map(({ report, section }) => ({
    report,
    section,
    heading: section.heading,
  }));
  return { ...full, abbreviations: new Map(), headingFuse: new Fuse(headings, HEADING_FUSE_OPTIONS) };
}
