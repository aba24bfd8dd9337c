import { commandCallback } from './command-callback.js';

export const REPORT_COMMAND = '/report';

/** `/report [list | <section> | summary <section>]`: ack at once, then answer. */
export const reportCommandCallback = commandCallback(REPORT_COMMAND, 'report-command');
