#!/usr/bin/env node
// `npm start`: the built JavaScript in dist/, compiled first (well under a second) when missing or older than src/
// (build-if-stale.js). Where it cannot be compiled (no TypeScript installed, or compiling failed), the TypeScript
// sources run through tsx, as before.
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
