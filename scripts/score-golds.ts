/**
 * `npm run eval:golds [-- --full ID]`: recall, precision and figures on the right record for each gold under
 * test/fixtures/golds (see its golds.json), pooled over the held-out golds and over the read ones. Held-out golds are
 * scored by their totals only; `--full ID` prints the misses, extras and field errors of a read gold and refuses a
 * held-out one.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseGoldFile, renderScore } from '../src/cli/eval-incidents-command.js';
import { loadFiles } from '../src/corpus/load-corpus.js';
import { type IncidentScore, scoreIncidents } from '../src/report/incidents/score-incidents.js';

const ROOT = path.join(process.cwd(), 'test/fixtures/golds');

interface GoldEntry {
  id: string;
  heldOut: boolean;
  years: string;
}

async function score(id: string): Promise<IncidentScore> {
  const dir = path.join(ROOT, id);
  const gold = parseGoldFile(await readFile(path.join(dir, 'gold.json'), 'utf8'));
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f));
  const corpus = await loadFiles(files, { keepDuplicates: true });
  return scoreIncidents(
    gold,
    corpus.reports.flatMap((r) => r.incidents.map((record) => ({ file: path.basename(r.file), record }))),
  );
}

const line = (
  name: string,
  s: Pick<IncidentScore, 'found' | 'gold' | 'extracted' | 'borderline' | 'figuresRight' | 'figuresStated'>,
) => {
  const judged = s.extracted - s.borderline;
  const f = (a: number, b: number) => `${a}/${b} ${(b === 0 ? 0 : a / b).toFixed(3)}`;
  return `${name.padEnd(10)} recall ${f(s.found, s.gold)}  precision ${f(s.found, judged)}  figures ${f(s.figuresRight, s.figuresStated)}`;
};

async function main(): Promise<void> {
  const { golds } = JSON.parse(await readFile(path.join(ROOT, 'golds.json'), 'utf8')) as { golds: GoldEntry[] };
  const at = process.argv.indexOf('--full');
  if (at >= 0) {
    const id = process.argv[at + 1] ?? '';
    const entry = golds.find((g) => g.id === id);
    if (!entry) throw new Error(`no gold ${id}; golds: ${golds.map((g) => g.id).join(', ')}`);
    if (entry.heldOut) throw new Error(`${id} is held out: it is scored by its totals only, never read`);
    process.stdout.write(`${renderScore(await score(id))}\n`);
    return;
  }
  for (const heldOut of [true, false]) {
    const sum = { found: 0, gold: 0, extracted: 0, borderline: 0, figuresRight: 0, figuresStated: 0 };
    for (const g of golds.filter((x) => x.heldOut === heldOut)) {
      const s = await score(g.id);
      for (const k of Object.keys(sum) as Array<keyof typeof sum>) sum[k] += s[k];
      process.stdout.write(`${line(`${g.id} (${g.years})`, s)}\n`);
    }
    process.stdout.write(`${line(heldOut ? 'held out' : 'read', sum)}\n\n`);
  }
}

void main();
