/**
 * The Slack error code behind a Web API failure: `not_in_channel`, `msg_too_long`, `ratelimited`…
 * Bolt 5 throws WebAPIPlatformError with `data.error`, and a rate-limit error with its own code.
 * @example slackErrorCode({ code: 'slack_webapi_platform_error', data: { error: 'not_in_channel' } }) //=> 'not_in_channel'
 */
export function slackErrorCode(error: unknown): string {
  if (typeof error !== 'object' || error === null) return 'unknown';
  const { code, data } = error as { code?: unknown; data?: unknown };
  if (code === 'slack_webapi_rate_limited_error') return 'ratelimited';
  if (typeof data === 'object' && data !== null && typeof (data as { error?: unknown }).error === 'string') {
    return (data as { error: string }).error;
  }
  return typeof code === 'string' ? code : 'unknown';
}

export const NOT_A_MEMBER_CODES: ReadonlySet<string> = new Set([
  'not_in_channel',
  'channel_not_found',
  'is_archived',
  'restricted_action',
  'cant_post_in_channel',
]);
export const TOO_LONG_CODES: ReadonlySet<string> = new Set([
  'msg_too_long',
  'invalid_blocks',
  'msg_blocks_too_long',
  'invalid_blocks_format',
]);
export const RATE_LIMIT_CODES: ReadonlySet<string> = new Set(['ratelimited', 'rate_limited']);
