import { describe, expect, it } from 'vitest';
import {
  decodeSlackEntities,
  escapeMrkdwn,
  escapeMrkdwnText,
  highlightTerms,
  renderLink,
  truncateMrkdwn,
  truncatePlain,
} from './mrkdwn.js';

describe('escapeMrkdwn', () => {
  it('escapes the three control characters once', () => {
    expect(escapeMrkdwn('a & b < c > d')).toBe('a &amp; b &lt; c &gt; d');
  });

  it('defuses broadcast, user and disguised-link sequences', () => {
    expect(escapeMrkdwn('<!channel> <!here> <@U123> <https://evil.example|State Dept>')).toBe(
      '&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; &lt;https://evil.example|State Dept&gt;',
    );
  });

  it('defangs bare @here, @channel and @everyone', () => {
    expect(escapeMrkdwn('@here @channel @everyone @Here')).toBe(
      '@\u200Bhere @\u200Bchannel @\u200Beveryone @\u200BHere',
    );
  });
});

describe('decodeSlackEntities', () => {
  it('decodes Slack’s escaping once, so output escaping is not doubled', () => {
    expect(decodeSlackEntities('AML&amp;CTF &lt;b&gt;')).toBe('AML&CTF <b>');
    expect(escapeMrkdwn(decodeSlackEntities('AML&amp;CTF'))).toBe('AML&amp;CTF');
    expect(decodeSlackEntities('&amp;amp;')).toBe('&amp;');
  });
});

describe('highlightTerms', () => {
  it('bolds matched words after escaping', () => {
    expect(highlightTerms('Two explosions in Atyrau & Aktobe', ['Atyrau'])).toBe(
      'Two explosions in *Atyrau* &amp; Aktobe',
    );
  });

  it('never splits an entity, even for a term like "amp" or "lt"', () => {
    expect(highlightTerms('AT&T lt amp', ['amp', 'lt', 'T'])).toBe('AT&amp;*T* *lt* *amp*');
  });

  it('turns asterisks in the text into ∗ so they cannot break the bold', () => {
    expect(highlightTerms('*fake bold* in Atyrau*', ['Atyrau'])).toBe('∗fake bold∗ in *Atyrau*∗');
  });

  it('matches whole words only, case-insensitively, longest first', () => {
    expect(highlightTerms('Shubarshy shooting; shubarshy', ['Shubarshy shooting', 'shubarshy'])).toBe(
      '*Shubarshy shooting*; *shubarshy*',
    );
    expect(highlightTerms('Aktobe Aktobe-region Aktobes', ['Aktobe'])).toBe('*Aktobe* *Aktobe*-region Aktobes');
  });

  it('keeps a hostile term escaped (entities are never bolded into)', () => {
    expect(highlightTerms('the <!channel> text', ['<!channel>'])).toBe('the &lt;!channel&gt; text');
  });
});

describe('truncateMrkdwn', () => {
  it('keeps short text as is', () => {
    expect(truncateMrkdwn('short', 10)).toBe('short');
  });

  it('cuts with … and never leaves half an entity or an open bold', () => {
    expect(truncateMrkdwn('abc &amp; def', 7)).toBe('abc…');
    expect(truncateMrkdwn('*Atyrau* explosions', 12)).toBe('*Atyrau* ex…');
    expect(truncateMrkdwn('a *bold words here*', 10)).toBe('a bold w…');
    expect(truncateMrkdwn('see <https://x.example/long|source>', 20)).toBe('see…');
  });

  it('respects the limit exactly', () => {
    const text = 'x'.repeat(5000);
    expect(truncateMrkdwn(text, 3000)).toHaveLength(3000);
    expect(truncateMrkdwn(text, 3000).endsWith('…')).toBe(true);
  });
});

describe('truncatePlain', () => {
  it('does not split a surrogate pair', () => {
    expect(truncatePlain(`ab${'😀'.repeat(10)}`, 4)).toBe('ab…');
  });
});

describe('renderLink', () => {
  it('links only plain http(s) URLs', () => {
    expect(renderLink('https://www.refworld.org/docid/501fbc.html', 'source')).toBe(
      '<https://www.refworld.org/docid/501fbc.html|source>',
    );
    expect(renderLink('https://evil.example|State Dept', 'source')).toBeNull();
    expect(renderLink('javascript:alert(1)', 'source')).toBeNull();
    expect(renderLink('https://a.example/?x=1&y=2', 'source')).toBe('<https://a.example/?x=1&amp;y=2|source>');
  });

  it('escapeMrkdwnText keeps the text otherwise intact', () => {
    expect(escapeMrkdwnText("governor's office (KNB)")).toBe("governor's office (KNB)");
  });
});

describe('escapeMrkdwn and bidirectional controls', () => {
  it('removes overrides that could flip how the rest of the reply displays', () => {
    expect(escapeMrkdwn('Atyrau \u202Eevil\u202C & Aktobe')).toBe('Atyrau evil &amp; Aktobe');
  });
});
