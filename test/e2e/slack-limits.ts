/**
 * What Slack itself rejects, for the fake Web API: Block Kit limits written out as numbers
 * (slack-platform.md §4), independent of src/answers/blocks/limits.ts. If the renderer's `LIMITS`
 * were raised past Slack's, the renderer would accept its own output but this would not.
 */

/** Slack's published Block Kit limits (slack-platform.md §4). */
export const SLACK_LIMITS = Object.freeze({
  messageBlocks: 50,
  homeBlocks: 100,
  /** Any `plain_text` / `mrkdwn` text object: 1 to 3000 characters. */
  textObject: 3000,
  sectionText: 3000,
  sectionFields: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  blockId: 255,
  /** Summed text of one message above which chat.postMessage answers `msg_blocks_too_long` (bolt-js#2867). */
  messageText: 12_000,
});

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null;
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Checks one text object; returns its length (0 when it is not one). */
function checkTextObject(where: string, value: unknown, max: number, problems: string[]): number {
  const text = isObject(value) ? value.text : undefined;
  if (typeof text !== 'string') {
    problems.push(`${where}: not a text object`);
    return 0;
  }
  if (text.length === 0) problems.push(`${where}: empty text`);
  if (text.length > max) problems.push(`${where}: ${text.length} characters (max ${max})`);
  return text.length;
}

function checkButton(where: string, element: Fields, problems: string[]): number {
  if (!isObject(element.text) || element.text.type !== 'plain_text')
    problems.push(`${where}: button text must be plain_text`);
  const length = checkTextObject(`${where} text`, element.text, SLACK_LIMITS.buttonText, problems);
  if (typeof element.value === 'string' && element.value.length > SLACK_LIMITS.buttonValue) {
    problems.push(`${where}: value is ${element.value.length} characters (max ${SLACK_LIMITS.buttonValue})`);
  }
  if (typeof element.action_id === 'string' && element.action_id.length > SLACK_LIMITS.actionId) {
    problems.push(`${where}: action_id is ${element.action_id.length} characters (max ${SLACK_LIMITS.actionId})`);
  }
  return length;
}

function checkElement(where: string, element: unknown, problems: string[]): number {
  if (!isObject(element)) {
    problems.push(`${where}: not an object`);
    return 0;
  }
  return element.type === 'button' ? checkButton(where, element, problems) : 0;
}

function checkBlock(where: string, block: Fields, problems: string[]): number {
  if (typeof block.block_id === 'string' && block.block_id.length > SLACK_LIMITS.blockId)
    problems.push(`${where}: block_id too long`);
  switch (block.type) {
    case 'header':
      if (!isObject(block.text) || block.text.type !== 'plain_text')
        problems.push(`${where}: header text must be plain_text`);
      return checkTextObject(`${where} header`, block.text, SLACK_LIMITS.headerText, problems);
    case 'section': {
      const fields = listOf(block.fields);
      let total = 0;
      if (block.text === undefined && fields.length === 0) problems.push(`${where}: section needs text or fields`);
      if (block.text !== undefined)
        total += checkTextObject(`${where} text`, block.text, SLACK_LIMITS.sectionText, problems);
      if (fields.length > SLACK_LIMITS.sectionFields)
        problems.push(`${where}: ${fields.length} fields (max ${SLACK_LIMITS.sectionFields})`);
      for (const [i, field] of fields.entries())
        total += checkTextObject(`${where} field ${i}`, field, SLACK_LIMITS.fieldText, problems);
      if (block.accessory !== undefined) total += checkElement(`${where} accessory`, block.accessory, problems);
      return total;
    }
    case 'context': {
      const elements = listOf(block.elements);
      if (elements.length === 0 || elements.length > SLACK_LIMITS.contextElements) {
        problems.push(`${where}: ${elements.length} context elements (1 to ${SLACK_LIMITS.contextElements})`);
      }
      let total = 0;
      for (const [i, element] of elements.entries()) {
        // Context elements are text objects or images; only text counts towards the message's text.
        if (isObject(element) && element.type !== 'image')
          total += checkTextObject(`${where} element ${i}`, element, SLACK_LIMITS.textObject, problems);
      }
      return total;
    }
    case 'actions': {
      const elements = listOf(block.elements);
      if (elements.length === 0 || elements.length > SLACK_LIMITS.actionsElements) {
        problems.push(`${where}: ${elements.length} actions elements (1 to ${SLACK_LIMITS.actionsElements})`);
      }
      let total = 0;
      for (const [i, element] of elements.entries()) total += checkElement(`${where} element ${i}`, element, problems);
      return total;
    }
    case 'divider':
      return 0;
    default:
      // Not a Slack limit: the app only renders the block types above, so anything else is a bug here.
      problems.push(`${where}: unexpected block type ${String(block.type)}`);
      return 0;
  }
}

/**
 * Every reason Slack would refuse `blocks` with `invalid_blocks`; empty when it would accept them.
 * @example findBlockProblems([{ type: 'header', text: { type: 'plain_text', text: 'x'.repeat(151) } }])
 * //=> ['block 0 header: 151 characters (max 150)']
 */
export function findBlockProblems(
  blocks: readonly unknown[],
  maxBlocks: number = SLACK_LIMITS.messageBlocks,
): string[] {
  const problems: string[] = [];
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks (max ${maxBlocks})`);
  const ids = new Set<string>();
  let total = 0;
  for (const [i, block] of blocks.entries()) {
    if (!isObject(block)) {
      problems.push(`block ${i}: not an object`);
      continue;
    }
    if (typeof block.block_id === 'string') {
      if (ids.has(block.block_id)) problems.push(`block ${i}: duplicate block_id ${block.block_id}`);
      ids.add(block.block_id);
    }
    total += checkBlock(`block ${i}`, block, problems);
  }
  if (total > SLACK_LIMITS.messageText)
    problems.push(`${total} characters of text in all (max ${SLACK_LIMITS.messageText})`);
  return problems;
}

/** Like {@link findBlockProblems} for a message, which also needs a non-empty top-level `text`. */
export function findMessageProblems(message: { text?: unknown; blocks?: unknown }): string[] {
  const problems = findBlockProblems(listOf(message.blocks));
  if (typeof message.text !== 'string' || message.text.trim() === '') problems.unshift('missing top-level text');
  return problems;
}
