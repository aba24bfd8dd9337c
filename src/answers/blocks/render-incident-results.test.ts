import { describe, expect, it } from 'vitest';
import { ACTION_IDS, decodePageValue } from '../action-values.js';
import {
  ACCOUNTS_DIFFER,
  BUTTON_CHART,
  BUTTON_EXPORT,
  BUTTON_MAP,
  BUTTON_NEXT_PAGE,
  BUTTON_SHARE,
  NO_MATCH_TRY,
  QUERY_PROBLEMS_TITLE,
} from '../messages.js';
import { ATYRAU_INCIDENT, CITATION, makeHit, makeResponse } from '../test-fixtures.js';
import { checkMessageLimits } from './limits.js';
import { renderIncidentResults } from './render-incident-results.js';

/** Everything Slack would render (button values are data, never shown). */
function allText(value: unknown): string {
  return JSON.stringify(value, (key, field: unknown) => (key === 'value' ? undefined : field));
}

describe('renderIncidentResults', () => {
  it('renders a hit: headline, casualties, quote with the matched word in bold, summarize button, citation', () => {
    const message = renderIncidentResults({ query: 'Atyrau', response: makeResponse([makeHit()]), offset: 0 });
    expect(message.blocks[0]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '*1 of 1 match* for “Atyrau”', verbatim: true },
    });
    expect(message.blocks[2]).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: "*31 October 2011* · Atyrau · attack\nKilled: 1\n>On October 31, two explosions took place, possibly targeting official buildings in *Atyrau*. An explosive device detonated in a trash can behind the regional governor's office.",
        verbatim: true,
      },
      accessory: {
        type: 'button',
        text: { type: 'plain_text', text: 'Summarize section in thread', emoji: false },
        action_id: ACTION_IDS.sectionSummaryInThread,
        value: 'crt-2011-kazakhstan/2011-terrorist-incidents',
      },
    });
    expect(message.blocks[3]).toEqual({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: ':page_facing_up: *Country Reports on Terrorism 2011 - Kazakhstan* · 2011 Terrorist Incidents · United States Department of State · 31 July 2012 · <https://www.refworld.org/docid/501fbcc7c.html|source>',
          verbatim: true,
        },
      ],
    });
    expect(message.text).toBe('1 of 1 match for “Atyrau”');
    expect(checkMessageLimits(message)).toEqual([]);
  });

  it('offers Next 5 with the query and next offset, Share, and Chart, Map and Export of the whole query', () => {
    const hits = Array.from({ length: 5 }, (_, i) => makeHit({ id: `h${i}` }));
    const message = renderIncidentResults({ query: 'Atyrau', response: makeResponse(hits, { total: 12 }), offset: 5 });
    const actions = message.blocks.at(-1);
    expect(actions).toMatchObject({ type: 'actions' });
    const buttons = actions?.type === 'actions' ? actions.elements : [];
    expect(buttons.map((b) => (b.type === 'button' ? [b.text.text, b.action_id] : []))).toEqual([
      [BUTTON_NEXT_PAGE, ACTION_IDS.incidentNextPage],
      [BUTTON_SHARE, ACTION_IDS.incidentShare],
      [BUTTON_CHART, ACTION_IDS.incidentChart],
      [BUTTON_MAP, ACTION_IDS.incidentMap],
      [BUTTON_EXPORT, ACTION_IDS.incidentExport],
    ]);
    const chart = buttons[2];
    expect(decodePageValue(chart?.type === 'button' ? chart.value : null)).toEqual({ query: 'Atyrau', offset: 0 });
    const next = buttons[0];
    expect(decodePageValue(next?.type === 'button' ? next.value : null)).toEqual({ query: 'Atyrau', offset: 10 });
    expect(message.text).toBe('6–10 of 12 matches for “Atyrau”');
  });

  it('drops Share (and names the sharer) when shared', () => {
    const message = renderIncidentResults({
      query: 'Atyrau',
      response: makeResponse([makeHit()]),
      offset: 0,
      sharedBy: 'U2CERLKJA',
    });
    expect(allText(message)).not.toContain(ACTION_IDS.incidentShare);
    expect(message.blocks.at(-1)).toEqual({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'Shared by <@U2CERLKJA>', verbatim: true }],
    });
  });

  it('says when nothing matched, with problems and suggestions', () => {
    const response = makeResponse([], {
      problems: [{ code: 'unknown_filter', message: 'Unknown filter colour:' }],
      suggestions: ['Atyrau', '31 October 2011'],
    });
    const message = renderIncidentResults({ query: 'Atyrua colour:red', response, offset: 0 });
    expect(message.blocks).toEqual([
      {
        type: 'section',
        text: { type: 'mrkdwn', text: 'No incident records match “Atyrua colour:red”.', verbatim: true },
      },
      {
        type: 'section',
        text: { type: 'mrkdwn', text: `:warning: ${QUERY_PROBLEMS_TITLE}\n• Unknown filter colour:`, verbatim: true },
      },
      {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: `:mag: ${NO_MATCH_TRY} *Atyrau* · *31 October 2011*`, verbatim: true }],
      },
    ]);
  });
});

describe('edge cases', () => {
  it('keeps a giant passage within limits, cut with …', () => {
    const giant = `${'Atyrau bombing '.repeat(2000)}end`;
    const message = renderIncidentResults({
      query: 'Atyrau',
      response: makeResponse([makeHit({ text: giant })]),
      offset: 0,
    });
    expect(checkMessageLimits(message)).toEqual([]);
    const section = message.blocks[2];
    const text = section?.type === 'section' ? (section.text?.text ?? '') : '';
    expect(text.endsWith('…')).toBe(true);
    expect((text.match(/\*/g) ?? []).length % 2).toBe(0);
  });

  it('shows five of 200 hits and stays within limits', () => {
    const hits = Array.from({ length: 200 }, (_, i) =>
      makeHit({ id: `h${i}`, text: `${'Kenkiyak clash '.repeat(300)}${i}` }),
    );
    const message = renderIncidentResults({
      query: 'Kenkiyak',
      response: makeResponse(hits, { total: 200 }),
      offset: 0,
    });
    expect(checkMessageLimits(message)).toEqual([]);
    expect(message.blocks.filter((b) => b.type === 'divider')).toHaveLength(5);
  });

  it('echoes a 5,000-character query cut with …, and its button values still fit', () => {
    const query = 'Atyrau '.repeat(715);
    const message = renderIncidentResults({ query, response: makeResponse([makeHit()], { total: 9 }), offset: 0 });
    expect(checkMessageLimits(message)).toEqual([]);
    expect(message.text.length).toBeLessThan(400);
    expect(message.text).toContain('…');
  });

  it('escapes injection attempts in the query, the report and the citation', () => {
    const hostile = '<!channel> <@U123> <https://evil.example|State Dept> @here &amp;';
    const hit = makeHit({
      text: `Report says ${hostile}`,
      matchedTerms: ['channel', 'here'],
      incident: { ...ATYRAU_INCIDENT, places: ['<!everyone>'] },
      citation: { ...CITATION, title: '<!here> title', sourceUrl: 'https://evil.example|State Dept' },
    });
    const message = renderIncidentResults({ query: hostile, response: makeResponse([hit]), offset: 0 });
    const text = allText(message.blocks) + message.text;
    for (const bad of ['<!channel>', '<!here>', '<!everyone>', '<@U123>', '<https://evil', '@here', '&amp;amp;amp;']) {
      expect(text).not.toContain(bad);
    }
    expect(text).toContain('&lt;!channel&gt;');
    expect(text).toContain('&amp;amp;'); // the literal "&amp;" the user typed, escaped once
    expect(checkMessageLimits(message)).toEqual([]);
  });
});

describe('renderIncidentResults past the last page', () => {
  it('says there are no more results rather than no matches', () => {
    const message = renderIncidentResults({
      query: 'Atyrau',
      response: makeResponse([], { total: 2 }),
      offset: 99_995,
    });
    expect(message.text).toBe('There are no more results for this query.');
    expect(allText(message.blocks)).toContain('It has 2 matches in all');
    expect(allText(message.blocks)).not.toContain('No incident records match');
  });
});

describe('renderIncidentResults with nothing found', () => {
  it('offers queries that work on the loaded reports when nothing is spelled alike', () => {
    const message = renderIncidentResults({
      query: 'Paris',
      response: makeResponse([]),
      offset: 0,
      examples: ['Shubarshy', 'May 17'],
    });
    expect(allText(message.blocks)).toContain('`/incident Shubarshy` · `/incident May 17` · `/incident help`');
  });
  it('shows near spellings instead of examples when there are some', () => {
    const message = renderIncidentResults({
      query: 'Atyrauu',
      response: makeResponse([], { suggestions: ['Atyrau'] }),
      offset: 0,
      examples: ['Shubarshy'],
    });
    expect(allText(message.blocks)).toContain('*Atyrau*');
    expect(allText(message.blocks)).not.toContain('/incident Shubarshy');
  });
});

describe('renderIncidentResults with the words of each figure', () => {
  const kulsary = {
    ...ATYRAU_INCIDENT,
    killed: 2,
    wounded: 0,
    evidence: {
      killed: 'killed at least two more',
      wounded: 'resulting in no casualties <!channel> _x_',
      accounts: 'The KDF: 79 killed; media: 20 killed (figures not added)',
    },
  };

  it('shows each figure with the words it was read from, and both accounts', () => {
    const message = renderIncidentResults({
      query: 'Atyrau',
      response: makeResponse([makeHit({ incident: kulsary })]),
      offset: 0,
    });
    const text = allText(message.blocks[2]);
    expect(text).toContain('Killed: 2 — _killed at least two more_');
    expect(text).toContain(`${ACCOUNTS_DIFFER}: The KDF: 79 killed; media: 20 killed (figures not added)`);
    expect(checkMessageLimits(message)).toEqual([]);
  });

  describe('edge cases', () => {
    it('escapes the words and keeps them from breaking the italics', () => {
      const text = allText(
        renderIncidentResults({ query: 'x', response: makeResponse([makeHit({ incident: kulsary })]), offset: 0 })
          .blocks[2],
      );
      expect(text).toContain('Wounded: 0 — _resulting in no casualties &lt;!channel&gt;  x_');
      expect(text).not.toContain('<!channel>');
    });
    it('cuts very long words to one short line', () => {
      const long = { ...kulsary, evidence: { killed: `killed ${'very '.repeat(100)}many` } };
      const text = allText(
        renderIncidentResults({ query: 'x', response: makeResponse([makeHit({ incident: long })]), offset: 0 })
          .blocks[2],
      );
      expect(text).toMatch(/Killed: 2 — _killed (?:very ){20,30}v?e?…_/);
    });
  });
});
