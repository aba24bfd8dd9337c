import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Report } from '../src/report/types.js';
import { buildSyntheticCorpus } from './build-synthetic-corpus.js';
import { renderChapterText } from './render-chapter-text.js';

/** Passages to generate so that the first `chapters` chapters exist (the generator sizes by passages). */
const PASSAGES_PER_CHAPTER_BOUND = 90;

/**
 * Writes `chapters` synthetic chapters (recombined from the seed reports) into `dir` as `.txt` files, replacing any
 * `.txt` there. Returns the chapters written.
 */
export async function writeCorpusFiles(seed: readonly Report[], dir: string, chapters: number): Promise<Report[]> {
  const reports = buildSyntheticCorpus(seed, { passages: chapters * PASSAGES_PER_CHAPTER_BOUND }).slice(0, chapters);
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(dir)) if (name.endsWith('.txt')) await rm(path.join(dir, name));
  for (const report of reports) await writeFile(path.join(dir, `${report.id}.txt`), renderChapterText(report));
  return reports;
}
