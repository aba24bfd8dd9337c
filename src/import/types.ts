/** One chapter found in a source, ready to be written as a `.txt` the corpus loader reads. */
export interface ImportedChapter {
  country: string;
  year: number;
  /** Where it came from: the page or PDF address, else null (a saved file with no address in it). */
  sourceUrl: string | null;
  /** The normalised file text, `#source:`, `#country:`, `#year:` lines first. */
  text: string;
}

/**
 * What happened to one chapter in the data folder: a new file; a copy of the same chapter replaced (the new copy is
 * as rich or richer); the same text already there; or the copy there kept (it has more words).
 */
export type WriteOutcome = 'written' | 'replaced' | 'unchanged' | 'kept';

/** One source (URL or file) that gave no chapter, and why. */
export interface ImportFailure {
  source: string;
  message: string;
}
