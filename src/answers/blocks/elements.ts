import type { ActionsBlock, Button, ContextBlock, DividerBlock, HeaderBlock, SectionBlock } from '@slack/types';
import { LIMITS } from './limits.js';
import { plainText, truncateMrkdwn } from './mrkdwn.js';

/**
 * Small constructors for the blocks we use. Each one enforces its own Block Kit limit, so a
 * renderer cannot build an oversized block by accident. Text passed in is already-safe mrkdwn
 * (escaped by the caller) except where the parameter says plain.
 */

/** A header from plain text (≤ 150 characters). */
export function headerBlock(plain: string): HeaderBlock {
  return { type: 'header', text: { type: 'plain_text', text: plainText(plain, LIMITS.headerText), emoji: false } };
}

/** A section of mrkdwn (≤ 3000 characters), optionally with a button beside it. */
export function sectionBlock(mrkdwn: string, accessory?: Button): SectionBlock {
  const block: SectionBlock = {
    type: 'section',
    text: { type: 'mrkdwn', text: truncateMrkdwn(mrkdwn, LIMITS.sectionText), verbatim: true },
  };
  return accessory === undefined ? block : { ...block, accessory };
}

/** A context line of up to 10 mrkdwn elements. */
export function contextBlock(mrkdwn: readonly string[]): ContextBlock {
  return {
    type: 'context',
    elements: mrkdwn
      .filter((text) => text.length > 0)
      .slice(0, LIMITS.contextElements)
      .map((text) => ({ type: 'mrkdwn', text: truncateMrkdwn(text, LIMITS.contextText), verbatim: true })),
  };
}

export function dividerBlock(): DividerBlock {
  return { type: 'divider' };
}

/** A button; label ≤ 75, value ≤ 2000 (a longer value is a bug, so it throws), action_id ≤ 255. */
export function buttonElement(label: string, actionId: string, value: string, primary = false): Button {
  if (value.length > LIMITS.buttonValue) throw new RangeError(`button value of ${value.length} characters`);
  const button: Button = {
    type: 'button',
    text: { type: 'plain_text', text: plainText(label, LIMITS.buttonText), emoji: false },
    action_id: actionId.slice(0, LIMITS.actionId),
    value,
  };
  return primary ? { ...button, style: 'primary' } : button;
}

/** An actions block, or null when there is no button to show (Slack rejects an empty one). */
export function actionsBlock(buttons: readonly Button[]): ActionsBlock | null {
  return buttons.length === 0 ? null : { type: 'actions', elements: buttons.slice(0, LIMITS.actionsElements) };
}
