import { readdirSync, readFileSync } from 'node:fs';
import type { App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { EVENTS_PATH, OAUTH_REDIRECT_PATH } from '../src/config/load-config.js';
import type { AnswerDeps } from '../src/answers/answer-deps.js';
import { BOT_SCOPES } from '../src/slack/scopes.js';
import { ACTIONS, VIEWS, register as registerActions } from '../src/slack/listeners/actions/index.js';
import { register as registerCommands } from '../src/slack/listeners/commands/index.js';
import { EVENTS, register as registerEvents } from '../src/slack/listeners/events/index.js';

interface Manifest {
  features: {
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean };
    slash_commands: { command: string; url?: string; description: string }[];
  };
  oauth_config: { redirect_urls: string[]; scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url?: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url?: string };
  };
}

const manifest = parse(readFileSync(new URL('../manifest.yml', import.meta.url), 'utf8')) as Manifest;

/** Runs the real register() functions against a recorder, to learn what the code listens to. */
function registered() {
  const commands: string[] = [];
  const events: string[] = [];
  const actions: string[] = [];
  const views: string[] = [];
  const recorder = {
    command: (name: string) => commands.push(name),
    event: (name: string) => events.push(name),
    action: (constraint: { action_id: string }) => actions.push(constraint.action_id),
    view: (constraint: { callback_id: string }) => views.push(constraint.callback_id),
  } as unknown as App;
  const deps = { reports: [], engine: {} } as unknown as AnswerDeps;
  registerCommands(recorder, deps);
  registerEvents(recorder, deps, { deleteInstallation: async () => 0 });
  registerActions(recorder, deps);
  return { commands, events, actions, views };
}

/** Our only `message` listener is for DMs: manifest calls that subscription `message.im`. */
const EVENT_NAMES: Record<string, string> = { message: 'message.im' };

/**
 * The bot scope each Web API method the code calls needs, from the method's page on
 * docs.slack.dev/reference/methods (null: none). A method missing here fails the test below.
 */
const METHOD_SCOPES: Record<string, string | null> = {
  'chat.postMessage': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'files.uploadV2': 'files:write',
  'views.publish': null,
  // Needs no scope: only a trigger_id from an interaction (docs.slack.dev/reference/methods/views.open).
  'views.open': null,
  'auth.test': null,
};

/** The bot scope each subscribed event needs (docs.slack.dev/reference/events; null: none). */
const EVENT_SCOPES: Record<string, string | null> = {
  app_mention: 'app_mentions:read',
  'message.im': 'im:history',
  app_home_opened: null,
  app_uninstalled: null,
  tokens_revoked: null,
};

/** Slash commands need this one scope, however many there are. */
const COMMANDS_SCOPE = 'commands';

/**
 * The Web API methods src/slack calls, read from the source text: `client.chat.postMessage(`
 * gives `chat.postMessage`, and `client.apiCall(` gives `apiCall`, which is in no table.
 */
function calledMethods(): string[] {
  const dir = new URL('../src/slack/', import.meta.url);
  const methods = new Set<string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const text = readFileSync(new URL(file, dir), 'utf8');
    for (const match of text.matchAll(/\bclient\s*\.\s*(\w+(?:\s*\.\s*\w+)*)\s*\(/g)) {
      const [, method = ''] = match;
      methods.add(method.replace(/\s/g, ''));
    }
  }
  return [...methods].sort();
}

describe('manifest.yml', () => {
  const code = registered();

  it('declares exactly the slash commands the code answers', () => {
    expect(manifest.features.slash_commands.map((c) => c.command).sort()).toEqual([...code.commands].sort());
  });

  it('subscribes to exactly the declared EVENTS, which are the events the code listens to', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([...EVENTS].sort());
    expect(code.events.map((e) => EVENT_NAMES[e] ?? e).sort()).toEqual([...EVENTS].sort());
  });

  it('enables interactivity exactly when there are ACTIONS to answer, and registers every one', () => {
    expect(manifest.settings.interactivity.is_enabled).toBe(ACTIONS.length > 0);
    expect([...code.actions].sort()).toEqual([...ACTIONS].sort());
  });

  it('answers the submissions of exactly the declared VIEWS (modals need interactivity, no scope)', () => {
    expect(code.views).toEqual([...VIEWS]);
    expect(code.views.length === 0 || manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('knows the scope of every Web API method the code calls and every event it subscribes to', () => {
    const methods = calledMethods();
    expect(methods).toContain('chat.postMessage');
    expect(methods.filter((method) => !Object.hasOwn(METHOD_SCOPES, method))).toEqual([]);
    expect(
      manifest.settings.event_subscriptions.bot_events.filter((event) => !Object.hasOwn(EVENT_SCOPES, event)),
    ).toEqual([]);
  });

  it('asks for exactly the scopes its API calls, events and commands need', () => {
    const needed = [
      ...calledMethods().map((method) => METHOD_SCOPES[method]),
      ...manifest.settings.event_subscriptions.bot_events.map((event) => EVENT_SCOPES[event]),
      ...(code.commands.length > 0 ? [COMMANDS_SCOPE] : []),
    ].filter((scope) => typeof scope === 'string');
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...new Set(needed)].sort());
  });

  it('asks the OAuth installer for the same bot scopes as the manifest', () => {
    expect([...BOT_SCOPES].sort()).toEqual([...manifest.oauth_config.scopes.bot].sort());
  });

  it('redirects OAuth installs to the path the installer serves', () => {
    expect(manifest.oauth_config.redirect_urls.map((url) => new URL(url).pathname)).toEqual([OAUTH_REDIRECT_PATH]);
  });

  it('enables the Home tab and DMs to the bot', () => {
    expect(manifest.features.app_home).toEqual({
      home_tab_enabled: true,
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
  });

  it('points every request URL at the path the receiver serves', () => {
    const urls = [
      ...manifest.features.slash_commands.map((c) => c.url),
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
    ];
    for (const url of urls) expect(new URL(url ?? '').pathname).toBe(EVENTS_PATH);
  });
});
