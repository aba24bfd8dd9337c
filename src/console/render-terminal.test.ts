import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { type ConsoleButton, mrkdwnToTerminal, renderBlocksText } from './render-terminal.js';

const plain = { color: false };

describe('mrkdwnToTerminal', () => {
  it('shows links as label and address, and decodes entities', () => {
    expect(mrkdwnToTerminal('*Atyrau* &amp; <https://www.refworld.org/docid/501fbcb2c.html|Refworld>', plain)).toBe(
      '*Atyrau* & Refworld (https://www.refworld.org/docid/501fbcb2c.html)',
    );
  });

  it('shows escaped injection attempts as the text the user typed, not as mentions', () => {
    expect(mrkdwnToTerminal('&lt;!channel&gt; @\u200Bhere', plain)).toBe('<!channel> @here');
  });

  it('bolds *words* with ANSI codes on a terminal', () => {
    expect(mrkdwnToTerminal('in *Atyrau*.', { color: true })).toBe('in \x1b[1mAtyrau\x1b[22m.');
  });
});

describe('renderBlocksText', () => {
  it('renders headers, sections, context and numbered buttons', () => {
    const blocks: KnownBlock[] = [
      { type: 'header', text: { type: 'plain_text', text: 'Atyrau' } },
      { type: 'section', text: { type: 'mrkdwn', text: '>two explosions took place' } },
      {
        type: 'context',
        elements: [
          { type: 'mrkdwn', text: 'Kazakhstan 2011' },
          { type: 'mrkdwn', text: 'Refworld' },
        ],
      },
      { type: 'divider' },
      {
        type: 'actions',
        elements: [
          { type: 'button', text: { type: 'plain_text', text: 'Next 5' }, action_id: 'next', value: 'v1' },
          { type: 'button', text: { type: 'plain_text', text: 'Share in channel' }, action_id: 'share', value: 'v2' },
        ],
      },
    ];
    const buttons: ConsoleButton[] = [];
    expect(renderBlocksText(blocks, buttons, 4, plain).split('\n')).toEqual([
      'Atyrau',
      '══════',
      '>two explosions took place',
      'Kazakhstan 2011  ·  Refworld',
      '─'.repeat(60),
      '[4] Next 5   [5] Share in channel',
    ]);
    expect(buttons).toEqual([
      { label: 'Next 5', actionId: 'next', value: 'v1' },
      { label: 'Share in channel', actionId: 'share', value: 'v2' },
    ]);
  });
});
