import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../domain/ports.ts';

/**
 * The HTTP vocabulary every layer may use: routes the one server of src/app mounts, the buffered request its
 * handlers receive, and small response helpers.
 */

/**
 * An incoming request whose body has been read (within the size limit). Bolt reads `rawBody` as it is. `log` writes
 * lines tagged with the request's id: whatever a handler logs about this request goes through it (or through a
 * logger it hands on), so each line of one request carries the id its response's X-Request-Id shows.
 */
export type BufferedRequest = IncomingMessage & {
  rawBody: Buffer;
  requestId: string;
  /** When the request arrived (epoch ms): deadlines such as Slack's 3-second ack count from here. */
  receivedAt: number;
  log: Logger;
};

export type RouteHandler = (req: BufferedRequest, res: ServerResponse) => Promise<void> | void;

export interface Route {
  readonly method: 'GET' | 'POST' | 'PUT' | 'HEAD';
  /** An exact path, or a prefix ending in `*` (e.g. `/k/*`). */
  readonly path: string;
  /** A short label for metrics and logs (defaults to the path). */
  readonly name?: string;
  readonly handler: RouteHandler;
}

export interface HttpObserver {
  onResponse(route: string, method: string, status: number, seconds: number): void;
}

/** Writes a JSON response. */
export function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}

/** Log-safe fields of an error: code, name and message, never request bodies. */
export function errorFields(e: unknown): Record<string, unknown> {
  if (e instanceof Error) {
    return { name: e.name, message: e.message, code: (e as { code?: unknown }).code, stack: e.stack };
  }
  return { message: String(e) };
}
