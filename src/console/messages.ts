/** Every string the local console shows of its own. */
export const CONSOLE_BANNER = (reports: number, incidents: number) =>
  `reportdesk local console: ${reports} report${reports === 1 ? '' : 's'}, ${incidents} incident record${incidents === 1 ? '' : 's'} loaded.
No Slack tokens are set, so this console stands in for Slack. Try:
  /incident Atyrau                      incident records, five at a time
  @reportdesk who claimed the Atyrau bombings?
  /report summary finance               a section summary
  /report list                          the loaded reports and their sections
  /incident chart country:Kazakhstan    a timeline PNG (also: map, export, count)
  @reportdesk how many were killed in Kazakhstan in 2011?
  /report compare kazakhstan 2011 2012 legislation
  home                                  the App Home tab
  1, 2, …                               press a button by its number
  help, quit
To connect to Slack, set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (see .env.example).`;

export const CONSOLE_HELP = `Type what you would type in Slack:
  /incident <place, date, group or words>   e.g. /incident Atyrau, /incident October 31, /incident kind:attack since:2011-11
  /incident help                            the query language
  /report list | <section> | summary <section>
  @reportdesk <question>  (or just the question, as a direct message)
  home                                      what the bot knows
  <number>                                  press that button of the last reply
  quit`;

export const CONSOLE_PROMPT = 'you> ';
export const NO_SUCH_BUTTON = (n: number, count: number) =>
  count === 0
    ? `The last reply has no buttons to press. Ask something first (e.g. /incident Atyrau).`
    : `There is no button ${n}: the last reply has buttons 1 to ${count}.`;
export const UNKNOWN_COMMAND = (word: string) =>
  `${word} is not a command of this app. Use /incident or /report, or type help.`;
export const LABEL_PRIVATE = 'only you can see this';
export const LABEL_REPLACE = 'replaces the message above';
export const LABEL_THREAD = 'in thread';
export const LABEL_PUBLIC = 'posted in the channel';
export const LABEL_PUBLIC_THREAD = 'in its thread';
export const LABEL_HOME = 'App Home';
export const CONSOLE_ERROR = (detail: string) =>
  `Something went wrong answering that (${detail}). Try again, or type help.`;
export const FILE_SAVED = (path: string) => `file written: ${path}`;
export const FILE_NOT_SAVED = (name: string) => `(${name} would be uploaded in Slack; this console keeps no files)`;
