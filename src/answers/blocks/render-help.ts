import { INCIDENT_KINDS } from '../../report/types.js';
import type { CorpusOverview } from '../corpus-overview.js';
import type { OperatorExamples } from '../operator-examples.js';
import {
  INCIDENT_HELP_EXAMPLES_TITLE,
  INCIDENT_HELP_FALLBACK,
  INCIDENT_HELP_HEADER,
  INCIDENT_HELP_INTRO,
  INCIDENT_HELP_KINDS,
  INCIDENT_HELP_LANGUAGE,
  INCIDENT_HELP_OPERATORS,
  MENTION_HELP,
  REPORT_HELP,
} from '../messages.js';
import { headerBlock, sectionBlock } from './elements.js';
import { fitMessage } from './limits.js';
import type { Message } from './message.js';
import { escapeMrkdwn, escapeMrkdwnText } from './mrkdwn.js';

/**
 * `/incident help`: the query language, with examples drawn from the loaded data.
 * @example renderIncidentHelp(overview).blocks[0] //=> { type: 'header', text: { type: 'plain_text', text: 'How to look up incidents with /incident', emoji: false } }
 */
export function renderIncidentHelp(overview: CorpusOverview): Message {
  const examples = overview.exampleQueries.slice(0, 8).map((query) => `• \`/incident ${escapeMrkdwnText(query)}\``);
  const blocks = [
    headerBlock(INCIDENT_HELP_HEADER),
    sectionBlock(INCIDENT_HELP_INTRO),
    sectionBlock(
      `${INCIDENT_HELP_LANGUAGE}\n${INCIDENT_HELP_KINDS(INCIDENT_KINDS.map((kind) => `\`${kind}\``).join(', '))}`,
    ),
    sectionBlock(INCIDENT_HELP_OPERATORS(escapeExamples(overview.operatorExamples))),
  ];
  if (examples.length > 0) blocks.push(sectionBlock(`${INCIDENT_HELP_EXAMPLES_TITLE}\n${examples.join('\n')}`));
  return fitMessage({ text: INCIDENT_HELP_FALLBACK, blocks });
}

// Examples come from the reports: escaped, with no backtick that would end their code span (where `*` is
// no bold, so `Atyr*` keeps its asterisk).
function escapeExamples(examples: OperatorExamples): OperatorExamples {
  const out = { ...examples };
  for (const key of Object.keys(out) as (keyof OperatorExamples)[])
    out[key] = escapeMrkdwn(out[key].replace(/`/g, "'"));
  return out;
}

/** A one-section message from one of our own mrkdwn strings (messages.ts), e.g. usage or an error. */
export function renderNotice(mrkdwn: string): Message {
  return fitMessage({ text: mrkdwn, blocks: [sectionBlock(mrkdwn)] });
}

export function renderReportHelp(): Message {
  return renderNotice(REPORT_HELP);
}

export function renderMentionHelp(): Message {
  return renderNotice(MENTION_HELP);
}
