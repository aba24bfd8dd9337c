/**
 * Writes or checks the parser's output (`parse --json`'s reports, warnings or error) for every chapter of
 * `test/fixtures/crt/`, `test/fixtures/crt-extra/`, `data/` and synthetic chapters, so a change meant to make the
 * parser faster can be shown to change nothing.
 *
 *   npx tsx bench/parse-snapshot.ts --write DIR [--chapters 300]   # one JSON file per input into DIR
 *   npx tsx bench/parse-snapshot.ts --check DIR [--chapters 300]   # lists every input whose output differs
 *
 * DIR belongs outside the repository. Exit code 1 when --check finds a difference.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFile } from '../src/corpus/parse-file.js';
import { syntheticChapters } from './synthetic-chapters.js';

const FOLDERS = ['test/fixtures/crt', 'test/fixtures/crt-extra', 'data'];

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function inputs(root: string, chapters: number): Promise<Array<{ name: string; bytes: Uint8Array }>> {
  const list: Array<{ name: string; bytes: Uint8Array }> = [];
  for (const folder of FOLDERS) {
    for (const file of (await readdir(path.join(root, folder))).filter((f) => f.endsWith('.txt')).sort()) {
      list.push({ name: `${folder}/${file}`, bytes: await readFile(path.join(root, folder, file)) });
    }
  }
  const { corpus } = await syntheticChapters(root, chapters);
  corpus.forEach((text, i) => {
    list.push({ name: `synthetic/${i}.txt`, bytes: new TextEncoder().encode(text) });
  });
  return list;
}

async function main(): Promise<void> {
  const write = option('write');
  const check = option('check');
  const dir = write ?? check;
  if (dir === undefined) {
    process.stderr.write('usage: parse-snapshot.ts --write DIR | --check DIR [--chapters N]\n');
    process.exitCode = 2;
    return;
  }
  const chapters = Number(option('chapters') ?? 300);
  let differ = 0;
  const list = await inputs(process.cwd(), chapters);
  for (const { name, bytes } of list) {
    const json = `${JSON.stringify(parseFile(bytes, name), null, 1)}\n`;
    const target = path.join(dir, `${name.replaceAll('/', '__')}.json`);
    if (write !== undefined) {
      await mkdir(dir, { recursive: true });
      await writeFile(target, json);
    } else if ((await readFile(target, 'utf8').catch(() => '')) !== json) {
      differ += 1;
      if (differ <= 20) process.stdout.write(`differs: ${name} (${target})\n`);
    }
  }
  process.stdout.write(`${list.length} inputs${write === undefined ? `, ${differ} differ` : ' written'}\n`);
  if (differ > 0) process.exitCode = 1;
}

void main();
