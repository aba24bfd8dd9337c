import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadingProgress } from '../../src/answers/answer-deps.js';
import { buildAnswerDeps } from '../../src/answers/build-answer-deps.js';
import { createLiveAnswerDeps } from '../../src/answers/live-answer-deps.js';
import { INCIDENTS_LOADING } from '../../src/answers/messages.js';
import { countDeferred, loadCorpus } from '../../src/corpus/load-corpus.js';
import { type CorpusWatch, watchCorpus } from '../../src/corpus/watch-corpus.js';
import { commandReply, type Harness, startHarness } from './harness.js';
import { sendEvent } from './signed-request.js';

const SEED = fileURLToPath(new URL('../../data/crt-2011-kazakhstan.txt', import.meta.url));
const GREECE = fileURLToPath(new URL('../fixtures/crt/crt-2006-greece-refworld-new.txt', import.meta.url));
const IN_THREAD = { pool: { size: 0 } };

let dir: string;
let harness: Harness;
let watcher: CorpusWatch;
let loading: LoadingProgress | null = null;

// As main.ts wires a cold start of a large folder (there, over 4 MB to parse): the passages load first and serve,
// the incident records are read by the watcher's first check, then the snapshot holding them is swapped in.
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cold-start-'));
  await copyFile(SEED, path.join(dir, 'kazakhstan.txt'));
  await copyFile(GREECE, path.join(dir, 'greece.txt'));
  const corpus = await loadCorpus(dir, { ...IN_THREAD, deferIncidentsOver: 0 });
  loading = { done: 0, total: corpus.files };
  const live = createLiveAnswerDeps(buildAnswerDeps(corpus.reports));
  watcher = watchCorpus(
    dir,
    corpus,
    (next) => {
      live.swap(buildAnswerDeps(next.reports));
      if (countDeferred(next) === 0) loading = null;
    },
    { rescanMs: 0, load: IN_THREAD, complete: IN_THREAD },
  );
  harness = await startHarness({ answers: { ...live.deps, incidentsLoading: () => loading } });
});

afterAll(async () => {
  watcher.close();
  await harness.close();
  await rm(dir, { recursive: true, force: true });
});

let counter = 0;
const incident = (text: string) => commandReply(harness, '/incident', text);

async function mention(text: string): Promise<string> {
  counter += 1;
  const ts = `1715000${counter}.000100`;
  await sendEvent(harness.url, {
    token: 'legacy',
    team_id: 'T1',
    api_app_id: 'A1',
    type: 'event_callback',
    event_id: `EvCold${counter}`,
    event_time: 1715000000 + counter,
    event: {
      type: 'app_mention',
      user: 'U2CERLKJA',
      text: `<@U0BOT> ${text}`,
      ts,
      channel: 'C0INCIDENTS',
      event_ts: ts,
    },
  });
  const posts = () => harness.slack.calls.filter((c) => c.method === 'chat.postMessage');
  await harness.slack.waitFor(() => posts().length === 1);
  const reply = JSON.stringify(posts()[0]?.args);
  harness.slack.reset();
  return reply;
}

describe('a cold start that reads the incident records after it starts answering', () => {
  it('says in Slack that the records are being read, answers from the passages, then from the records', async () => {
    const notice = JSON.stringify(INCIDENTS_LOADING(0, 2)).slice(1, -1);
    expect(await incident('Atyrau')).toContain(notice);
    expect(await mention('why was Nikos Papanastasiou released from prison?')).toContain('health reasons');
    await watcher.check();
    expect(loading).toBeNull();
    const records = await incident('Atyrau');
    expect(records).not.toContain(notice);
    expect(records).toMatch(/of 2 matches for “Atyrau”/);
  });
});
