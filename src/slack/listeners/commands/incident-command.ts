import { commandCallback } from './command-callback.js';

export const INCIDENT_COMMAND = '/incident';

/** `/incident <query>`: ack at once, then the ephemeral answer through the response_url. */
export const incidentCommandCallback = commandCallback(INCIDENT_COMMAND, 'incident-command');
