#!/usr/bin/env node
// `npm start`: the built JavaScript in dist/, compiled first (well under a second) when missing or older than src/
// (build-if-stale.js). Where it cannot be compiled (no TypeScript installed, or compiling failed), the TypeScript
// sources run through tsx, as before.
// The npm script runs it as `node --no-regexp-tier-up bin/start.js` (the Dockerfile likewise): V8 then compiles each
// regular expression to machine code on its first run instead of interpreting it first, which cuts the first parse of
// the seed chapter from about 1.1 s to 0.4–0.6 s (the extractor runs ~800 large patterns). It is given on the command
// line because setting a V8 flag from inside a running process is a race (Node's docs warn it may crash; a parse run
// that set it with v8.setFlagsFromString did segfault here once in about ten).
import { buildIfStale } from './build-if-stale.js';

const outcome = await buildIfStale((line) => process.stderr.write(`${line}\n`));
// No sources (a production image) runs what was built.
if (outcome === 'current' || outcome === 'built' || outcome === 'no-sources') {
  await import('../dist/start.js');
} else {
  process.stderr.write('reportdesk: starting from the TypeScript sources (tsx)\n');
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/start.ts');
}
