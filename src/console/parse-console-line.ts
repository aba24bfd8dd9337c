/** What a line typed into the local console asks for. */
export type ConsoleRequest =
  | { kind: 'command'; command: '/incident' | '/report'; text: string }
  | { kind: 'message'; text: string }
  | { kind: 'press'; button: number }
  | { kind: 'home' }
  | { kind: 'help' }
  | { kind: 'quit' }
  | { kind: 'empty' }
  | { kind: 'unknown'; word: string };

/**
 * Reads one console line the way Slack would receive it: slash commands, an @-mention (or any other text, as a
 * direct message to the bot), a button press by its number.
 *
 * @example
 * parseConsoleLine('/incident Atyrau') // → { kind: 'command', command: '/incident', text: 'Atyrau' }
 * parseConsoleLine('@reportdesk who claimed the Atyrau bombings?') // → { kind: 'message', text: 'who claimed …' }
 * parseConsoleLine('2') // → { kind: 'press', button: 2 }
 */
export function parseConsoleLine(line: string): ConsoleRequest {
  const text = line.trim();
  if (!text || text.startsWith('#')) return { kind: 'empty' };
  const press = /^(?:press\s+|\[)?(\d{1,3})\]?$/i.exec(text);
  if (press) return { kind: 'press', button: Number(press[1]) };
  const slash = /^(\/[\w-]+)(?:\s+([\s\S]*))?$/.exec(text);
  if (slash) {
    const [, word = '', rest] = slash;
    const command = word.toLowerCase();
    if (command === '/incident' || command === '/report') return { kind: 'command', command, text: rest?.trim() ?? '' };
    return { kind: 'unknown', word };
  }
  const lower = text.toLowerCase();
  if (lower === 'quit' || lower === 'exit' || lower === '/quit') return { kind: 'quit' };
  if (lower === 'help' || lower === '?') return { kind: 'help' };
  if (lower === 'home') return { kind: 'home' };
  // "@reportdesk …", "<@U123> …": the mention itself is not part of the question.
  const mention = /^(?:@[\w.-]+|<@[A-Z0-9]+(?:\|[^>]*)?>)[,:]?\s*([\s\S]*)$/.exec(text);
  const [, question = ''] = mention ?? [];
  return { kind: 'message', text: mention ? question.trim() : text };
}
