import type { Logger } from '../../../domain/ports.ts';
import type { BufferedRequest } from '../../../runtime/http.ts';
import type { ChatRequest } from '../../core/core.ts';

/**
 * What a listener knows of the HTTP request that brought its payload. Bolt's HTTPReceiver hands each request to
 * `customPropertiesExtractor` and merges what it returns into the listener's `context`; in Socket Mode there is no
 * HTTP request, and the payload counts as arriving now.
 */
export interface RequestScope {
  /** When the request arrived: Slack's 3 seconds count from here, not from when Bolt reached the listener. */
  readonly receivedAt: number;
  /** Lines about this request (tagged with its id when there is one). */
  readonly log: Logger;
  /** The request's id (X-Request-Id), carried on to the chat core. */
  readonly requestId?: string;
}

/** For HTTPReceiver's `customPropertiesExtractor`: the request's id, arrival time and logger. */
export function requestProperties(req: unknown): Record<string, unknown> {
  const r = req as Partial<BufferedRequest>;
  return { requestId: r.requestId, receivedAt: r.receivedAt, requestLog: r.log };
}

/** The scope of the request a listener's `context` came with (see requestProperties), or of now. */
export function requestScope(context: unknown, fallback: Logger): RequestScope {
  const c = (context ?? {}) as { requestId?: unknown; receivedAt?: unknown; requestLog?: Logger };
  const requestId = typeof c.requestId === 'string' ? c.requestId : undefined;
  return {
    receivedAt: typeof c.receivedAt === 'number' ? c.receivedAt : Date.now(),
    log: c.requestLog ?? fallback,
    ...(requestId ? { requestId } : {}),
  };
}

/** The chat core's request, carrying the id of the HTTP request it came in (for the core's log lines). */
export function withRequestId<T extends ChatRequest>(request: T, scope: RequestScope): T {
  return scope.requestId ? { ...request, requestId: scope.requestId } : request;
}
