import type { Logger, webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { deliverAnswer, type Transport } from './deliver-answer.js';
import type { Message } from '../answers/blocks/message.js';
import { RATE_LIMITED } from './messages.js';

const message = (text: string): Message => ({ text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] });

/** A Web client stand-in whose n-th chat.postMessage fails with a Slack error code. */
function transportFailingPost(failAt: number) {
  const posted: string[] = [];
  const privately: string[] = [];
  let calls = 0;
  const client = {
    chat: {
      postMessage: async ({ text }: { text: string }) => {
        calls += 1;
        if (calls === failAt)
          throw Object.assign(new Error('An API error occurred: rate_limited'), { data: { error: 'rate_limited' } });
        posted.push(text);
        return { ok: true, ts: `1.${calls}` };
      },
      postEphemeral: async ({ text }: { text: string }) => {
        privately.push(text);
        return { ok: true };
      },
    },
  };
  const logger = {
    warn: () => undefined,
    error: () => undefined,
    info: () => undefined,
    debug: () => undefined,
  } as unknown as Logger;
  const transport: Transport = { client: client as unknown as webApi.WebClient, respond: null, logger };
  return { transport, posted, privately };
}

describe('deliverAnswer in a thread', () => {
  it('posts every message in order', async () => {
    const { transport, posted } = transportFailingPost(0);
    await deliverAnswer(
      { kind: 'thread', messages: [message('one'), message('two')] },
      { userId: 'U1', channelId: 'C1', threadTs: '1.0' },
      transport,
    );
    expect(posted).toEqual(['one', 'two']);
  });

  describe('edge cases', () => {
    it('sends privately only what a failed post left out, so nothing arrives twice', async () => {
      const { transport, posted, privately } = transportFailingPost(2);
      const target = { userId: 'U1', channelId: 'C1', threadTs: '1.0' };
      await deliverAnswer(
        { kind: 'thread', messages: [message('one'), message('two'), message('three')] },
        target,
        transport,
      );
      expect(posted).toEqual(['one']);
      expect(privately.slice(1)).toEqual(['two', 'three']);
      expect(privately).toHaveLength(3);
      expect(privately[0]).toBe(RATE_LIMITED);
    });
  });
});
