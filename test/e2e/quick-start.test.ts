import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOLDER_NOT_FOUND } from '../../src/corpus/messages.js';

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
function npmStart(script: string, env: NodeJS.ProcessEnv, args: string[] = []) {
  return new Promise<{ stdout: string; stderr: string; code: number | null }>((resolve, reject) => {
    const child = spawn('npm', ['start', '--silent', ...(args.length ? ['--', ...args] : [])], { cwd: root, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, code });
    });
    child.stdin.end(script);
  });
}

describe('npm start (the Quick start)', () => {
  it('opens the local console with no Slack tokens, answers a piped script and exits at its end', async () => {
    const { stdout, code } = await npmStart(
      '/incident Atyrau\n@reportdesk who claimed the Atyrau bombings?\n/report summary finance\n',
      cleanEnv(),
    );
    expect(code).toBe(0);
    expect(stdout).toContain('two explosions took place');
    expect(stdout).toContain('── in thread ──');
    expect(stdout).toContain('Summary: Countering Terrorist Finance');
  });

  it('stops with one message naming every malformed setting, and no secret in it', async () => {
    const { stderr, code } = await npmStart('', cleanEnv({ SLACK_BOT_TOKEN: 'not-a-token-SECRET123', PORT: 'eighty' }));
    expect(code).toBe(1);
    expect(stderr).toContain('SLACK_BOT_TOKEN does not start with "xoxb-"');
    expect(stderr).toContain('PORT must be a whole number');
    expect(stderr).toContain('SLACK_SIGNING_SECRET is not set');
    expect(stderr).not.toContain('SECRET123');
  });

  it('stops with a clear message when DATA_DIR names no folder', async () => {
    const { stderr, code } = await npmStart('/incident Atyrau\n', cleanEnv({ DATA_DIR: '/nonexistent/reportdesk-data' }));
    expect(code).toBe(1);
    expect(stderr).toContain(FOLDER_NOT_FOUND('/nonexistent/reportdesk-data'));
  });

  it('still serves the good reports when data/ holds a bad file', async () => {
    const { mkdtempSync, writeFileSync, copyFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(path.join(tmpdir(), 'reportdesk-data-'));
    copyFileSync(path.join(root, 'data/crt-2011-kazakhstan.txt'), path.join(dir, 'kaz.txt'));
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0, 159, 146, 150, 0, 1, 2, 3]));
    writeFileSync(path.join(dir, 'recipe.txt'), 'Pancakes\n\nMix flour, eggs and milk. Fry in butter until golden.');
    const { stdout, stderr, code } = await npmStart('/incident Kenkiyak\n', cleanEnv({ DATA_DIR: dir }));
    expect(code).toBe(0);
    expect(stderr).toMatch(/skipped .*binary\.txt/);
    expect(stderr).toMatch(/skipped .*recipe\.txt/);
    expect(stdout).toContain('police killed nine armed men');
  });
});
