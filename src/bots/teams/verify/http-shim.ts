import type { ServerResponse } from 'node:http';
import type { Request, Response } from 'botbuilder';
import { z } from 'zod';
import type { BufferedRequest } from '../../../runtime/http.ts';
import { jsonObject, nonEmptyText, problemOf } from '../../../runtime/schema-problem.ts';

/**
 * botbuilder's `adapter.process` wants express/restify-like request and response objects. Our server is plain
 * node:http with the body already read once into `rawBody`; these two small adapters bridge the gap.
 */

export type ParsedBody = { ok: true; body: Record<string, unknown> } | { ok: false; reason: string };

/** Parses the request body as a JSON object (an Activity). */
export function parseJsonObject(raw: Buffer): ParsedBody {
  if (raw.length === 0) return { ok: false, reason: 'empty body' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    return { ok: false, reason: 'body is not JSON' };
  }
  const body = jsonObject('body is not a JSON object').safeParse(parsed);
  return body.success ? { ok: true, body: body.data } : { ok: false, reason: 'body is not a JSON object' };
}

/** The express-like request botbuilder reads: `method`, `headers`, `body`. */
export function botRequest(req: BufferedRequest, body: Record<string, unknown>): Request {
  return { method: req.method, headers: req.headers, body };
}

/** An express-like response over a node:http ServerResponse: status/header/send buffer, end writes once. */
export function botResponse(res: ServerResponse): Response & { readonly ended: boolean } {
  let status = 200;
  let payload: string | Buffer | undefined;
  const headers: Record<string, string> = {};
  let ended = false;
  return {
    get socket() {
      return res.socket;
    },
    get ended() {
      return ended;
    },
    status(code: number) {
      status = code;
      return this;
    },
    header(name: string, value: unknown) {
      headers[name.toLowerCase()] = String(value);
      return this;
    },
    send(body?: unknown) {
      if (body === undefined || body === null) return this;
      if (Buffer.isBuffer(body) || typeof body === 'string') {
        payload = body;
        headers['content-type'] ??= 'text/plain; charset=utf-8';
      } else {
        payload = JSON.stringify(body);
        headers['content-type'] = 'application/json; charset=utf-8';
      }
      return this;
    },
    end() {
      if (ended || res.writableEnded) return this;
      ended = true;
      res.writeHead(status, headers);
      res.end(payload);
      return this;
    },
  };
}

const TYPES_NEEDING_A_CONVERSATION = new Set([
  'message',
  'conversationUpdate',
  'installationUpdate',
  'invoke',
]);

const activityType = nonEmptyText('activity without a type');

/** An activity of a kind we handle: what botbuilder reads before it reaches our turn handler. */
const conversationActivity = z.looseObject({
  serviceUrl: z
    .string({ error: 'activity without a valid serviceUrl' })
    .regex(/^https?:\/\/\S+$/, { error: 'activity without a valid serviceUrl' }),
  conversation: jsonObject('activity without a conversation id', {
    id: nonEmptyText('activity without a conversation id'),
  }),
  recipient: jsonObject('activity without a recipient', { id: nonEmptyText('activity without a recipient') }),
  from: jsonObject('bad from').optional(),
  text: z.string({ error: 'text is not a string' }).nullish(),
  entities: z.array(z.unknown(), { error: 'entities is not a list' }).nullish(),
});

/**
 * The least an Activity must have before botbuilder sees it (botbuilder would throw deep inside on less):
 * a type, and for the kinds we handle a serviceUrl, a conversation id and a recipient. Returns the reason or null.
 */
export function activityShapeProblem(body: Record<string, unknown>): string | null {
  const problem = problemOf(activityType, body.type);
  if (problem) return problem;
  return TYPES_NEEDING_A_CONVERSATION.has(body.type as string) ? problemOf(conversationActivity, body) : null;
}
