import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AnswerFile } from '../answers/index.js';

/** Where the console keeps the files its answers carry: `<temp>/reportdesk/`. */
export const ANSWER_FILES_DIR = path.join(tmpdir(), 'reportdesk');

/**
 * Writes an answer's file (a chart, a map, an export) and returns its path: to `out` when given, else under
 * {@link ANSWER_FILES_DIR} with the file's own name.
 * @example writeAnswerFile(file) //=> '/tmp/reportdesk/timeline-kenya.png'
 */
export function writeAnswerFile(file: AnswerFile, out?: string): string {
  const target = out ?? path.join(ANSWER_FILES_DIR, file.fileName);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, file.bytes);
  return path.resolve(target);
}
