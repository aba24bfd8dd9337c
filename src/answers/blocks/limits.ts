import type { KnownBlock } from '@slack/types';
import type { Message } from './message.js';
import { ELLIPSIS, truncatePlain } from './mrkdwn.js';

/** Slack's Block Kit limits (slack-platform.md §4), one frozen object. */
export const LIMITS = Object.freeze({
  messageBlocks: 50,
  homeBlocks: 100,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  /** Top-level fallback text; Slack truncates above 40,000, we stay far below. */
  fallbackText: 3000,
  /**
   * Summed text of one message. Slack rejects with `msg_blocks_too_long` near 12,000 characters
   * even when each field fits (bolt-js#2867); we budget 10,000 and check 12,000.
   */
  messageTextBudget: 10_000,
  messageTextMax: 12_000,
});

interface TextLike {
  type?: unknown;
  text?: unknown;
}

function textOf(value: unknown): string {
  const text = (value as TextLike | undefined)?.text;
  return typeof text === 'string' ? text : '';
}

function checkText(where: string, value: unknown, max: number, problems: string[]): number {
  const text = textOf(value);
  if (text.length === 0) problems.push(`${where}: empty text`);
  if (text.length > max) problems.push(`${where}: text is ${text.length} characters (max ${max})`);
  return text.length;
}

function checkElement(where: string, element: Record<string, unknown>, problems: string[]): number {
  if (element.type !== 'button') return 0;
  const length = checkText(`${where} button`, element.text, LIMITS.buttonText, problems);
  if ((element.text as TextLike | undefined)?.type !== 'plain_text')
    problems.push(`${where}: button text must be plain_text`);
  if (typeof element.value === 'string' && element.value.length > LIMITS.buttonValue) {
    problems.push(`${where}: button value is ${element.value.length} characters (max ${LIMITS.buttonValue})`);
  }
  if (typeof element.action_id !== 'string' || element.action_id.length > LIMITS.actionId) {
    problems.push(`${where}: missing or oversized action_id`);
  }
  return length;
}

function checkBlock(where: string, block: Record<string, unknown>, problems: string[]): number {
  let total = 0;
  if (typeof block.block_id === 'string' && block.block_id.length > LIMITS.blockId)
    problems.push(`${where}: block_id too long`);
  switch (block.type) {
    case 'header':
      if ((block.text as TextLike | undefined)?.type !== 'plain_text')
        problems.push(`${where}: header must be plain_text`);
      return checkText(`${where} header`, block.text, LIMITS.headerText, problems);
    case 'section': {
      const fields = Array.isArray(block.fields) ? (block.fields as unknown[]) : [];
      if (block.text === undefined && fields.length === 0) problems.push(`${where}: section without text or fields`);
      if (block.text !== undefined) total += checkText(`${where} section`, block.text, LIMITS.sectionText, problems);
      if (fields.length > LIMITS.sectionFields)
        problems.push(`${where}: ${fields.length} fields (max ${LIMITS.sectionFields})`);
      fields.forEach((field, i) => {
        total += checkText(`${where} field ${i}`, field, LIMITS.fieldText, problems);
      });
      if (typeof block.accessory === 'object' && block.accessory !== null) {
        total += checkElement(`${where} accessory`, block.accessory as Record<string, unknown>, problems);
      }
      return total;
    }
    case 'context': {
      const elements = Array.isArray(block.elements) ? (block.elements as unknown[]) : [];
      if (elements.length === 0 || elements.length > LIMITS.contextElements) {
        problems.push(`${where}: ${elements.length} context elements (1 to ${LIMITS.contextElements})`);
      }
      for (const [i, element] of elements.entries())
        total += checkText(`${where} element ${i}`, element, LIMITS.contextText, problems);
      return total;
    }
    case 'actions': {
      const elements = Array.isArray(block.elements) ? (block.elements as Record<string, unknown>[]) : [];
      if (elements.length === 0 || elements.length > LIMITS.actionsElements) {
        problems.push(`${where}: ${elements.length} actions elements (1 to ${LIMITS.actionsElements})`);
      }
      for (const [i, element] of elements.entries()) total += checkElement(`${where} element ${i}`, element, problems);
      return total;
    }
    case 'divider':
      return 0;
    default:
      problems.push(`${where}: unexpected block type ${String(block.type)}`);
      return 0;
  }
}

/**
 * Lists every way `blocks` break Slack's limits; empty when Slack would accept them.
 * Used by our tests and by the fake Slack Web API, which rejects what Slack would reject.
 * @example checkBlockLimits([{ type: 'header', text: { type: 'plain_text', text: 'x'.repeat(151) } }])
 * //=> ['block 0 header: text is 151 characters (max 150)']
 */
export function checkBlockLimits(blocks: readonly unknown[], maxBlocks: number = LIMITS.messageBlocks): string[] {
  const problems: string[] = [];
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks (max ${maxBlocks})`);
  let total = 0;
  const ids = new Set<string>();
  blocks.forEach((block, i) => {
    if (typeof block !== 'object' || block === null) {
      problems.push(`block ${i}: not an object`);
      return;
    }
    const id = (block as { block_id?: unknown }).block_id;
    if (typeof id === 'string') {
      if (ids.has(id)) problems.push(`block ${i}: duplicate block_id ${id}`);
      ids.add(id);
    }
    total += checkBlock(`block ${i}`, block as Record<string, unknown>, problems);
  });
  if (total > LIMITS.messageTextMax) problems.push(`${total} characters of text in all (max ${LIMITS.messageTextMax})`);
  return problems;
}

/** Like {@link checkBlockLimits}, and also requires the top-level `text` fallback. */
export function checkMessageLimits(message: { text?: unknown; blocks?: unknown }): string[] {
  const problems = checkBlockLimits(Array.isArray(message.blocks) ? message.blocks : []);
  if (typeof message.text !== 'string' || message.text.trim() === '')
    problems.unshift('missing top-level text fallback');
  else if (message.text.length > LIMITS.fallbackText) problems.unshift('top-level text too long');
  return problems;
}

/**
 * The last guard before sending: keeps at most `maxBlocks` blocks (the last kept one says more was
 * cut) and bounds the fallback text. Renderers already keep each block within its limits.
 */
export function fitMessage(message: Message, maxBlocks: number = LIMITS.messageBlocks): Message {
  const text = truncatePlain(message.text.trim() === '' ? ELLIPSIS : message.text, LIMITS.fallbackText);
  if (message.blocks.length <= maxBlocks) return { ...message, text };
  const cutNote: KnownBlock = { type: 'context', elements: [{ type: 'plain_text', text: ELLIPSIS }] };
  return { ...message, text, blocks: [...message.blocks.slice(0, maxBlocks - 1), cutNote] };
}
