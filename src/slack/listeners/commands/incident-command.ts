import { commandCallback } from './command-callback.js';

export const INCIDENT_COMMAND = '/incident';

/**
 * `/incident <query>`: ack at once, then the ephemeral answer through the response_url; a count privately; a chart,
 * map or export uploaded in a thread of the channel (computed on the answer workers).
 */
export const incidentCommandCallback = commandCallback(INCIDENT_COMMAND, 'incident-command');
