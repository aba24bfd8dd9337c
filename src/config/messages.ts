/**
 * Every message the configuration layer can show. Each says what is wrong and how to fix it,
 * and none ever contains the value of a secret.
 */
export const CONFIG_ERROR_HEADING = 'reportdesk cannot start: fix these settings (in the environment or .env):';

export const MISSING_BOT_TOKEN =
  'SLACK_BOT_TOKEN is not set. Copy the Bot User OAuth Token (xoxb-…) from your app\'s "OAuth & Permissions" page.';
export const MALFORMED_BOT_TOKEN =
  'SLACK_BOT_TOKEN does not start with "xoxb-". Use the Bot User OAuth Token, not a user (xoxp-) or app-level (xapp-) token.';
export const MISSING_SIGNING_SECRET =
  'SLACK_SIGNING_SECRET is not set. HTTP mode needs it to verify requests: copy it from "Basic Information" → "App Credentials", or set SLACK_APP_TOKEN to use Socket Mode instead.';
export const MALFORMED_APP_TOKEN =
  'SLACK_APP_TOKEN does not start with "xapp-". Generate an app-level token with the connections:write scope under "Basic Information" → "App-Level Tokens", or unset it to use HTTP mode.';
export const MALFORMED_PORT = 'PORT must be a whole number from 0 to 65535 (for example 3000).';
export const MALFORMED_LOG_LEVEL = 'LOG_LEVEL must be one of debug, info, warn, error.';
export const MALFORMED_API_URL =
  'SLACK_API_URL must be an http(s) URL such as https://slack.com/api/ (leave it unset to use Slack itself).';
export const EMPTY_DATA_DIR = 'DATA_DIR is set but empty; set it to the folder holding the report files (default data/).';
export const MALFORMED_HOST = 'HOST must be a host name or an IP address such as 0.0.0.0 or 127.0.0.1 (leave it unset for all interfaces).';
export const MALFORMED_SHUTDOWN_TIMEOUT = 'SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds up to 600000 (default 10000).';
export const MALFORMED_WORKERS = 'ANSWER_WORKERS must be a whole number from 0 to 64 (0 answers on the main thread; default 2).';
