import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Builds Slack's requests from the recorded fixtures and signs them the way Slack does. */

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export const fixtureText = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
export const fixtureJson = <T = Record<string, unknown>>(name: string): T =>
  JSON.parse(fixtureText(name)) as T;

/** `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<body>`. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SlashCommandInput {
  readonly command: string;
  readonly text: string;
  readonly userId?: string;
  readonly channelId?: string;
  readonly triggerId?: string;
  readonly responseUrl?: string;
}

/** The form body of a slash command, from the recorded shape. */
export function slashCommandBody(input: SlashCommandInput): string {
  const params = new URLSearchParams(fixtureText('slash-command.txt').trim());
  params.set('command', input.command);
  params.set('text', input.text);
  if (input.userId) params.set('user_id', input.userId);
  if (input.channelId) params.set('channel_id', input.channelId);
  params.set('trigger_id', input.triggerId ?? `${Date.now()}.${Math.floor(Math.random() * 1e9)}.abc`);
  if (input.responseUrl) params.set('response_url', input.responseUrl);
  return params.toString();
}

/** An interactivity body: `payload=<json>`. */
export function payloadBody(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export interface PostOptions {
  readonly secret?: string;
  /** Seconds since the epoch (default now). */
  readonly timestamp?: number;
  /** Leave out X-Slack-Signature. */
  readonly unsigned?: boolean;
  /** Sign something else than what is sent. */
  readonly signature?: string;
  readonly retryNum?: number;
  readonly contentType?: string;
}

/** POSTs a body to /slack/events like Slack does. */
export async function postToSlackEndpoint(
  baseUrl: string,
  body: string,
  options: PostOptions = {},
): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': options.contentType ?? 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
  };
  if (!options.unsigned) {
    headers['x-slack-signature'] = options.signature ?? slackSignature(options.secret ?? '', timestamp, body);
  }
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  return fetch(`${baseUrl}/slack/events`, { method: 'POST', headers, body });
}

/** The JSON a response carries, or null for an empty body. */
export async function jsonOf(res: Response): Promise<Record<string, unknown> | null> {
  const text = await res.text();
  return text ? (JSON.parse(text) as Record<string, unknown>) : null;
}

/** Every text in a block list (section text, fields, context, header, buttons), joined with newlines. */
export function blockText(blocks: unknown): string {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.text === 'string') out.push(o.text);
      for (const [k, x] of Object.entries(o)) if (k !== 'text' || typeof x !== 'string') walk(x);
    }
  };
  walk(blocks);
  return out.join('\n');
}
