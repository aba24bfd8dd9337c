import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReports } from '../report/parse-report.js';
import { buildAnswerDeps } from '../answers/index.js';
import { runConsole } from './run-console.js';
import { FILE_SAVED } from './messages.js';
import {
  BUTTON_FEEDBACK_DOWN,
  BUTTON_FEEDBACK_UP,
  FEEDBACK_NOT_KEPT,
  FEEDBACK_THANKS_DOWN,
  STATED_FIGURES_NOTE,
} from '../answers/messages.js';
import type { FeedbackEntry } from '../store/store.js';

const seed = readFileSync(new URL('../../data/crt-2011-kazakhstan.txt', import.meta.url), 'utf8');
const deps = buildAnswerDeps(parseReports(seed, { file: 'data/crt-2011-kazakhstan.txt' }).reports);

async function* linesOf(script: string) {
  yield* script.split('\n');
}

async function run(script: string, json = false): Promise<string> {
  let out = '';
  await runConsole({ deps, lines: linesOf(script), write: (t) => (out += t), json });
  return out;
}

describe('runConsole', () => {
  it('hands a chart to saveFile and prints where it went; counts with their records', async () => {
    const saved: Array<{ name: string; bytes: number }> = [];
    let out = '';
    await runConsole({
      deps,
      lines: linesOf('/incident chart country:Kazakhstan\n@reportdesk how many were killed in Kazakhstan in 2011?'),
      write: (t) => (out += t),
      saveFile: async (file) => {
        saved.push({ name: file.fileName, bytes: (await file.build()).bytes.length });
        return `/out/${file.fileName}`;
      },
    });
    expect(saved.map((f) => f.name)).toEqual(['timeline-country-kazakhstan.png']);
    expect(saved[0]?.bytes).toBeGreaterThan(1000);
    expect(out).toContain(FILE_SAVED('/out/timeline-country-kazakhstan.png'));
    expect(out).toContain(STATED_FIGURES_NOTE);
    expect(out).toContain('and *killed two policemen*');
  });

  it('answers /incident privately with the record, its place and citation', async () => {
    const out = await run('/incident Atyrau');
    expect(out).toContain('── only you can see this ──');
    expect(out).toContain('31 October 2011');
    expect(out).toContain('two explosions took place');
    expect(out).toContain('Country Reports on Terrorism 2011 - Kazakhstan');
    expect(out).toMatch(/\[\d\] Share in channel/);
  });

  it('answers a mention in a thread with the passage that answers it', async () => {
    const out = await run('@reportdesk who claimed responsibility for the Atyrau explosions?');
    expect(out).toContain('── in thread ──');
    expect(out).toMatch(/Publicly \*claiming\*/);
  });

  it('presses a button by its number: "Share in channel" posts for everyone', async () => {
    const first = await run('/incident Atyrau');
    const share = /\[(\d+)\] Share in channel/.exec(first)?.[1];
    expect(share).toBeDefined();
    const out = await run(`/incident Atyrau\n${share}`);
    expect(out).toContain('── posted in the channel ──');
  });

  it('says feedback is not kept when no store is open, and keeps it in the one given', async () => {
    const first = await run('/incident Atyrau');
    const up = new RegExp(`\\[(\\d+)\\] ${BUTTON_FEEDBACK_UP}`).exec(first)?.[1];
    const down = new RegExp(`\\[(\\d+)\\] ${BUTTON_FEEDBACK_DOWN}`).exec(first)?.[1];
    expect([up, down].every((n) => n !== undefined)).toBe(true);
    expect(await run(`/incident Atyrau\n${up}`)).toContain(FEEDBACK_NOT_KEPT);

    const kept: FeedbackEntry[] = [];
    let out = '';
    await runConsole({
      deps: { ...deps, feedback: { saveFeedback: async (entry) => void kept.push(entry) } },
      lines: linesOf(`/incident Atyrau\n${down}`),
      write: (t) => (out += t),
    });
    expect(out).toContain(FEEDBACK_THANKS_DOWN);
    expect(kept).toEqual([
      {
        answerId: expect.stringMatching(/^incident-[0-9a-f]{12}$/),
        query: 'Atyrau',
        userId: 'U0CONSOLE',
        teamId: null,
        vote: 'down',
        text: null,
      },
    ]);
  });

  it('posts a section summary in the channel with the full section in its thread', async () => {
    const out = await run('/report summary finance');
    expect(out).toContain('── posted in the channel ──');
    expect(out).toContain('Summary: Countering Terrorist Finance');
    expect(out).toContain('── in its thread ──');
    expect(out).toContain('national risk assessment');
  });

  it('prints raw Block Kit with --json', async () => {
    const out = await run('/incident Kenkiyak', true);
    const message = JSON.parse(out.slice(0, out.lastIndexOf('}') + 1)) as {
      where: string;
      text: string;
      blocks: unknown[];
    };
    expect(message.where).toBe('only you can see this');
    expect(message.blocks.length).toBeGreaterThan(0);
    expect(message.text).toContain('Kenkiyak');
  });

  describe('edge cases', () => {
    it('explains a button number that is not there, an unknown command, and stops at quit', async () => {
      const out = await run('7\n/weather today\nquit\n/incident Atyrau');
      expect(out).toContain('The last reply has no buttons to press.');
      expect(out).toContain('/weather is not a command of this app.');
      expect(out).not.toContain('two explosions');
    });
    it('says what went wrong for a bad query instead of an empty answer', async () => {
      const out = await run('/incident since:2011-13-45');
      expect(out).toMatch(/2011-13-45/);
    });
  });
});
