import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line written while handling one incoming request carries. */
export interface RequestContext {
  readonly requestId: string;
  /** When the request arrived (epoch ms): deadlines such as Slack's 3-second ack count from here. */
  readonly receivedAt: number;
}

const storage = new AsyncLocalStorage<RequestContext>();

/**
 * Runs `fn` as the handling of one request: everything it starts (the chat core, Bolt's listeners, a reply sent
 * later through response_url) logs with the request's id, without passing a logger down by hand.
 */
export function withRequestContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** The request being handled, or undefined outside any request (the scheduler, start-up). */
export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}
