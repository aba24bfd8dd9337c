import { describe, expect, it } from 'vitest';
import type { Incident, Report } from '../../report/types.js';
import { describeCorpus } from '../corpus-overview.js';
import { ATYRAU_INCIDENT, CITATION, INCIDENTS_SECTION, makeHit, makeResponse, REPORT } from '../test-fixtures.js';
import { checkBlockLimits, checkMessageLimits, LIMITS } from './limits.js';
import { renderAnswer, renderMoreResults } from './render-answer.js';
import { renderIncidentHelp } from './render-help.js';
import { renderHome } from './render-home.js';
import { renderReportList, renderSectionNotFound } from './render-report-list.js';
import { MAX_SECTION_PAGES, renderSectionPages } from './render-section.js';
import { renderSectionSummary } from './render-section-summary.js';

const manyIncidents: Incident[] = Array.from({ length: 300 }, (_, i) => ({
  ...ATYRAU_INCIDENT,
  id: `i${i}`,
  date: `${2000 + (i % 20)}-0${1 + (i % 9)}-1${i % 10}`,
  text: 'x'.repeat(800),
}));

describe('renderSectionSummary', () => {
  it('shows key sentences in order, then dated incidents, then the citation', () => {
    const message = renderSectionSummary('2011 Terrorist Incidents', {
      sentences: ['On May 17, a man blew himself up.', 'On October 31, two explosions took place.'],
      incidents: [ATYRAU_INCIDENT],
      citation: CITATION,
    });
    expect(message.blocks.map((b) => b.type)).toEqual([
      'header',
      'section',
      'section',
      'section',
      'section',
      'context',
    ]);
    expect(message.blocks[2]).toEqual({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: '• On May 17, a man blew himself up.\n• On October 31, two explosions took place.',
        verbatim: true,
      },
    });
    expect(message.blocks[4]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '• *31 October 2011* · Atyrau · attack (Killed: 1)', verbatim: true },
    });
  });

  it('stays within limits with hundreds of long sentences and incidents', () => {
    const message = renderSectionSummary(
      'x'.repeat(400),
      {
        sentences: Array.from({ length: 300 }, () => 'y'.repeat(900)),
        incidents: manyIncidents,
        citation: CITATION,
      },
      true,
    );
    expect(checkMessageLimits(message)).toEqual([]);
    expect(JSON.stringify(message)).toContain('• …');
  });
});

describe('renderSectionPages', () => {
  it('renders a section in full with its heading and citation', () => {
    const [page, ...rest] = renderSectionPages(REPORT, INCIDENTS_SECTION, CITATION);
    expect(rest).toEqual([]);
    expect(page?.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: '2011 Terrorist Incidents', emoji: false },
    });
    expect(page?.blocks).toHaveLength(4);
  });

  it('splits a giant section into pages within limits, and cuts past the last page with …', () => {
    const passages = Array.from({ length: 120 }, (_, i) => ({
      id: `p${i}`,
      text: `${'Atyrau & Aktobe '.repeat(400)}${i}`,
    }));
    const pages = renderSectionPages(REPORT, { ...INCIDENTS_SECTION, passages }, CITATION);
    expect(pages).toHaveLength(MAX_SECTION_PAGES);
    for (const page of pages) expect(checkMessageLimits(page)).toEqual([]);
    expect(JSON.stringify(pages.at(-1))).toContain('…');
  });
});

describe('renderAnswer', () => {
  it('answers with the best hit and three buttons', () => {
    const message = renderAnswer('attacks in Atyrau', makeResponse([makeHit(), makeHit({ id: 'b' })]));
    const actions = message.blocks.at(-1);
    expect(
      actions?.type === 'actions' ? actions.elements.map((e) => (e.type === 'button' ? e.text.text : '')) : [],
    ).toEqual(['More results', 'Summarize this section in thread', 'Show full section']);
    expect(checkMessageLimits(message)).toEqual([]);
  });

  it('keeps More results within limits for giant hits', () => {
    const hits = Array.from({ length: 3 }, (_, i) => makeHit({ id: `${i}`, text: 'z '.repeat(5000) }));
    expect(checkMessageLimits(renderMoreResults('q', makeResponse(hits, { total: 50 }), 3))).toEqual([]);
  });
});

describe('corpus views', () => {
  const reports: Report[] = Array.from({ length: 250 }, (_, i) => ({
    ...REPORT,
    id: `r${i}`,
    title: `Country Reports on Terrorism ${1990 + (i % 30)} - Country ${i} ${'long '.repeat(100)}`,
    sections: Array.from({ length: 40 }, (_, j) => ({
      ...INCIDENTS_SECTION,
      id: `r${i}/s${j}`,
      heading: `Section ${j}`,
    })),
    incidents: manyIncidents.slice(0, 3),
  }));
  const overview = describeCorpus(reports);

  it('lists 250 reports within limits', () => {
    const message = renderReportList(overview);
    expect(checkMessageLimits(message)).toEqual([]);
    expect(JSON.stringify(message)).toContain('…and 210 more reports.');
  });

  it('renders App Home within 100 blocks', () => {
    const home = renderHome(overview);
    expect(home.type).toBe('home');
    expect(checkBlockLimits(home.blocks, LIMITS.homeBlocks)).toEqual([]);
  });

  it('renders help and "section not found" within limits', () => {
    expect(checkMessageLimits(renderIncidentHelp(overview))).toEqual([]);
    const notFound = renderSectionNotFound(
      '<!channel> '.repeat(500),
      reports.flatMap((r) => r.sections.map((s) => s.heading)),
    );
    expect(checkMessageLimits(notFound)).toEqual([]);
    expect(JSON.stringify(notFound)).not.toContain('<!channel>');
  });
});

describe('checkMessageLimits', () => {
  it('reports each broken limit', () => {
    expect(
      checkMessageLimits({
        blocks: [
          { type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } },
          { type: 'section', text: { type: 'mrkdwn', text: 's'.repeat(3001) } },
          {
            type: 'actions',
            elements: [
              {
                type: 'button',
                text: { type: 'plain_text', text: 'b'.repeat(76) },
                action_id: 'a',
                value: 'v'.repeat(2001),
              },
            ],
          },
        ],
      }),
    ).toEqual([
      'missing top-level text fallback',
      'block 0 header: text is 151 characters (max 150)',
      'block 1 section: text is 3001 characters (max 3000)',
      'block 2 element 0 button: text is 76 characters (max 75)',
      'block 2 element 0: button value is 2001 characters (max 2000)',
    ]);
  });
});
