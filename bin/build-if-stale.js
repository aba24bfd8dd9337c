#!/usr/bin/env node
// Compiles src/ to dist/ when dist/ is missing or older than the sources, so `npm start` runs built JavaScript:
// starting through tsx compiles every module on each start (and again in each worker thread), which cost seconds
// here (README, "Running it"). Run by `npm install` (the prepare script) and by bin/start.js before each start.
//
// This is esbuild's transpile only, file by file, into the same layout `npm run build` (tsc) gives: about 0.5 s of
// CPU against tsc's 15 s, since types are checked by `npx tsc --noEmit` (CI), not at start. When dist/ is current
// it only compares modification times (~300 files).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
export const BUILT_ENTRY = path.join(root, 'dist', 'start.js');
const SOURCES = path.join(root, 'src');
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json', 'package.json'].map((file) => path.join(root, file));

/** The TypeScript files the app is built from (not the tests), and the newest modification time (ms) among them. */
function listSources(dir = SOURCES, files = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) listSources(file, files);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) files.push(file);
  }
  return files;
}

function newestOf(files) {
  let newest = 0;
  for (const file of files) if (existsSync(file)) newest = Math.max(newest, statSync(file).mtimeMs);
  return newest;
}

/** True when dist/start.js is missing or older than a source file or a build setting. */
export function isStale() {
  return !existsSync(BUILT_ENTRY) || statSync(BUILT_ENTRY).mtimeMs < newestOf([...listSources(), ...CONFIGS]);
}

/**
 * Builds dist/ when it is stale.
 * @param {(line: string) => void} log - a line before a build and one after it
 * @returns {Promise<'current' | 'built' | 'no-sources' | 'no-compiler' | 'failed'>} `no-sources` and `no-compiler`
 *   when there is nothing to build or nothing to build with (a Docker stage before the sources are copied)
 */
export async function buildIfStale(log) {
  if (!existsSync(path.join(SOURCES, 'start.ts'))) return 'no-sources';
  if (!isStale()) return 'current';
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return 'no-compiler';
  }
  log(`reportdesk: compiling src/ to dist/ (${existsSync(BUILT_ENTRY) ? 'src/ changed' : 'first start'})…`);
  const started = performance.now();
  try {
    await esbuild.build({
      entryPoints: listSources(),
      outdir: path.join(root, 'dist'),
      outbase: SOURCES,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // Node 20.10 and later read `with { type: 'json' }`, which esbuild's node20 target would drop.
      supported: { 'import-attributes': true },
      logLevel: 'silent',
    });
  } catch (error) {
    log(`reportdesk: compiling failed: ${error instanceof Error ? error.message : String(error)}`);
    return 'failed';
  }
  log(`reportdesk: compiled in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 'built';
}

// As the prepare script: build, and never fail the install for it (npm start then runs the sources through tsx).
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  await buildIfStale((line) => process.stderr.write(`${line}\n`));
}
