import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadFiles } from '../corpus/load-corpus.js';
import {
  type GoldIncident,
  type IncidentGold,
  type IncidentScore,
  type ScoredRecord,
  scoreIncidents,
} from '../report/incidents/score-incidents.js';
import { progressOptions } from '../corpus/load-data.js';
import type { CliIo } from './cli-io.js';
import {
  CANNOT_READ,
  ERROR_LINE,
  EVAL_INCIDENTS_NEEDS_GOLD,
  GOLD_FILE_MISSING,
  GOLD_FILE_SHAPE,
  SKIPPED_FILE,
} from './messages.js';

/** Where the files a gold names are looked for when no FILES are given. */
const DEFAULT_DIRS = ['data', 'test/fixtures/crt'];

/** `reportdesk eval-incidents --gold FILE [--json] [--data DIR] [FILES…]` */
export async function evalIncidentsCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { gold: { type: 'string' }, json: { type: 'boolean', default: false }, data: { type: 'string' } },
  });
  if (!values.gold) return usageError(io, EVAL_INCIDENTS_NEEDS_GOLD);
  let gold: IncidentGold;
  try {
    gold = parseGoldFile(await readFile(values.gold, 'utf8'));
  } catch (error) {
    return usageError(io, CANNOT_READ(values.gold, error instanceof Error ? error.message : String(error)));
  }
  let files = positionals;
  if (files.length === 0) {
    const dirs = values.data ? [values.data, ...DEFAULT_DIRS] : DEFAULT_DIRS;
    files = [];
    for (const name of Object.keys(gold.files).sort()) {
      const found = dirs.map((d) => path.join(d, name)).find((p) => existsSync(p));
      if (found) files.push(found);
      else io.err(`${GOLD_FILE_MISSING(name, dirs)}\n`);
    }
  }
  const corpus = await loadFiles(files, { ...progressOptions(io.errStream), keepDuplicates: true });
  for (const { file, message } of corpus.errors) io.err(`${SKIPPED_FILE(file, message)}\n`);
  const score = scoreIncidents(
    gold,
    corpus.reports.flatMap((r) => r.incidents.map((record) => ({ file: r.file, record }))),
  );
  io.out(`${values.json ? JSON.stringify(score, null, 2) : renderScore(score)}\n`);
  return 0;
}

/** Reads a gold file: `{ "files": { "<basename>": { "incidents": [...], "borderline": [...] } } }`. */
export function parseGoldFile(text: string): IncidentGold {
  const data: unknown = JSON.parse(text);
  const files = (data as { files?: unknown } | null)?.files;
  if (typeof files !== 'object' || files === null || Array.isArray(files)) throw new Error(GOLD_FILE_SHAPE);
  for (const entry of Object.values(files)) {
    if (!Array.isArray((entry as { incidents?: unknown } | null)?.incidents)) throw new Error(GOLD_FILE_SHAPE);
  }
  return data as IncidentGold;
}

function showGold(g: GoldIncident): string {
  return `${g.date} end=${g.endDate ?? '-'} [${g.places.join(', ')}] ${g.kind} k=${g.killed} w=${g.wounded} a=${g.arrested} | ${g.quote}`;
}

function showRecord(e: ScoredRecord): string {
  return `${e.date} end=${e.endDate ?? '-'} [${e.places.join(', ')}] ${e.kind} k=${e.killed} w=${e.wounded} a=${e.arrested} | ${e.text.slice(0, 160).replace(/\s+/g, ' ')}`;
}

/** The text report: the three figures, then each miss, extra and field error. */
export function renderScore(s: IncidentScore): string {
  const lines = [
    `recall:    ${s.recall.toFixed(2)} (${s.found}/${s.gold})`,
    `precision: ${s.precision.toFixed(2)} (${s.found}/${s.extracted - s.borderline}, ${s.borderline} borderline records not judged)`,
    `figures on the right record: ${s.figures.toFixed(2)} (${s.figuresRight}/${s.figuresStated})`,
    ...Object.entries(s.fields).map(([f, { right, total }]) => `field ${f.padEnd(9)} ${right}/${total}`),
    '',
    `misses (${s.misses.length}):`,
    ...s.misses.map((m) => `  ${m.file} | ${showGold(m.incident)}`),
    '',
    `extras (${s.extras.length}):`,
    ...s.extras.map((x) => `  ${x.file} ${x.tag} | ${showRecord(x.record)}`),
    '',
    `field errors (${s.fieldErrors.length}):`,
    ...s.fieldErrors.map(
      (x) => `  ${x.field} | ${x.file}\n    gold: ${showGold(x.incident)}\n    got:  ${showRecord(x.record)}`,
    ),
  ];
  return lines.join('\n');
}

function usageError(io: CliIo, message: string): number {
  io.err(`${ERROR_LINE(message)}\n`);
  return 2;
}
