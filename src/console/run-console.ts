import type { HomeView } from '@slack/types';
import {
  type Answer,
  type AnswerDeps,
  answerAction,
  answerFeedback,
  feedbackVote,
  answerHomeOpened,
  type AnswerFile,
  answerIncidentText,
  answerMention,
  answerReportCommand,
  type Message,
} from '../answers/index.js';
import {
  CONSOLE_BANNER,
  CONSOLE_ERROR,
  CONSOLE_HELP,
  CONSOLE_PROMPT,
  FILE_NOT_SAVED,
  FILE_SAVED,
  LABEL_HOME,
  LABEL_PRIVATE,
  LABEL_PUBLIC,
  LABEL_PUBLIC_THREAD,
  LABEL_REPLACE,
  LABEL_THREAD,
  NO_SUCH_BUTTON,
  UNKNOWN_COMMAND,
} from './messages.js';
import { parseConsoleLine } from './parse-console-line.js';
import { type ConsoleButton, renderBlocksText } from './render-terminal.js';

export interface ConsoleOptions {
  deps: AnswerDeps;
  /** The lines typed or piped in. */
  lines: AsyncIterable<string>;
  write: (text: string) => void;
  /** Print raw Block Kit JSON instead of text. */
  json?: boolean;
  /** ANSI bold and dim (a terminal, not a pipe). */
  color?: boolean;
  /** Show the banner and a prompt (a person at a terminal). */
  interactive?: boolean;
  /** Keeps a file an answer carries (a chart, a map, an export) and returns where; main.ts writes it to disk. */
  saveFile?: (file: AnswerFile) => Promise<string>;
}

/** Where a shown message sits, so that pressing one of its buttons acts as Slack would. */
interface Shown {
  ephemeral: boolean;
  ts: string | null;
  threadTs: string | null;
}

const CONSOLE_USER = 'U0CONSOLE';
const CONSOLE_CHANNEL = 'C0CONSOLE';

/**
 * The local console: takes the same input as Slack (slash commands, @-mentions, button presses by number) and
 * prints each reply as a person would read it, or as raw Block Kit JSON. It answers through the very handlers
 * the Slack listeners call. Returns when the input ends or the user types quit.
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { deps, write } = options;
  const style = { color: options.color ?? false };
  let buttons: Array<ConsoleButton & { shown: Shown }> = [];
  let clock = 1_700_000_000;
  const nextTs = () => {
    clock += 1;
    return `${clock}.000100`;
  };

  const show = (label: string, message: Message | HomeView, where: Shown) => {
    if (options.json) {
      write(`${JSON.stringify({ where: label, ...message }, null, 2)}\n`);
      collectButtons(message.blocks, where);
      return;
    }
    const own: ConsoleButton[] = [];
    const text = renderBlocksText(message.blocks, own, buttons.length + 1, style);
    buttons.push(...own.map((b) => ({ ...b, shown: where })));
    write(`\n── ${label} ──\n${text}\n`);
  };
  const collectButtons = (blocks: (Message | HomeView)['blocks'], where: Shown) => {
    const own: ConsoleButton[] = [];
    renderBlocksText(blocks, own, buttons.length + 1, style);
    buttons.push(...own.map((b) => ({ ...b, shown: where })));
    if (own.length)
      write(`buttons: ${own.map((b, i) => `[${buttons.length - own.length + i + 1}] ${b.label}`).join('  ')}\n`);
  };
  const deliver = async (answer: Answer, origin: Shown | null): Promise<void> => {
    buttons = [];
    switch (answer.kind) {
      case 'private':
        for (const m of answer.messages) show(LABEL_PRIVATE, m, { ephemeral: true, ts: null, threadTs: null });
        break;
      case 'replace':
        show(LABEL_REPLACE, answer.message, origin ?? { ephemeral: true, ts: null, threadTs: null });
        break;
      case 'thread': {
        const threadTs = origin?.threadTs ?? origin?.ts ?? nextTs();
        for (const m of answer.messages) show(LABEL_THREAD, m, { ephemeral: false, ts: nextTs(), threadTs });
        break;
      }
      case 'upload': {
        const threadTs = origin?.threadTs ?? origin?.ts ?? nextTs();
        for (const m of answer.messages) show(LABEL_THREAD, m, { ephemeral: false, ts: nextTs(), threadTs });
        for (const file of answer.files) {
          write(
            `${options.saveFile === undefined ? FILE_NOT_SAVED(file.fileName) : FILE_SAVED(await options.saveFile(file))}\n`,
          );
        }
        break;
      }
      case 'public': {
        const ts = nextTs();
        show(LABEL_PUBLIC, answer.message, { ephemeral: false, ts, threadTs: ts });
        for (const m of answer.thread) show(LABEL_PUBLIC_THREAD, m, { ephemeral: false, ts: nextTs(), threadTs: ts });
        break;
      }
    }
  };

  if (options.interactive) {
    const incidents = deps.reports.reduce((n, r) => n + r.incidents.length, 0);
    write(`${CONSOLE_BANNER(deps.reports.length, incidents)}\n\n${CONSOLE_PROMPT}`);
  }
  for await (const line of options.lines) {
    const request = parseConsoleLine(line);
    if (request.kind === 'quit') break;
    try {
      switch (request.kind) {
        case 'empty':
          break;
        case 'help':
          write(`${CONSOLE_HELP}\n`);
          break;
        case 'unknown':
          write(`${UNKNOWN_COMMAND(request.word)}\n`);
          break;
        case 'home':
          buttons = [];
          show(LABEL_HOME, answerHomeOpened(deps), { ephemeral: false, ts: null, threadTs: null });
          break;
        case 'command':
          if (request.command === '/incident') {
            await deliver(answerIncidentText(deps, request.text), null);
          } else {
            await deliver(answerReportCommand(deps, request.text), null);
          }
          break;
        case 'message': {
          const ts = nextTs();
          await deliver(answerMention(deps, request.text), { ephemeral: false, ts, threadTs: ts });
          break;
        }
        case 'press': {
          const pressed = buttons[request.button - 1];
          if (!pressed) {
            write(`${NO_SUCH_BUTTON(request.button, buttons.length)}\n`);
            break;
          }
          const { shown } = pressed;
          const vote = feedbackVote(pressed.actionId);
          if (vote !== null) {
            // No form in the console: the vote is kept without text, if a store is open.
            const input = { vote, value: pressed.value, userId: CONSOLE_USER, teamId: null, text: null };
            await deliver((await answerFeedback(deps, input)).answer, shown);
            break;
          }
          const answer = answerAction(deps, {
            actionId: pressed.actionId,
            value: pressed.value,
            userId: CONSOLE_USER,
            channelId: CONSOLE_CHANNEL,
            messageTs: shown.ts,
            threadTs: shown.threadTs,
            isEphemeral: shown.ephemeral,
          });
          await deliver(answer, shown);
          break;
        }
      }
    } catch (error) {
      write(`${CONSOLE_ERROR(error instanceof Error ? error.message : String(error))}\n`);
    }
    if (options.interactive) write(`\n${CONSOLE_PROMPT}`);
  }
}
