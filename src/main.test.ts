import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Logger, LogLevel } from '@slack/logger';
import { describe, expect, it } from 'vitest';
import { loadCachedCorpus } from './corpus/load-cached-corpus.js';
import { FOLDER_NOT_FOUND } from './corpus/messages.js';
import { buildIndex, restoreIndexSnapshot, storeIndexSnapshot } from './search/index.js';
import { type MainIo, main } from './main.js';

/** A logger that keeps what it is told, by level. */
function recordingLogger(lines: string[]): Logger {
  let level = LogLevel.INFO;
  const at =
    (name: string) =>
    (...messages: unknown[]) => {
      lines.push(`${name}: ${messages.map(String).join(' ')}`);
    };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

async function* linesOf(script: string): AsyncIterable<string> {
  for (const line of script.split('\n')) if (line !== '') yield line;
}

/** Runs the app in-process as `npm start` would, with these settings and a script on its input. */
async function start(script: string, env: MainIo['env'] = {}, more: Partial<MainIo> = {}) {
  let stdout = '';
  let stderr = '';
  const log: string[] = [];
  const code = await main([], {
    env,
    openLines: () => ({ lines: linesOf(script), close: () => {} }),
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
    errStream: { isTTY: false, write: (text: string) => (stderr += text) },
    stdinIsTTY: false,
    stdoutIsTTY: false,
    logger: recordingLogger(log),
    ...more,
  });
  return { stdout, stderr, log, code };
}

describe('main (npm start, in-process)', () => {
  it('opens the local console with no Slack tokens, answers a script and returns at its end', async () => {
    const { stdout, code } = await start(
      '/incident Atyrau\n@reportdesk who claimed the Atyrau bombings?\n/report summary finance\n',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('two explosions took place');
    expect(stdout).toContain('── in thread ──');
    expect(stdout).toContain('Summary: Countering Terrorist Finance');
  });

  it('after a cold start that deferred the incident records, answers lines piped in once the records are read', async () => {
    const data = mkdtempSync(path.join(tmpdir(), 'main-deferred-'));
    copyFileSync('data/crt-2011-kazakhstan.txt', path.join(data, 'kazakhstan.txt'));
    copyFileSync('test/fixtures/crt/crt-2006-greece-refworld-new.txt', path.join(data, 'greece.txt'));
    const { stdout, log, code } = await start('/incident Atyrau\n', { DATA_DIR: data }, { deferIncidentsOver: 0 });
    expect(code).toBe(0);
    expect(log.filter((line) => /read \d+ incident records from 2 files/.test(line))).toHaveLength(1);
    expect(stdout).toContain('two explosions took place');
    expect(stdout).not.toContain('still being read');
    // The cache was written once the records were in (the deferred load writes none): the next start reads it.
    const next = await loadCachedCorpus(data, {
      build: buildIndex,
      store: storeIndexSnapshot,
      restore: restoreIndexSnapshot,
    });
    expect(next.source).toBe('cache');
    expect(next.corpus.reports.flatMap((r) => r.incidents).length).toBeGreaterThan(10);
  });

  it('stops with one message naming every malformed setting, and no secret in it', async () => {
    const { stderr, code } = await start('', { SLACK_BOT_TOKEN: 'not-a-token-SECRET123', PORT: 'eighty' });
    expect(code).toBe(1);
    expect(stderr).toContain('SLACK_BOT_TOKEN does not start with "xoxb-"');
    expect(stderr).toContain('PORT must be a whole number');
    expect(stderr).toContain('SLACK_SIGNING_SECRET is not set');
    expect(stderr).not.toContain('SECRET123');
  });

  it('stops with a clear message when DATA_DIR names no folder', async () => {
    const { stderr, code } = await start('/incident Atyrau\n', { DATA_DIR: '/nonexistent/reportdesk-data' });
    expect(code).toBe(1);
    expect(stderr).toContain(FOLDER_NOT_FOUND('/nonexistent/reportdesk-data'));
  });

  it('still serves the good reports when data/ holds a bad file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'reportdesk-data-'));
    copyFileSync(new URL('../data/crt-2011-kazakhstan.txt', import.meta.url), path.join(dir, 'kaz.txt'));
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0, 159, 146, 150, 0, 1, 2, 3]));
    writeFileSync(path.join(dir, 'recipe.txt'), 'Pancakes\n\nMix flour, eggs and milk. Fry in butter until golden.');
    const { stdout, log, code } = await start('/incident Kenkiyak\n', { DATA_DIR: dir });
    expect(code).toBe(0);
    expect(
      log
        .filter((line) => line.startsWith('warn: skipped '))
        .map((line) => path.basename(line.split(':')[1] ?? ''))
        .sort(),
    ).toEqual(['binary.txt', 'recipe.txt']);
    expect(stdout).toContain('police killed nine armed men');
  });
});
