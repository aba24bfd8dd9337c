import type { Logger } from '@slack/bolt';
import { LogLevel } from '@slack/logger';
import pino, { type DestinationStream } from 'pino';

/**
 * Bolt's debug lines that dump what was sent or received (the Web API client's request bodies and results, which
 * hold message text). Never logged, whatever the level: logs carry ids, timings and outcomes, not what people wrote.
 */
const PAYLOAD_DUMPS =
  /^(http request body|http request result|http request headers|Conversation context|Received|Sending|ack\(\) response|ack\(\) call)/i;

const PINO_LEVELS: Readonly<Record<LogLevel, pino.Level>> = {
  [LogLevel.DEBUG]: 'debug',
  [LogLevel.INFO]: 'info',
  [LogLevel.WARN]: 'warn',
  [LogLevel.ERROR]: 'error',
};

/** What a line is made of: its text, an error, and fields (objects whose keys become JSON fields). */
function split(parts: readonly unknown[]): { msg: string; err?: Error; fields: Record<string, unknown> } {
  const words: string[] = [];
  const fields: Record<string, unknown> = {};
  let err: Error | undefined;
  for (const part of parts) {
    if (part instanceof Error) err ??= part;
    else if (typeof part === 'object' && part !== null) Object.assign(fields, part);
    else words.push(String(part));
  }
  return { msg: words.join(' '), fields, ...(err === undefined ? {} : { err }) };
}

/** Keeps what an error says, its code and stack; not its `data` (a Slack response, which can quote a message). */
function errorFields(error: Error): Record<string, unknown> {
  const code = Reflect.get(error, 'code');
  return {
    type: error.name,
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    stack: error.stack,
  };
}

/**
 * Bolt's Logger interface backed by pino: one JSON object a line (`level`, `time`, `name`, `msg`, and fields such as
 * `requestId`, `team`, `entry`, `latencyMs`, `outcome`). Bolt's payload dumps are dropped (see PAYLOAD_DUMPS).
 * @example
 * const logger = createJsonLogger('info');
 * logger.info({ requestId: 'r1', entry: 'command /incident', latencyMs: 12, outcome: 'answered' }, 'request');
 * // {"level":30,"time":…,"name":"reportdesk","requestId":"r1","entry":"command /incident",…,"msg":"request"}
 */
export function createJsonLogger(level: LogLevel = LogLevel.INFO, destination?: DestinationStream): Logger {
  const base = pino(
    { name: 'reportdesk', level: PINO_LEVELS[level], base: undefined, serializers: { err: errorFields } },
    destination ?? pino.destination({ sync: false }),
  );
  let name = 'reportdesk';
  let current = level;
  const write =
    (pinoLevel: pino.Level) =>
    (...parts: unknown[]) => {
      const { msg, err, fields } = split(parts);
      if (pinoLevel === 'debug' && PAYLOAD_DUMPS.test(msg)) return;
      // Objects Bolt logs at debug are payloads; fields are taken only from lines at info and above (ours).
      base[pinoLevel](
        {
          ...(pinoLevel === 'debug' ? {} : fields),
          ...(name === 'reportdesk' ? {} : { name }),
          ...(err === undefined ? {} : { err }),
        },
        msg,
      );
    };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel(next: LogLevel) {
      current = next;
      base.level = PINO_LEVELS[next];
    },
    getLevel: () => current,
    setName(next: string) {
      name = next;
    },
  };
}
