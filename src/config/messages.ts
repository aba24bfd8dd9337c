/**
 * Every message the configuration layer can show. Each says what is wrong and how to fix it,
 * and none ever contains the value of a secret.
 */
export const CONFIG_ERROR_HEADING = 'reportdesk cannot start: fix these settings (in the environment or .env):';

export const MISSING_BOT_TOKEN =
  'SLACK_BOT_TOKEN is not set. Copy the Bot User OAuth Token (xoxb-…) from your app\'s "OAuth & Permissions" page, or set SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET to be installed through OAuth.';
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
export const EMPTY_DATA_DIR =
  'DATA_DIR is set but empty; set it to the folder holding the report files (default data/).';
export const MALFORMED_HOST =
  'HOST must be a host name or an IP address such as 0.0.0.0 or 127.0.0.1 (leave it unset for all interfaces).';
export const MALFORMED_SHUTDOWN_TIMEOUT =
  'SHUTDOWN_TIMEOUT_MS must be a whole number of milliseconds up to 600000 (default 10000).';
export const MALFORMED_WORKERS =
  'ANSWER_WORKERS must be a whole number from 0 to 64 (0 answers on the main thread; default 2).';
export const PARTIAL_OAUTH = (missing: readonly string[]) =>
  `OAuth install needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET together; ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set. Copy the client id and secret from "Basic Information" → "App Credentials", and set SLACK_STATE_SECRET to a long random string.`;
export const TOKEN_AND_OAUTH =
  'SLACK_BOT_TOKEN and the SLACK_CLIENT_* settings are both set. Use SLACK_BOT_TOKEN for one workspace, or OAuth (SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET) to be installed in many, not both.';
export const SHORT_STATE_SECRET =
  'SLACK_STATE_SECRET is too short; use at least 16 random characters (for example: openssl rand -hex 32).';
export const MALFORMED_DATABASE_URL =
  'DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@host:5432/reportdesk (leave it unset for the embedded store in STORE_PATH).';
export const MALFORMED_USAGE_LOG_TEXT =
  'USAGE_LOG_TEXT must be true or false (default false: the usage log never keeps message text).';
