/**
 * Everything we read from Slack payloads, through type guards on `unknown`: listeners never
 * touch raw fields. The grammars of what people type are in answers/grammar.ts.
 */
import type { ActionInput } from '../answers/grammar.js';

export interface CommandInput {
  command: string;
  text: string;
  userId: string;
  channelId: string;
}

export interface MessageInput {
  user: string;
  text: string;
  channel: string;
  ts: string;
  /** Where to answer: the thread the message is in, or the message itself. */
  threadTs: string;
}

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(fields: Fields, key: string): string | null {
  const value = fields[key];
  return typeof value === 'string' && value.length > 0 ? value : null;
}

/** A slash-command payload, or null when a field we need is missing. `text` may be empty. */
export function parseCommandPayload(body: unknown): CommandInput | null {
  if (!isObject(body)) return null;
  const command = str(body, 'command');
  const userId = str(body, 'user_id');
  const channelId = str(body, 'channel_id');
  const text = typeof body.text === 'string' ? body.text : '';
  if (command === null || userId === null || channelId === null) return null;
  return { command, text, userId, channelId };
}

function parseMessageFields(event: Fields): MessageInput | null {
  const user = str(event, 'user');
  const channel = str(event, 'channel');
  const ts = str(event, 'ts');
  const text = typeof event.text === 'string' ? event.text : null;
  if (user === null || channel === null || ts === null || text === null) return null;
  return { user, text, channel, ts, threadTs: str(event, 'thread_ts') ?? ts };
}

/**
 * Message subtypes that are still a person writing: with a file attached, or a thread reply also
 * sent to the channel. Every other subtype (edits, deletions, joins, bot messages) is not a question.
 */
const PERSON_SUBTYPES: ReadonlySet<unknown> = new Set([undefined, 'file_share', 'thread_broadcast']);

function isWrittenByAPerson(event: Fields): boolean {
  return PERSON_SUBTYPES.has(event.subtype) && event.bot_id === undefined && event.bot_profile === undefined;
}

/**
 * An `app_mention` from a person, or null (a bot, an edit, a malformed event).
 * `botUserId` is ours: a mention written by ourselves is never answered.
 */
export function parseMentionEvent(event: unknown, botUserId: string | null): MessageInput | null {
  if (!isObject(event) || event.type !== 'app_mention') return null;
  if (!isWrittenByAPerson(event)) return null;
  const message = parseMessageFields(event);
  return message === null || message.user === botUserId ? null : message;
}

/** A person's new message in a DM with the bot (`message.im`), or null for anything else. */
export function parseDirectMessageEvent(event: unknown, botUserId: string | null): MessageInput | null {
  if (!isObject(event) || event.type !== 'message' || event.channel_type !== 'im') return null;
  if (!isWrittenByAPerson(event)) return null;
  const message = parseMessageFields(event);
  return message === null || message.user === botUserId ? null : message;
}

/** The user whose App Home was opened on the Home tab, or null. */
export function parseHomeOpenedEvent(event: unknown): string | null {
  if (!isObject(event) || event.type !== 'app_home_opened') return null;
  if (event.tab !== undefined && event.tab !== 'home') return null;
  return str(event, 'user');
}

/** The first action of a `block_actions` payload and where it was clicked, or null. */
export function parseBlockAction(body: unknown): ActionInput | null {
  if (!isObject(body) || body.type !== 'block_actions' || !Array.isArray(body.actions)) return null;
  const action: unknown = body.actions[0];
  const user = body.user;
  if (!isObject(action) || !isObject(user)) return null;
  const actionId = str(action, 'action_id');
  const userId = str(user, 'id');
  if (actionId === null || userId === null) return null;
  const container = isObject(body.container) ? body.container : {};
  const channel = isObject(body.channel) ? str(body.channel, 'id') : null;
  const message = isObject(body.message) ? body.message : null;
  const messageTs = str(container, 'message_ts') ?? (message === null ? null : str(message, 'ts'));
  const threadTs = str(container, 'thread_ts') ?? (message === null ? null : str(message, 'thread_ts')) ?? messageTs;
  return {
    actionId,
    value: typeof action.value === 'string' ? action.value : null,
    userId,
    channelId: channel ?? str(container, 'channel_id'),
    messageTs,
    threadTs,
    isEphemeral: container.is_ephemeral === true || message === null,
  };
}

/** The `event_id` of an Events API envelope, for de-duplicating retried deliveries. */
export function parseEventId(body: unknown): string | null {
  return isObject(body) ? str(body, 'event_id') : null;
}

/** Interactive payload types Bolt can route without an `actions`, `command` or `event` field. */
const ROUTABLE_TYPES: ReadonlySet<unknown> = new Set([
  'url_verification',
  'block_suggestion',
  'dialog_submission',
  'shortcut',
  'message_action',
  'view_submission',
  'view_closed',
]);

/**
 * Whether a parsed request body has a shape Bolt can route. Bolt throws outside any handler on a
 * body that is not an object (`null` crashes the process), and leaves one it cannot classify
 * (`{}`, an envelope without `event`) unanswered for 3 seconds; such bodies get a 400 at once.
 * @example isRoutableBody(null) //=> false
 * @example isRoutableBody({ command: '/incident', text: '' }) //=> true
 */
export function isRoutableBody(body: unknown): boolean {
  if (!isObject(body)) return false;
  if (body.ssl_check !== undefined || ROUTABLE_TYPES.has(body.type)) return true;
  if (body.event !== undefined) return isObject(body.event);
  return body.command !== undefined || body.actions !== undefined || body.name !== undefined;
}

/** What kind of request Bolt would hand our listeners, judged from the body's shape. */
export type RequestKind =
  | { kind: 'command'; command: string }
  | { kind: 'block_actions'; actionId: string | null }
  | { kind: 'view_submission'; callbackId: string | null }
  | { kind: 'other_interaction'; type: string }
  | { kind: 'event' };

/**
 * Classifies a request body so requests no listener matches can still be acknowledged at once.
 * @example parseRequestKind({ command: '/crt', text: 'Atyrau' }) //=> { kind: 'command', command: '/crt' }
 */
export function parseRequestKind(body: unknown): RequestKind {
  if (!isObject(body) || body.event !== undefined) return { kind: 'event' };
  const command = str(body, 'command');
  if (command !== null) return { kind: 'command', command };
  if (body.type === 'block_actions') {
    const first: unknown = Array.isArray(body.actions) ? body.actions[0] : undefined;
    return { kind: 'block_actions', actionId: isObject(first) ? str(first, 'action_id') : null };
  }
  if (body.type === 'view_submission') {
    return { kind: 'view_submission', callbackId: isObject(body.view) ? str(body.view, 'callback_id') : null };
  }
  return { kind: 'other_interaction', type: typeof body.type === 'string' ? body.type : 'unknown' };
}

/**
 * What identifies one delivery, so a copy of the app can claim it before answering, one claim each. A person's
 * message (app_mention, message) by conversation and ts: the same message arrives as app_mention and as message.im,
 * each with its own event_id, and Slack's retries (`X-Slack-Retry-Num` ≥ 1) repeat both. Any other event by its
 * `event_id`; a slash command or a click by its `trigger_id` (unique to that invocation; a load balancer that resends
 * the request resends it too). Null when there is none.
 * @example parseDeliveryKey({ event_id: 'Ev1', event: { type: 'app_mention', channel: 'C1', ts: '1.2' } }) //=> 'message:C1:1.2'
 * @example parseDeliveryKey({ event_id: 'Ev123', event: { type: 'app_home_opened' } }) //=> 'event:Ev123'
 * @example parseDeliveryKey({ command: '/incident', trigger_id: '398.474.803a' }) //=> 'command:398.474.803a'
 */
export function parseDeliveryKey(body: unknown): string | null {
  if (!isObject(body)) return null;
  const eventId = str(body, 'event_id');
  const event = body.event;
  if (event !== undefined) {
    if (isObject(event) && (event.type === 'app_mention' || event.type === 'message')) {
      const channel = str(event, 'channel');
      const ts = str(event, 'ts');
      if (channel !== null && ts !== null) return `message:${channel}:${ts}`;
    }
    return eventId === null ? null : `event:${eventId}`;
  }
  const triggerId = str(body, 'trigger_id');
  if (triggerId === null) return null;
  if (str(body, 'command') !== null) return `command:${triggerId}`;
  return typeof body.type === 'string' ? `${body.type}:${triggerId}` : null;
}

/** The workspace or org an event came from, as the store keys installations. */
export interface InstallationOf {
  teamId: string | null;
  enterpriseId: string | null;
  isEnterpriseInstall: boolean;
}

/**
 * Which installation an Events API envelope belongs to: its `authorizations[0]` (what Slack says the app is
 * installed as), else the envelope's `team_id` / `enterprise_id`.
 * @example parseInstallationOf({ team_id: 'T1', event: {} }) //=> { teamId: 'T1', enterpriseId: null, isEnterpriseInstall: false }
 */
export function parseInstallationOf(body: unknown): InstallationOf | null {
  if (!isObject(body)) return null;
  const first: unknown = Array.isArray(body.authorizations) ? body.authorizations[0] : undefined;
  const source = isObject(first) ? first : body;
  const teamId = str(source, 'team_id') ?? str(body, 'team_id');
  const enterpriseId = str(source, 'enterprise_id') ?? str(body, 'enterprise_id');
  if (teamId === null && enterpriseId === null) return null;
  return { teamId, enterpriseId, isEnterpriseInstall: source.is_enterprise_install === true };
}

/**
 * Whether a `tokens_revoked` event revoked a bot token (`tokens.bot` not empty), which is what we keep; revoked
 * user tokens (`tokens.oauth`) concern nothing we store.
 * @example revokesBotToken({ type: 'tokens_revoked', tokens: { bot: ['U0BOT'] } }) //=> true
 */
export function revokesBotToken(event: unknown): boolean {
  if (!isObject(event) || !isObject(event.tokens)) return false;
  const bot: unknown = event.tokens.bot;
  return Array.isArray(bot) && bot.length > 0;
}

/** A request as the usage log records it (before its latency and outcome are known). */
export interface UsageOf {
  /** `command:/incident`, `event:app_mention`, `event:message`, `block_actions:<action_id>` */
  kind: string;
  teamId: string | null;
  /** The person's words (kept only when USAGE_LOG_TEXT is on). */
  text: string | null;
}

/**
 * What the usage log records of a request: commands, clicks, mentions and DMs; null for everything else (home tab
 * opens, uninstalls, …).
 * @example parseUsageOf({ command: '/incident', text: 'Atyrau', team_id: 'T1' }) //=> { kind: 'command:/incident', teamId: 'T1', text: 'Atyrau' }
 */
export function parseUsageOf(body: unknown): UsageOf | null {
  if (!isObject(body)) return null;
  const command = str(body, 'command');
  if (command !== null) return { kind: `command:${command}`, teamId: str(body, 'team_id'), text: str(body, 'text') };
  if (isObject(body.event)) {
    const type = str(body.event, 'type');
    if (type !== 'app_mention' && type !== 'message') return null;
    // Edits, joins and bots' messages are not questions (the DM listener ignores them too).
    if (body.event.subtype !== undefined || body.event.bot_id !== undefined) return null;
    return { kind: `event:${type}`, teamId: str(body, 'team_id'), text: str(body.event, 'text') };
  }
  const request = parseRequestKind(body);
  if (request.kind !== 'block_actions') return null;
  const team: unknown = body.team;
  return {
    kind: `block_actions:${request.actionId ?? 'unknown'}`,
    teamId: isObject(team) ? str(team, 'id') : null,
    text: null,
  };
}

/** The workspace a click or form came from: `team.id`, else `user.team_id` (null for an org-wide surface). */
export function parseTeamId(body: unknown): string | null {
  if (!isObject(body)) return null;
  const team = isObject(body.team) ? str(body.team, 'id') : null;
  return team ?? (isObject(body.user) ? str(body.user, 'team_id') : null);
}

/** The click's `trigger_id`, which opens a modal for 3 seconds. */
export function parseTriggerId(body: unknown): string | null {
  return isObject(body) ? str(body, 'trigger_id') : null;
}

/** What the "what was wrong" form carries back: the button's value, where to thank, and what was written. */
export interface FeedbackFormMetadata {
  /** The 👎 button's value (answer id and query). */
  value: string;
  channelId: string | null;
  threadTs: string | null;
}

/** @example encodeFeedbackMetadata({ value: '{"a":…}', channelId: 'C1', threadTs: null }) //=> '{"v":"{\"a\":…}","c":"C1","t":null}' */
export function encodeFeedbackMetadata(metadata: FeedbackFormMetadata): string {
  return JSON.stringify({ v: metadata.value, c: metadata.channelId, t: metadata.threadTs });
}

/** A submitted "what was wrong" form, read from a `view_submission` body. */
export interface FeedbackSubmission extends FeedbackFormMetadata {
  userId: string;
  teamId: string | null;
  text: string | null;
}

/**
 * Reads a `view_submission` of the feedback form: its private_metadata (which we wrote, but which comes back
 * through Slack) and the text in `blockId`/`actionId`. Null when it is not one we made.
 */
export function parseFeedbackSubmission(body: unknown, blockId: string, actionId: string): FeedbackSubmission | null {
  if (!isObject(body) || body.type !== 'view_submission' || !isObject(body.view) || !isObject(body.user)) return null;
  const userId = str(body.user, 'id');
  const raw = str(body.view, 'private_metadata');
  if (userId === null || raw === null) return null;
  let metadata: unknown;
  try {
    metadata = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isObject(metadata)) return null;
  const value = str(metadata, 'v');
  if (value === null) return null;
  const state = isObject(body.view.state) && isObject(body.view.state.values) ? body.view.state.values : {};
  const block = isObject(state[blockId]) ? state[blockId] : {};
  const input = isObject(block[actionId]) ? block[actionId] : {};
  return {
    value,
    channelId: str(metadata, 'c'),
    threadTs: str(metadata, 't'),
    userId,
    teamId: parseTeamId(body),
    text: str(input, 'value'),
  };
}
