import type { KnownBlock } from '@slack/types';

/**
 * One Slack message as we send it: a top-level `text` fallback (notifications, screen readers)
 * and the Block Kit blocks. The same shape goes to `respond()`, `chat.postMessage` and the console.
 */
export interface Message {
  text: string;
  blocks: KnownBlock[];
  /** For slash-command and button replies: `ephemeral` (only the asker sees it) or `in_channel`. */
  response_type?: 'ephemeral' | 'in_channel';
}
