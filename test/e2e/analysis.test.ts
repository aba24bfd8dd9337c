/**
 * Counts, pictures, exports and comparisons end to end: signed requests to Bolt's HTTP receiver, files through the
 * stand-in's files.getUploadURLExternal → upload URL → files.completeUploadExternal.
 */
import { describe, expect, it } from 'vitest';
import { ACTION_IDS, encodePageValue } from '../../src/answers/action-values.js';
import { collectIncidents } from '../../src/answers/collect-incidents.js';
import { analysisEngine } from '../../src/answers/answer-analysis.js';
import { STATED_FIGURES_NOTE } from '../../src/answers/messages.js';
import { readPngSize } from '../../src/pictures/test-records.js';
import { MAP_HEIGHT, MAP_WIDTH } from '../../src/pictures/render-map.js';
import { TIMELINE_HEIGHT, TIMELINE_WIDTH } from '../../src/pictures/render-timeline.js';
import { SOURCE_LINE } from '../../src/pictures/messages.js';
import type { RecordedCall } from './fake-slack.js';
import { callsOf, SEED_FILES, shown, useHarness } from './harness.js';
import { sendAction, sendCommand, sendEvent } from './signed-request.js';

const harness = useHarness([...SEED_FILES, 'test/fixtures/crt/crt-2012-kazakhstan-pdf.txt']);
let counter = 0;

const only = (method: string): RecordedCall[] => callsOf(harness(), method);

async function command(name: string, text: string) {
  counter += 1;
  return sendCommand(harness().url, {
    team_id: 'T1',
    channel_id: 'C0INCIDENTS',
    user_id: 'U2CERLKJA',
    command: name,
    text,
    api_app_id: 'A1',
    response_url: harness().slack.responseUrl(`cmd-${counter}`),
    trigger_id: `1.2.${counter}`,
  });
}

function mention(text: string) {
  const ts = `1515449522.${String(++counter).padStart(6, '0')}`;
  return {
    team_id: 'T1',
    api_app_id: 'A1',
    event: { type: 'app_mention', user: 'U061F7AUR', text, ts, event_ts: ts, channel: 'C123' },
    type: 'event_callback',
    event_id: `EvA${counter}`,
    event_time: 1515449522,
  };
}

function clickOnShared(actionId: string, value: string) {
  counter += 1;
  return sendAction(harness().url, {
    type: 'block_actions',
    user: { id: 'U2CERLKJA' },
    api_app_id: 'A1',
    container: { type: 'message', message_ts: '1715000000.123456', channel_id: 'C0INCIDENTS', is_ephemeral: false },
    channel: { id: 'C0INCIDENTS' },
    message: { type: 'message', ts: '1715000000.123456', text: 'answer' },
    response_url: harness().slack.responseUrl(`act-${counter}`),
    actions: [{ type: 'button', action_id: actionId, block_id: 'b', value, action_ts: '1715000003.1' }],
  });
}

const completed = () => harness().slack.uploads.filter((upload) => upload.completed !== null);

describe('pictures', () => {
  it('uploads a timeline PNG of the stated size into the thread of a mention, with its alt text', async () => {
    const event = mention('<@U0> chart attacks in Kazakhstan in 2011');
    expect((await sendEvent(harness().url, event)).status).toBe(200);
    const timelines = () => completed().filter((upload) => upload.completed?.threadTs === event.event.ts);
    await harness().slack.waitFor(() => timelines().length === 1, 20_000);
    const [upload] = timelines();
    expect(upload?.completed?.threadTs).toBe(event.event.ts);
    expect(upload?.completed?.channelId).toBe('C123');
    expect(upload?.filename).toMatch(/^timeline-.*\.png$/);
    expect(readPngSize(upload?.bytes ?? Buffer.alloc(0))).toEqual({ width: TIMELINE_WIDTH, height: TIMELINE_HEIGHT });
    expect(upload?.altText).toContain(SOURCE_LINE);
    expect(only('chat.postMessage').some((call) => call.args.thread_ts === event.event.ts)).toBe(true);
  }, 30_000);

  it('uploads a map PNG from the Map button of incident results, in the message’s thread', async () => {
    expect(
      (await clickOnShared(ACTION_IDS.incidentMap, encodePageValue({ query: 'country:Kazakhstan', offset: 0 }))).status,
    ).toBe(200);
    const maps = () => completed().filter((upload) => upload.filename.startsWith('map-'));
    await harness()
      .slack.waitFor(() => maps().length === 1, 50_000)
      .catch((error: unknown) => {
        throw new Error(
          `${String(error)} ${JSON.stringify(harness().slack.uploads.map((u) => [u.filename, u.length, u.completed]))}`,
        );
      });
    const [upload] = maps();
    expect(upload?.completed?.threadTs).toBe('1715000000.123456');
    expect(readPngSize(upload?.bytes ?? Buffer.alloc(0))).toEqual({ width: MAP_WIDTH, height: MAP_HEIGHT });
    expect(upload?.altText).toContain('Map of Kazakhstan');
  }, 60_000);

  it('puts Chart, Map and Export buttons on incident results', async () => {
    await command('/incident', 'Atyrau');
    const results = () => only('response_url').filter((call) => String(call.args.text).includes('for “Atyrau”'));
    await harness().slack.waitFor(() => results().length === 1, 10_000);
    const [reply] = results();
    const text = JSON.stringify(reply?.args.blocks);
    for (const id of [ACTION_IDS.incidentChart, ACTION_IDS.incidentMap, ACTION_IDS.incidentExport])
      expect(text).toContain(id);
  });
});

describe('counts', () => {
  it('answers how many with the number and the records it came from', async () => {
    const event = mention('<@U0> how many arrests in Kazakhstan in 2011?');
    await sendEvent(harness().url, event);
    const inThread = () => only('chat.postMessage').filter((call) => call.args.thread_ts === event.event.ts);
    await harness().slack.waitFor(() => inThread().length >= 1, 10_000);
    const [reply] = inThread();
    const text = shown(reply);
    expect(reply?.args.thread_ts).toBe(event.event.ts);
    expect(text).toContain('arrested, as stated in 3 of');
    expect(text).toContain(STATED_FIGURES_NOTE);
    expect(text).toContain('led to the *arrest of over 200 suspects*');
    expect(text).toContain('Police *arrested two more suspects* on July 11');
  });

  it('answers an /incident count privately', async () => {
    await command('/incident', 'country:Kazakhstan year:2011 count');
    const counts = () =>
      only('response_url').filter((call) => String(call.args.text).includes('incident records match'));
    await harness()
      .slack.waitFor(() => counts().length === 1, 10_000)
      .catch((error: unknown) => {
        throw new Error(`${String(error)} ${JSON.stringify(only('response_url').map((call) => call.args.text))}`);
      });
    const [reply] = counts();
    const total = collectIncidents(analysisEngine(harness().deps), 'country:Kazakhstan year:2011').records.length;
    expect(reply?.args.response_type).toBe('ephemeral');
    expect(shown(reply)).toContain(`${total} incident records match`);
  });
});

describe('export', () => {
  it('uploads a CSV whose rows equal the query’s total', async () => {
    await command('/incident', 'export country:Kazakhstan');
    const csvFiles = () => completed().filter((upload) => upload.filename.endsWith('.csv'));
    await harness().slack.waitFor(() => csvFiles().length === 1, 10_000);
    const [upload] = csvFiles();
    const csv = upload?.bytes?.toString('utf8') ?? '';
    const total = collectIncidents(analysisEngine(harness().deps), 'country:Kazakhstan').records.length;
    expect(csv.startsWith('\uFEFFreport,')).toBe(true);
    // Rows are CRLF-terminated; record texts have no CRLF of their own.
    expect(csv.trimEnd().split('\r\n')).toHaveLength(total + 1);
    expect(total).toBeGreaterThan(10);
    // A slash command has no thread: the introduction starts one in the channel and the file goes under it.
    const intro = only('chat.postMessage').find((call) => String(call.args.text).includes('as CSV'));
    expect(intro?.args.channel).toBe('C0INCIDENTS');
    expect(upload?.completed?.threadTs).not.toBeNull();
  });
});

describe('compare', () => {
  it('answers /report compare with the two years side by side and a count at the top', async () => {
    await command('/report', 'compare kazakhstan 2011 2012 legislation');
    const compared = () => only('response_url').filter((call) => String(call.args.text).startsWith('What changed'));
    await harness().slack.waitFor(() => compared().length >= 1, 10_000);
    const [reply] = compared();
    const text = shown(reply);
    expect(text).toContain(
      'What changed in Kazakhstan’s “Legislation, Law Enforcement, and Border Security” between 2011 and 2012',
    );
    expect(text).toMatch(/\d+ kept · \d+ reworded · \d+ added · \d+ dropped/);
    expect(text).toContain('Dropped');
  });

  it('says which years are loaded when one is missing', async () => {
    const event = mention("<@U0> what changed in Kazakhstan's finance section between 2011 and 2014?");
    await sendEvent(harness().url, event);
    const inThread = () => only('chat.postMessage').filter((call) => call.args.thread_ts === event.event.ts);
    await harness().slack.waitFor(() => inThread().length >= 1, 10_000);
    expect(shown(inThread()[0])).toContain(
      'No 2014 report on Kazakhstan is loaded. Years loaded for Kazakhstan: 2011, 2012.',
    );
  });
});
