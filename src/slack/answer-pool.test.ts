import { readdirSync, readFileSync } from 'node:fs';
import type { Logger } from '@slack/bolt';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReports } from '../report/parse-report.js';
import { createAnswerPool, WORKERS_NOT_READY } from './answer-pool.js';
import { runTrackedRequest } from '../answers/answer-request.js';
import { buildAnswerDeps } from '../answers/build-answer-deps.js';
import { buildIndex, storeIndexSnapshot } from '../search/index.js';
import { ANSWER_WORKER_NICE } from './lower-thread-priority.js';

const text = readFileSync(new URL('../../data/crt-2011-kazakhstan.txt', import.meta.url), 'utf8');
const { reports } = parseReports(text, { file: 'data/crt-2011-kazakhstan.txt' });
const errors: unknown[] = [];
const logger = {
  error: (...args: unknown[]) => errors.push(args),
  warn: () => undefined,
  info: () => undefined,
  debug: () => undefined,
} as unknown as Logger;
const pool = createAnswerPool({ reports, size: 1, logger });
afterAll(() => pool.close());

describe('createAnswerPool', () => {
  it('is not ready until its worker has built the index, then answers as this thread would', async () => {
    expect(pool.problem()).toBe(WORKERS_NOT_READY);
    const deps = buildAnswerDeps(reports);
    const requests = [
      { kind: 'message', text: 'who claimed the Atyrau bombings?' },
      { kind: 'incident-command', text: 'Atyrau' },
      { kind: 'report-command', text: 'list' },
    ] as const;
    const answers = await Promise.all(requests.map((request) => pool.answer(request)));
    expect(answers).toEqual(requests.map((request) => runTrackedRequest(deps, request)));
    expect(answers.map((answer) => ('hit' in answer ? answer.hit : null))).toEqual([true, true, false]);
    expect(pool.problem()).toBeNull();
    expect(errors).toEqual([]);
  });

  // Linux keeps a nice value per thread, in field 19 of /proc/self/task/TID/stat.
  it.runIf(process.platform === 'linux')(
    'runs its worker below the priority of the main thread (nice 10)',
    async () => {
      await pool.answer({ kind: 'incident-command', text: 'Atyrau' });
      const nice = (tid: string) => {
        const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
      };
      const threads = readdirSync('/proc/self/task').map(nice);
      expect(threads.filter((value) => value === ANSWER_WORKER_NICE).length).toBeGreaterThanOrEqual(1);
      expect(nice(String(process.pid))).toBe(0);
    },
  );

  it('hands an answer that carries files (a chart) back to be computed on the main thread', async () => {
    expect(await pool.answer({ kind: 'incident-command', text: 'chart Atyrau' })).toEqual({ inline: true });
  });

  it('answers from new reports once a worker built over them replaces the old one, without a restart', async () => {
    const file = 'test/fixtures/crt/crt-2013-kenya-other.txt';
    const kenya = parseReports(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), { file }).reports;
    const request = { kind: 'message', text: 'Westgate shopping mall attack in Nairobi' } as const;
    const expectedBefore = runTrackedRequest(buildAnswerDeps(reports), request);
    const expectedAfter = runTrackedRequest(buildAnswerDeps([...reports, ...kenya]), request);
    expect(JSON.stringify(expectedAfter)).not.toEqual(JSON.stringify(expectedBefore));
    expect(await pool.answer(request)).toEqual(expectedBefore);
    pool.replaceReports([...reports, ...kenya]);
    // The old worker answers until the new one has built its index; then every answer comes from the new reports.
    let after = await pool.answer(request);
    for (let waited = 0; JSON.stringify(after) !== JSON.stringify(expectedAfter) && waited < 60_000; waited += 200) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      after = await pool.answer(request);
    }
    expect(after).toEqual(expectedAfter);
    expect(pool.problem()).toBeNull();
    expect(errors).toEqual([]);
  }, 90_000);

  it('answers on the calling thread until a worker is ready, then from a worker that restored the given snapshot', async () => {
    const chunks = storeIndexSnapshot(buildIndex(reports));
    const bytes = new Uint8Array(new SharedArrayBuffer(chunks.reduce((n, c) => n + c.length, 0)));
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    const quick = createAnswerPool({ reports, size: 1, logger, snapshot: bytes, inlineUntilReady: true });
    try {
      const request = { kind: 'message', text: 'who claimed the Atyrau bombings?' } as const;
      expect(quick.problem()).toBe(WORKERS_NOT_READY);
      expect(await quick.answer(request)).toEqual({ inline: true });
      for (let waited = 0; quick.problem() !== null && waited < 60_000; waited += 100)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await quick.answer(request)).toEqual(runTrackedRequest(buildAnswerDeps(reports), request));
      expect(errors).toEqual([]);
    } finally {
      await quick.close();
    }
  }, 90_000);
});
