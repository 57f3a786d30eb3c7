import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One call the bot made to the Bot Connector. Ids are URL-decoded. */
export interface ConnectorCall {
  readonly method: string;
  readonly path: string;
  /**
   * send: POST …/activities; reply: POST …/activities/{replyToId}; update: PUT …/activities/{id}; delete: DELETE;
   * member: GET …/members/{userId} (TeamsInfo.getMember).
   */
  readonly kind: 'send' | 'reply' | 'update' | 'delete' | 'member' | 'other';
  readonly conversationId: string;
  readonly activityId: string | null;
  readonly authorization: string | null;
  // biome-ignore lint/suspicious/noExplicitAny: recorded activity JSON, inspected by tests
  readonly body: any;
  /** The status the fake answered with. */
  readonly status: number;
  /** The activity id the fake answered with (a sent or replied message's id), or null. */
  readonly answeredId: string | null;
}

export interface Failure {
  readonly status: 403 | 404 | 429 | 500 | 502 | 503;
  /** Error code in the body, e.g. BotNotInConversationRoster, ConversationBlockedByUser, ConversationNotFound. */
  readonly code?: string;
  /** Seconds, sent as Retry-After (429). */
  readonly retryAfter?: number;
}

/** A fake Bot Connector on 127.0.0.1: records what the bot sends and fails on demand. */
export interface FakeConnector {
  /** The serviceUrl to put in activities (ends with `/`). */
  readonly url: string;
  readonly calls: ConnectorCall[];
  /** The next `times` calls (default 1), to any conversation, answer with `failure`. */
  failNext(failure: Failure, times?: number): void;
  /** Every call for this conversation answers with `failure` until `clearFailures`. */
  failConversation(conversationId: string, failure: Failure): void;
  clearFailures(): void;
  /** Makes GET …/members/{userId} answer with this member (any conversation); unknown members get 404. */
  setMember(userId: string, member: { name: string; aadObjectId: string }): void;
  /** Resolves with the first call matching `predicate` (already recorded or coming), or rejects after `timeoutMs`. */
  waitFor(predicate: (call: ConnectorCall) => boolean, timeoutMs?: number): Promise<ConnectorCall>;
  reset(): void;
  close(): Promise<void>;
}

/** Any path prefix is accepted, so a test can hand out several service URLs of one fake. */
const ROUTE = /^(?:\/[^/]+)*?\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;
const MEMBER_ROUTE = /^(?:\/[^/]+)*?\/v3\/conversations\/([^/]+)\/members\/([^/]+)\/?$/;

/** Starts a fake Bot Connector on an ephemeral port. */
export async function startFakeConnector(): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  const queued: Failure[] = [];
  const perConversation = new Map<string, Failure>();
  const members = new Map<string, { name: string; aadObjectId: string }>();
  const waiters: { predicate: (c: ConnectorCall) => boolean; resolve: (c: ConnectorCall) => void }[] = [];
  let next = 1;

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = text;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const member = req.method === 'GET' ? MEMBER_ROUTE.exec(url.pathname) : null;
    const m = member ?? ROUTE.exec(url.pathname);
    const conversationId = m?.[1] ? decodeURIComponent(m[1]) : '';
    const activityId = m?.[2] ? decodeURIComponent(m[2]) : null;
    const kind: ConnectorCall['kind'] = !m
      ? 'other'
      : member
        ? 'member'
        : req.method === 'PUT'
          ? 'update'
          : req.method === 'DELETE'
            ? 'delete'
            : activityId
              ? 'reply'
              : 'send';
    const failure = perConversation.get(conversationId) ?? queued.shift();
    let status = 200;
    let answer: unknown;
    let answeredId: string | null = null;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (kind === 'other') {
      status = 404;
      answer = { error: { code: 'NotFound', message: 'unknown route' } };
    } else if (kind === 'member') {
      const found = members.get(activityId ?? '');
      status = found ? 200 : 404;
      answer = found
        ? { id: activityId, ...found, userPrincipalName: `${found.aadObjectId}@example.se` }
        : { error: { code: 'MemberNotFoundInConversation', message: 'no such member' } };
    } else if (failure) {
      status = failure.status;
      answer = {
        error: { code: failure.code ?? defaultCode(failure.status), message: 'fake connector failure' },
      };
      if (failure.retryAfter !== undefined) headers['retry-after'] = String(failure.retryAfter);
    } else {
      status = kind === 'send' || kind === 'reply' ? 201 : 200;
      answeredId = kind === 'update' ? (activityId ?? '') : `fake-activity-${next++}`;
      answer = { id: answeredId };
    }
    const call: ConnectorCall = {
      method: req.method ?? 'GET',
      path: url.pathname,
      kind,
      conversationId,
      activityId,
      authorization: req.headers.authorization ?? null,
      body,
      status,
      answeredId,
    };
    calls.push(call);
    for (const w of [...waiters]) {
      if (w.predicate(call)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(call);
      }
    }
    res.writeHead(status, headers);
    res.end(JSON.stringify(answer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    failNext(failure, times = 1) {
      for (let i = 0; i < times; i++) queued.push(failure);
    },
    failConversation(conversationId, failure) {
      perConversation.set(conversationId, failure);
    },
    clearFailures() {
      queued.length = 0;
      perConversation.clear();
    },
    setMember(userId, member) {
      members.set(userId, member);
    },
    waitFor(predicate, timeoutMs = 5_000) {
      const found = calls.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = { predicate, resolve };
        waiters.push(waiter);
        setTimeout(() => {
          const i = waiters.indexOf(waiter);
          if (i >= 0) {
            waiters.splice(i, 1);
            reject(
              new Error(`fake connector: no matching call within ${timeoutMs} ms (${calls.length} calls)`),
            );
          }
        }, timeoutMs).unref();
      });
    },
    reset() {
      calls.length = 0;
      queued.length = 0;
      perConversation.clear();
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function defaultCode(status: number): string {
  if (status === 403) return 'BotNotInConversationRoster';
  if (status === 404) return 'ConversationNotFound';
  if (status === 429) return 'TooManyRequests';
  return 'ServiceError';
}
