import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AnswerFile } from '../answers/index.js';

/** Where the console keeps the files its answers carry: `<temp>/reportdesk/`. */
export const ANSWER_FILES_DIR = path.join(tmpdir(), 'reportdesk');

/**
 * Writes an answer's file (a chart, a map, an export) and returns its path: to `out` when given, else under
 * {@link ANSWER_FILES_DIR} with the file's own name.
 * @example (await writeAnswerFile(file)).path //=> '/tmp/reportdesk/timeline-kenya.png'
 */
export async function writeAnswerFile(
  file: AnswerFile,
  out?: string,
): Promise<{ path: string; altText: string | null }> {
  const target = out ?? path.join(ANSWER_FILES_DIR, file.fileName);
  mkdirSync(path.dirname(target), { recursive: true });
  const built = await file.build();
  writeFileSync(target, built.bytes);
  return { path: path.resolve(target), altText: built.altText };
}
