import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAnswerDeps } from '../../src/answers/build-answer-deps.js';
import { createLiveAnswerDeps } from '../../src/answers/live-answer-deps.js';
import { type Corpus, loadCorpus } from '../../src/corpus/load-corpus.js';
import { type CorpusWatch, watchCorpus } from '../../src/corpus/watch-corpus.js';
import { commandReply, type Harness, startHarness } from './harness.js';

const SEED = fileURLToPath(new URL('../../data/crt-2011-kazakhstan.txt', import.meta.url));
const GREECE = fileURLToPath(new URL('../fixtures/crt/crt-2006-greece-refworld-new.txt', import.meta.url));
const IN_THREAD = { pool: { size: 0 } };

let dir: string;
let harness: Harness;
let watcher: CorpusWatch;
const changes: Corpus[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'live-reload-'));
  await copyFile(SEED, path.join(dir, 'kazakhstan.txt'));
  const corpus = await loadCorpus(dir, IN_THREAD);
  const live = createLiveAnswerDeps(buildAnswerDeps(corpus.reports));
  // As main.ts wires it: the watcher swaps a new snapshot into the deps the running app holds.
  watcher = watchCorpus(
    dir,
    corpus,
    (next) => {
      changes.push(next);
      live.swap(buildAnswerDeps(next.reports));
    },
    { rescanMs: 0, load: IN_THREAD },
  );
  harness = await startHarness({ answers: live.deps });
});

afterAll(async () => {
  watcher.close();
  await harness.close();
  await rm(dir, { recursive: true, force: true });
});

const incident = (text: string) => commandReply(harness, '/incident', text);

describe('a chapter added to the data folder of a running app', () => {
  it('is answered in Slack without a restart', async () => {
    expect(await incident('Athens')).toContain('No incident records match');
    await copyFile(GREECE, path.join(dir, 'greece.txt'));
    await watcher.check();
    expect(changes.map((c) => c.reports.map((r) => r.country))).toEqual([['Greece', 'Kazakhstan']]);
    expect(await incident('Athens')).toContain('Athens');
    expect(await incident('Athens')).not.toContain('No incident records match');
  });
});
