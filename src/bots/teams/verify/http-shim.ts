import type { ServerResponse } from 'node:http';
import type { Request, Response } from 'botbuilder';
import type { BufferedRequest } from '../../../runtime/http.ts';

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
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { ok: false, reason: 'body is not a JSON object' };
  }
  return { ok: true, body: parsed as Record<string, unknown> };
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

/**
 * The least an Activity must have before botbuilder sees it (botbuilder would throw deep inside on less):
 * a type, and for the kinds we handle a serviceUrl, a conversation id and a recipient. Returns the reason or null.
 */
export function activityShapeProblem(body: Record<string, unknown>): string | null {
  if (typeof body.type !== 'string' || body.type === '') return 'activity without a type';
  if (!TYPES_NEEDING_A_CONVERSATION.has(body.type)) return null;
  if (typeof body.serviceUrl !== 'string' || !/^https?:\/\/\S+$/.test(body.serviceUrl)) {
    return 'activity without a valid serviceUrl';
  }
  const conversation = body.conversation as { id?: unknown } | undefined;
  if (typeof conversation?.id !== 'string' || conversation.id === '')
    return 'activity without a conversation id';
  const recipient = body.recipient as { id?: unknown } | undefined;
  if (typeof recipient?.id !== 'string' || recipient.id === '') return 'activity without a recipient';
  if (body.from !== undefined && (typeof body.from !== 'object' || body.from === null)) return 'bad from';
  if (body.text !== undefined && body.text !== null && typeof body.text !== 'string')
    return 'text is not a string';
  if (body.entities !== undefined && body.entities !== null && !Array.isArray(body.entities)) {
    return 'entities is not a list';
  }
  return null;
}
