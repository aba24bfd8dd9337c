import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operatorErrorsMessage } from '../search/messages.js';
import { runCli } from './run-cli.js';
import {
  ERROR_LINE,
  EVAL_NEEDS_QUERIES,
  LIMIT_OUT_OF_RANGE,
  SEARCH_NEEDS_QUERY,
  UNKNOWN_COMMAND,
  USAGE,
} from './messages.js';

const reportdesk = (...args: string[]) => runCli(undefined, ...args);

describe('reportdesk parse', () => {
  it('prints what it understood of the seed for people', async () => {
    const { stdout, code } = await reportdesk('parse', 'data/crt-2011-kazakhstan.txt');
    expect(code).toBe(0);
    expect(stdout).toContain('Country Reports on Terrorism 2011 - Kazakhstan');
    expect(stdout).toContain('Countering Terrorist Finance (2 passages)');
    expect(stdout).toContain('Incidents: 13');
  });

  it('prints the report objects and errors as JSON, exiting non-zero when a named file fails', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'reportdesk-'));
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const { stdout, code } = await reportdesk('parse', '--json', 'data/crt-2011-kazakhstan.txt', empty);
    expect(code).toBe(1);
    const doc = JSON.parse(stdout) as {
      reports: Array<{ id: string; incidents: unknown[] }>;
      errors: Array<{ file: string; message: string }>;
    };
    expect(doc.reports.map((r) => r.id)).toEqual(['crt-2011-kazakhstan']);
    expect(doc.reports[0]?.incidents).toHaveLength(13);
    expect(doc.errors).toHaveLength(1);
    expect(doc.errors[0]?.file).toBe(empty);
    expect(doc.errors[0]?.message).toMatch(/empty/i);
  });
});

describe('reportdesk search and eval', () => {
  it('ranks the passage that answers a question first, as JSON', async () => {
    const { stdout, code } = await reportdesk(
      'search',
      '--json',
      '--limit',
      '3',
      'who claimed responsibility for the Atyrau explosions?',
    );
    expect(code).toBe(0);
    const response = JSON.parse(stdout) as { hits: Array<{ text: string; passageText: string }> };
    expect(response.hits[0]?.passageText).toContain('Publicly claiming responsibility');
  });

  it('reads the search operators, and answers an unreadable query with what it understood and how to write it', async () => {
    const found = await reportdesk('search', '--json', '--incidents', '"Special Forces" -Kenkiyak sort:oldest');
    const response = JSON.parse(found.stdout) as { hits: Array<{ incident: { date: string } | null }> };
    expect(response.hits.map((h) => h.incident?.date)).toEqual(['2011-07-02', '2011-12-03']);
    const unread = await reportdesk('search', '(Aktobe OR Aktau');
    expect(unread.code).toBe(0);
    expect(unread.stdout).toContain(
      `problem: ${operatorErrorsMessage([{ code: 'unclosed_bracket', text: '(Aktobe OR Aktau' }], 'Aktobe OR Aktau')}`,
    );
  });

  it('runs the shared eval and prints recall and MRR', async () => {
    const { stdout, code } = await reportdesk('eval', '--queries', 'test/fixtures/eval/queries.json');
    expect(code).toBe(0);
    expect(stdout).toContain('recall@1: 1.000');
    expect(stdout).toContain('recall@3: 1.000');
    expect(stdout).toContain('MRR:      1.000');
  });

  it('prints one JSON entry per query in file order', async () => {
    const { stdout } = await reportdesk('eval', '--json', '--queries', 'test/fixtures/eval/queries.json');
    const { results } = JSON.parse(stdout) as {
      results: Array<{ query: string; ms: number; hits: Array<{ kind: string }> }>;
    };
    expect(results).toHaveLength(30);
    expect(results[0]?.query).toBe('Atyrau');
    // Number.isFinite is false for anything but a finite number: a missing or NaN timing fails too.
    expect(results.filter((r) => !Number.isFinite(r.ms) || r.hits.length === 0)).toEqual([]);
  });

  describe('edge cases', () => {
    it('explains a missing query or queries file, a bad --limit and an unknown command', async () => {
      expect(await reportdesk('search')).toMatchObject({ stderr: `${ERROR_LINE(SEARCH_NEEDS_QUERY)}\n`, code: 2 });
      expect(await reportdesk('search', '--limit', '0', 'Atyrau')).toMatchObject({
        stderr: `${ERROR_LINE(LIMIT_OUT_OF_RANGE)}\n`,
        code: 2,
      });
      expect(await reportdesk('eval')).toMatchObject({ stderr: `${ERROR_LINE(EVAL_NEEDS_QUERIES)}\n`, code: 2 });
      expect(await reportdesk('frobnicate')).toMatchObject({
        stderr: `${ERROR_LINE(UNKNOWN_COMMAND('frobnicate'))}\n\n${USAGE}\n`,
        code: 2,
      });
    });
  });
});

describe('reportdesk output of untrusted report text', () => {
  /** Terminal escapes (clear screen, retitle the window), C1 controls and bidi overrides a hostile file can carry. */
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what must not be printed.
  const HOSTILE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/;

  function hostileCopy(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'reportdesk-hostile-'));
    const text = readFileSync(path.join('data', 'crt-2011-kazakhstan.txt'), 'utf8').replace(
      'two explosions took place',
      'two \u001b[2J\u001b]0;pwned\u0007explosions\u009b31m took \u202eplace\u2066',
    );
    writeFileSync(path.join(dir, 'crt-2011-kazakhstan.txt'), text);
    return dir;
  }

  it('parse and search print no terminal control or bidi characters, as text or JSON', async () => {
    const dir = hostileCopy();
    const json = await reportdesk('parse', '--json', path.join(dir, 'crt-2011-kazakhstan.txt'));
    const found = await reportdesk('search', '--data', dir, 'explosions took place Atyrau');
    expect(found.stdout).toContain('explosions');
    expect(JSON.stringify(JSON.parse(json.stdout))).toContain('explosions');
    for (const output of [json.stdout, found.stdout]) expect(output).not.toMatch(HOSTILE);
  });
});
