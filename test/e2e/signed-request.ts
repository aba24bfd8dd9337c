/** Sends requests to the app the way Slack does: signed with HMAC-SHA256 over `v0:${ts}:${rawBody}`. */
import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-secret';

export function sign(rawBody: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

export interface SendOptions {
  headers?: Record<string, string>;
  /** Seconds since epoch; default now. */
  timestamp?: number;
  signature?: string;
}

async function send(
  url: string,
  rawBody: string,
  contentType: string,
  options: SendOptions = {},
): Promise<{ status: number; body: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? sign(rawBody, timestamp),
      ...options.headers,
    },
    body: rawBody,
  });
  return { status: response.status, body: await response.text() };
}

export function sendCommand(url: string, fields: Record<string, string>, options?: SendOptions) {
  return send(url, new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options);
}

export function sendAction(url: string, payload: unknown, options?: SendOptions) {
  return send(
    url,
    new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    'application/x-www-form-urlencoded',
    options,
  );
}

export function sendEvent(url: string, envelope: unknown, options?: SendOptions) {
  return send(url, JSON.stringify(envelope), 'application/json', options);
}

export function sendRaw(url: string, rawBody: string, contentType: string, options?: SendOptions) {
  return send(url, rawBody, contentType, options);
}
