import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATED_FIGURES_NOTE } from '../answers/messages.js';
import { runCli } from './run-cli.js';
import { BAD_FORMAT, COMPARE_NEEDS, ERROR_LINE } from './messages.js';

const reportdesk = (...args: string[]) => runCli(undefined, ...args);

describe('reportdesk export', () => {
  it('writes every matching record as JSON to stdout and as CSV with a BOM to a file', async () => {
    const json = await reportdesk('export', '--format', 'json', 'country:Kazakhstan');
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout) as Array<{ country: string; evidence: string }>;
    expect(rows).toHaveLength(13);
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'reportdesk-')), 'kz.csv');
    const csv = await reportdesk('export', '--out', out, 'country:Kazakhstan');
    expect(csv.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFreport,country,year')).toBe(true);
    expect(text.trimEnd().split('\r\n')).toHaveLength(14);
  });

  it('refuses an unknown format', async () => {
    const { code, stderr } = await reportdesk('export', '--format', 'xlsx', 'country:Kazakhstan');
    expect(code).toBe(2);
    expect(stderr).toBe(`${ERROR_LINE(BAD_FORMAT)}\n`);
  });
});

describe('reportdesk count and compare', () => {
  it('counts with the records and the words each figure was read from', async () => {
    const { stdout, code } = await reportdesk('count', 'how many arrests in Kazakhstan in 2011');
    expect(code).toBe(0);
    expect(stdout).toContain('231 arrested, as stated in 3 of 13 matching records');
    expect(stdout).toContain(STATED_FIGURES_NOTE);
    expect(stdout).toContain('read from: “arrest of 29 persons”');
  });

  it('explains what compare needs', async () => {
    const { stderr, code } = await reportdesk('compare', 'kazakhstan');
    expect(code).toBe(2);
    expect(stderr).toBe(`${ERROR_LINE(COMPARE_NEEDS)}\n`);
  });
});
