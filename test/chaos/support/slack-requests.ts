import { createHmac } from 'node:crypto';
import { request } from 'node:http';

/** Slack's requests to /slack/events, built and signed the way Slack does it. */

export const SIGNING_SECRET = 'chaos-signing-secret-5b0c8d2e41f7';
export const BOT_TOKEN = 'xoxb-chaos-0000-secret-token';

/** `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<body>`. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SlashCommand {
  readonly command: string;
  readonly text: string;
  readonly userId: string;
  readonly channelId: string;
  readonly triggerId: string;
  readonly responseUrl: string;
}

/** The form body of a slash command, with the fields of Slack's documented example. */
export function slashBody(c: SlashCommand): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: 'T0CHAOS',
    team_domain: 'loftesbot-chaos',
    channel_id: c.channelId,
    channel_name: 'savsjo',
    user_id: c.userId,
    user_name: 'per',
    command: c.command,
    text: c.text,
    api_app_id: 'A0CHAOS',
    is_enterprise_install: 'false',
    response_url: c.responseUrl,
    trigger_id: c.triggerId,
  }).toString();
}

/** Headers for a body signed with `secret` now (or with `timestamp`). */
export function signedHeaders(
  secret: string,
  body: string,
  contentType = 'application/x-www-form-urlencoded',
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  return {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': slackSignature(secret, timestamp, body),
  };
}

export interface RawResponse {
  readonly status: number;
  readonly body: string;
}

/**
 * POSTs with node:http on a fresh connection (no pooling, no retries): a dropped connection — the server killed
 * mid-request — rejects instead of being retried behind our back.
 */
export function post(url: string, body: string, headers: Record<string, string>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
