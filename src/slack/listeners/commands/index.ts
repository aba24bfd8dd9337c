import type { App } from '@slack/bolt';
import type { AnswerDeps } from '../../../answers/answer-deps.js';
import { INCIDENT_COMMAND, incidentCommandCallback } from './incident-command.js';
import { REPORT_COMMAND, reportCommandCallback } from './report-command.js';

/** The slash commands we answer; manifest.yml must declare exactly these. */
export const COMMANDS = [INCIDENT_COMMAND, REPORT_COMMAND] as const;

export function register(app: App, deps: AnswerDeps): void {
  app.command(INCIDENT_COMMAND, incidentCommandCallback(deps));
  app.command(REPORT_COMMAND, reportCommandCallback(deps));
}
