import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// The command line's behaviour is tested in-process (src/cli/main.test.ts); this one test starts the real
// process through the package's bin, as `npx reportdesk` does, to show the entry point itself works.
const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin', 'reportdesk.js');

describe('npx reportdesk (the bin, as a process)', () => {
  it('runs the shared eval and exits 0 with recall@1 1.000', async () => {
    const { stdout } = await run(process.execPath, [bin, 'eval', '--queries', 'test/fixtures/eval/queries.json'], {
      cwd: root,
      timeout: 60_000,
    });
    expect(stdout).toContain('recall@1: 1.000');
    expect(stdout).toContain('every query answered at rank 1');
  }, 90_000); // starting a process through tsx takes seconds, and tens of them on a busy machine
});
