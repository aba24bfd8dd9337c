import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

/** The environment of a fresh machine: no Slack settings at all (and no .env in the clone). */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(SLACK_|PORT$|LOG_LEVEL$|DATA_DIR$|DATABASE_URL$|STORE_PATH$|USAGE_LOG_TEXT$)/.test(key)) env[key] = value;
  }
  return { ...env, ...extra };
}

/** Runs `npm start` (the README's first command) with a script piped to it. */
function npmStart(script: string, env: NodeJS.ProcessEnv) {
  return new Promise<{ stdout: string; stderr: string; code: number | null }>((resolve, reject) => {
    const child = spawn('npm', ['start', '--silent'], { cwd: root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, code });
    });
    child.stdin.end(script);
  });
}

// What `npm start` does is tested in-process (src/main.test.ts: settings, DATA_DIR, bad files); this one test
// starts the real process, as the README's Quick start does, to show the entry point itself works.
describe('npm start (the Quick start, as a process)', () => {
  it('opens the local console with no Slack tokens, answers a piped script and exits at its end', async () => {
    const { stdout, code } = await npmStart(
      '/incident Atyrau\n@reportdesk who claimed the Atyrau bombings?\n/report summary finance\n',
      cleanEnv(),
    );
    expect(code).toBe(0);
    expect(stdout).toContain('two explosions took place');
    expect(stdout).toContain('── in thread ──');
    expect(stdout).toContain('Summary: Countering Terrorist Finance');
  }, 90_000); // starting a process through tsx takes seconds, and tens of them on a busy machine
});
