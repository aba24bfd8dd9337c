import type { AnyBlock, KnownBlock } from '@slack/types';

/** A button of a message shown in the console, numbered so the user can press it by typing its number. */
export interface ConsoleButton {
  label: string;
  actionId: string;
  value: string | null;
}

export interface TerminalStyle {
  /** ANSI bold and dim for a terminal; plain text (mrkdwn `*bold*` kept) for a pipe. */
  color: boolean;
}

const RULE = '─'.repeat(60);

/**
 * Renders Block Kit as a person reads it in a terminal: headers, sections, fields, context lines, dividers, and
 * buttons listed with the numbers the console accepts (`[1] Next 5`).
 *
 * @param firstButton - the number of this message's first button
 * @example
 * renderBlocksText([{ type: 'header', text: { type: 'plain_text', text: 'Atyrau' } }], [], 1, { color: false })
 * // → 'Atyrau\n══════'
 */
export function renderBlocksText(
  blocks: readonly AnyBlock[],
  buttons: ConsoleButton[],
  firstButton: number,
  style: TerminalStyle,
): string {
  const lines: string[] = [];
  for (const block of blocks.filter(isKnownBlock)) {
    switch (block.type) {
      case 'header':
        lines.push(bold(block.text.text, style), '═'.repeat(Math.min(60, block.text.text.length)));
        break;
      case 'section':
        if (block.text) lines.push(mrkdwnToTerminal(block.text.text, style));
        for (const field of block.fields ?? []) lines.push(`  ${mrkdwnToTerminal(field.text, style)}`);
        if (block.accessory?.type === 'button') lines.push(button(block.accessory, buttons, firstButton));
        break;
      case 'context':
        lines.push(
          dim(
            block.elements
              .map((e) => ('text' in e && typeof e.text === 'string' ? mrkdwnToTerminal(e.text, style) : ''))
              .filter(Boolean)
              .join('  ·  '),
            style,
          ),
        );
        break;
      case 'divider':
        lines.push(dim(RULE, style));
        break;
      case 'actions':
        lines.push(
          block.elements
            .map((e) => (e.type === 'button' ? button(e, buttons, firstButton) : ''))
            .filter(Boolean)
            .join('   '),
        );
        break;
      case 'rich_text':
        lines.push(JSON.stringify(block.elements));
        break;
      default:
        break;
    }
  }
  return lines.join('\n');
}

const KNOWN_TYPES = new Set(['header', 'section', 'context', 'divider', 'actions', 'rich_text']);

function isKnownBlock(block: AnyBlock): block is KnownBlock {
  return KNOWN_TYPES.has(block.type);
}

function button(
  element: { text: { text: string }; action_id?: string; value?: string },
  buttons: ConsoleButton[],
  firstButton: number,
): string {
  buttons.push({ label: element.text.text, actionId: element.action_id ?? '', value: element.value ?? null });
  return `[${firstButton + buttons.length - 1}] ${element.text.text}`;
}

/**
 * Turns Slack mrkdwn into terminal text: links as `label (url)`, entities decoded, `*bold*` in ANSI bold when
 * the terminal has colour.
 *
 * @example
 * mrkdwnToTerminal('*Atyrau* &amp; <https://state.gov|State>', { color: false }) // → '*Atyrau* & State (https://state.gov)'
 */
export function mrkdwnToTerminal(text: string, style: TerminalStyle): string {
  let out = text
    .replace(/<(https?:[^|>]+)\|([^>]+)>/g, '$2 ($1)')
    .replace(/<(https?:[^>]+)>/g, '$1')
    .replace(/<[@#!]([^>|]+)(?:\|([^>]+))?>/g, (_, id: string, label?: string) => `@${label ?? id}`);
  if (style.color)
    out = out.replace(
      /(^|[^\w*])\*([^*\n]+)\*(?!\w)/g,
      (_, pre: string, inner: string) => `${pre}${bold(inner, style)}`,
    );
  return out.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&').replaceAll('\u200B', '');
}

function bold(text: string, style: TerminalStyle): string {
  return style.color ? `\x1b[1m${text}\x1b[22m` : text;
}

function dim(text: string, style: TerminalStyle): string {
  return style.color ? `\x1b[2m${text}\x1b[22m` : text;
}
