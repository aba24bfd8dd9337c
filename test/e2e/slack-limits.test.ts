import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/answers/blocks/limits.js';
import { findBlockProblems, findMessageProblems, SLACK_LIMITS } from './slack-limits.js';

describe('LIMITS', () => {
  it('are Slack’s numbers, so the renderer never plans for more than Slack accepts', () => {
    expect({
      messageBlocks: LIMITS.messageBlocks,
      homeBlocks: LIMITS.homeBlocks,
      sectionText: LIMITS.sectionText,
      sectionFields: LIMITS.sectionFields,
      fieldText: LIMITS.fieldText,
      headerText: LIMITS.headerText,
      contextElements: LIMITS.contextElements,
      contextText: LIMITS.contextText,
      actionsElements: LIMITS.actionsElements,
      buttonText: LIMITS.buttonText,
      buttonValue: LIMITS.buttonValue,
      actionId: LIMITS.actionId,
      blockId: LIMITS.blockId,
      messageTextMax: LIMITS.messageTextMax,
    }).toEqual({
      messageBlocks: SLACK_LIMITS.messageBlocks,
      homeBlocks: SLACK_LIMITS.homeBlocks,
      sectionText: SLACK_LIMITS.sectionText,
      sectionFields: SLACK_LIMITS.sectionFields,
      fieldText: SLACK_LIMITS.fieldText,
      headerText: SLACK_LIMITS.headerText,
      contextElements: SLACK_LIMITS.contextElements,
      contextText: SLACK_LIMITS.textObject,
      actionsElements: SLACK_LIMITS.actionsElements,
      buttonText: SLACK_LIMITS.buttonText,
      buttonValue: SLACK_LIMITS.buttonValue,
      actionId: SLACK_LIMITS.actionId,
      blockId: SLACK_LIMITS.blockId,
      messageTextMax: SLACK_LIMITS.messageText,
    });
  });
});

describe('findMessageProblems', () => {
  it('accepts what Slack accepts: a header of 150 characters with fallback text', () => {
    const header = { type: 'header', text: { type: 'plain_text', text: 'x'.repeat(150) } };
    expect(findMessageProblems({ text: 'x', blocks: [header] })).toEqual([]);
  });

  it('rejects a header of 151 characters, a button text of 76 and a message without fallback text', () => {
    const header = { type: 'header', text: { type: 'plain_text', text: 'x'.repeat(151) } };
    const button = { type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'y'.repeat(76) } };
    expect(findMessageProblems({ text: ' ', blocks: [header, { type: 'actions', elements: [button] }] })).toEqual([
      'missing top-level text',
      'block 0 header: 151 characters (max 150)',
      'block 1 element 0 text: 76 characters (max 75)',
    ]);
  });

  it('allows 100 blocks in a Home view but 50 in a message', () => {
    const blocks = Array.from({ length: 51 }, () => ({ type: 'divider' }));
    expect(findBlockProblems(blocks)).toEqual(['51 blocks (max 50)']);
    expect(findBlockProblems(blocks, SLACK_LIMITS.homeBlocks)).toEqual([]);
  });
});
