import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQuery } from 'node:querystring';

/**
 * A fake Slack Web API on 127.0.0.1 for tests. It records every call (method, parsed arguments, token), answers
 * like Slack does for the methods Löftesbot uses, hosts loopback `response_url`s and file upload URLs, and fails on
 * demand (HTTP 429 with Retry-After, HTTP 500, or a Slack platform error such as `channel_not_found`).
 * Answers chat.postMessage/update/postEphemeral, views.open/push/update/publish, users.info, conversations.open,
 * auth.test and the files.uploadV2 sequence (getUploadURLExternal, the upload POST, completeUploadExternal).
 */

/** One recorded Web API call. Arguments sent as JSON strings by the SDK (blocks, view, files) are parsed back. */
export interface FakeSlackCall {
  readonly method: string;
  readonly args: Record<string, unknown>;
  readonly token: string | null;
  readonly at: number;
  /** What the fake answered: `ok`, an HTTP status like `429`, or a Slack error code. */
  readonly outcome: string;
}

/** One POST to a loopback response_url. */
export interface FakeSlackResponse {
  readonly id: string;
  readonly body: Record<string, unknown>;
  readonly at: number;
}

/** One file body posted to an upload URL from files.getUploadURLExternal. */
export interface FakeSlackUpload {
  readonly fileId: string;
  readonly contentType: string;
  readonly body: Buffer;
}

/** A failure to serve instead of the normal answer. */
export type FakeSlackFailure =
  | { readonly status: 429; readonly retryAfter: number }
  | { readonly status: 500 | 502 | 503 }
  | { readonly error: string };

export type FakeSlackHandler = (args: Record<string, unknown>) => Record<string, unknown>;

export interface FakeSlackOptions {
  /** The locale users.info reports (default `sv-SE`). */
  readonly userLocale?: string;
  readonly teamId?: string;
  readonly botUserId?: string;
}

export interface FakeSlack {
  /** Base URL, e.g. `http://127.0.0.1:4321`. */
  readonly url: string;
  /** What SLACK_API_URL should be: `<url>/api/`. */
  readonly apiUrl: string;
  readonly calls: readonly FakeSlackCall[];
  readonly responses: readonly FakeSlackResponse[];
  readonly uploads: readonly FakeSlackUpload[];
  /** Successful calls of one method. */
  callsOf(method: string): FakeSlackCall[];
  /** A fresh loopback response_url; POSTs to it are recorded in `responses`. */
  responseUrl(id?: string): string;
  /** Responses posted to one response_url id. */
  responsesOf(id: string): FakeSlackResponse[];
  /** Serves `failure` for the next `times` calls of `method` (`*` for any method). */
  failNext(method: string, failure: FakeSlackFailure, times?: number): void;
  /** Replaces the answer of `method` (merged over `{ ok: true }`). */
  on(method: string, handler: FakeSlackHandler): void;
  /** Resolves when `count` successful calls of `method` have been recorded (rejects after `timeoutMs`). */
  waitFor(method: string, count?: number, timeoutMs?: number): Promise<FakeSlackCall[]>;
  /** Resolves when `count` responses were posted to response_url `id`. */
  waitForResponse(id: string, count?: number, timeoutMs?: number): Promise<FakeSlackResponse[]>;
  /** Forgets every recorded call, response, upload, failure and handler. */
  reset(): void;
  close(): Promise<void>;
}

const JSON_ARGS = new Set(['blocks', 'attachments', 'view', 'files', 'metadata']);

/** Starts a fake Slack Web API on 127.0.0.1 on a free port. */
export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const calls: FakeSlackCall[] = [];
  const responses: FakeSlackResponse[] = [];
  const uploads: FakeSlackUpload[] = [];
  const failures = new Map<string, { failure: FakeSlackFailure; times: number }[]>();
  const handlers = new Map<string, FakeSlackHandler>();
  const waiters = new Set<() => void>();
  let seq = 0;
  let base = '';
  const teamId = options.teamId ?? 'T0TEST';
  const botUserId = options.botUserId ?? 'U0BOT';

  const notify = () => {
    for (const w of [...waiters]) w();
  };
  const nextTs = () => `${Math.floor(Date.now() / 1000)}.${String(++seq).padStart(6, '0')}`;

  const takeFailure = (method: string): FakeSlackFailure | null => {
    for (const key of [method, '*']) {
      const queue = failures.get(key);
      const head = queue?.[0];
      if (queue && head) {
        head.times--;
        if (head.times <= 0) queue.shift();
        return head.failure;
      }
    }
    return null;
  };

  const defaults: Record<string, FakeSlackHandler> = {
    'auth.test': () => ({
      url: 'https://loftesbot-test.slack.com/',
      team: 'Löftesbot Test',
      team_id: teamId,
      user: 'loftesbot',
      user_id: botUserId,
      bot_id: 'B0BOT',
    }),
    'chat.postMessage': (a) => {
      const channel = String(a.channel ?? '');
      const ts = nextTs();
      const dm = /^[UW]/.test(channel) ? `D${channel.slice(1)}` : channel;
      return { channel: dm, ts, message: { type: 'message', text: a.text, blocks: a.blocks, ts } };
    },
    'chat.update': (a) => ({ channel: a.channel, ts: a.ts, text: a.text }),
    'chat.postEphemeral': () => ({ message_ts: nextTs() }),
    'views.open': (a) => ({ view: { id: `V${++seq}`, ...(a.view as object) } }),
    'views.push': (a) => ({ view: { id: `V${++seq}`, ...(a.view as object) } }),
    'views.update': (a) => ({ view: { id: a.view_id ?? `V${++seq}`, ...(a.view as object) } }),
    'views.publish': (a) => ({ view: { id: `V${++seq}`, ...(a.view as object) } }),
    'users.info': (a) => ({
      user: { id: a.user, team_id: teamId, locale: options.userLocale ?? 'sv-SE', tz: 'Europe/Stockholm' },
    }),
    'conversations.open': (a) => ({ channel: { id: `D${String(a.users ?? '').slice(1)}` } }),
    // The bot is in every channel it is asked about; a test makes one unseen with failNext(…, channel_not_found).
    'conversations.info': (a) => {
      const id = String(a.channel ?? '');
      return { channel: { id, is_im: id.startsWith('D'), is_private: id.startsWith('G'), is_member: true } };
    },
    'files.getUploadURLExternal': () => {
      const fileId = `F${String(++seq).padStart(6, '0')}`;
      return { upload_url: `${base}/upload/${fileId}`, file_id: fileId };
    },
    'files.completeUploadExternal': (a) => ({
      files: (Array.isArray(a.files) ? a.files : []).map((f) => ({
        ...(f as object),
        name: (f as { title?: string }).title,
      })),
    }),
  };

  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readAll(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const reply = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(json));
    };
    if (url.pathname.startsWith('/respond/')) {
      const id = decodeURIComponent(url.pathname.slice('/respond/'.length));
      responses.push({ id, body: safeJson(body.toString('utf8')), at: Date.now() });
      notify();
      return reply(200, { ok: true });
    }
    if (url.pathname.startsWith('/upload/')) {
      uploads.push({
        fileId: url.pathname.slice('/upload/'.length),
        contentType: String(req.headers['content-type'] ?? ''),
        body,
      });
      notify();
      res.writeHead(200, { 'content-type': 'text/plain' });
      return res.end(`OK - ${body.length}`);
    }
    if (!url.pathname.startsWith('/api/')) return reply(404, { ok: false, error: 'not_found' });
    const method = url.pathname.slice('/api/'.length);
    const args = parseArgs(String(req.headers['content-type'] ?? ''), body);
    const auth = String(req.headers.authorization ?? '');
    const token = auth.startsWith('Bearer ')
      ? auth.slice(7)
      : typeof args.token === 'string'
        ? args.token
        : null;
    const record = (outcome: string) => calls.push({ method, args, token, at: Date.now(), outcome });
    const failure = takeFailure(method);
    if (failure && 'status' in failure) {
      record(String(failure.status));
      notify();
      if (failure.status === 429) {
        return reply(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(failure.retryAfter) });
      }
      return reply(failure.status, { ok: false, error: 'internal_error' });
    }
    if (failure) {
      record(failure.error);
      notify();
      return reply(200, { ok: false, error: failure.error });
    }
    // Slack refuses a view of more than 100 blocks, and a message of more than 50, as invalid_blocks.
    const view = args.view as { blocks?: unknown[] } | undefined;
    const tooMany =
      (method.startsWith('views.') && (view?.blocks?.length ?? 0) > 100) ||
      (method.startsWith('chat.') && Array.isArray(args.blocks) && args.blocks.length > 50);
    if (tooMany) {
      record('invalid_blocks');
      notify();
      return reply(200, { ok: false, error: 'invalid_blocks' });
    }
    const handler = handlers.get(method) ?? defaults[method];
    if (!handler) {
      record('unknown_method');
      notify();
      return reply(200, { ok: false, error: 'unknown_method' });
    }
    const answer = { ok: true, ...handler(args) };
    record(answer.ok === false ? String((answer as { error?: unknown }).error ?? 'error') : 'ok');
    notify();
    return reply(200, answer);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const waitUntil = <T>(read: () => T[], count: number, timeoutMs: number, what: string): Promise<T[]> =>
    new Promise((resolve, reject) => {
      const check = () => {
        const found = read();
        if (found.length >= count) {
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`fake Slack: timed out waiting for ${count} × ${what} (got ${read().length})`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });

  const callsOf = (method: string) => calls.filter((c) => c.method === method && c.outcome === 'ok');
  const responsesOf = (id: string) => responses.filter((r) => r.id === id);

  return {
    url: base,
    apiUrl: `${base}/api/`,
    calls,
    responses,
    uploads,
    callsOf,
    responseUrl: (id = `r${++seq}`) => `${base}/respond/${encodeURIComponent(id)}`,
    responsesOf,
    failNext(method, failure, times = 1) {
      const queue = failures.get(method) ?? [];
      queue.push({ failure, times });
      failures.set(method, queue);
    },
    on(method, handler) {
      handlers.set(method, handler);
    },
    waitFor: (method, count = 1, timeoutMs = 5_000) =>
      waitUntil(() => callsOf(method), count, timeoutMs, method),
    waitForResponse: (id, count = 1, timeoutMs = 5_000) =>
      waitUntil(() => responsesOf(id), count, timeoutMs, `response ${id}`),
    reset() {
      calls.length = 0;
      responses.length = 0;
      uploads.length = 0;
      failures.clear();
      handlers.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function safeJson(text: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : { value: v };
  } catch {
    return { raw: text };
  }
}

function parseArgs(contentType: string, body: Buffer): Record<string, unknown> {
  const text = body.toString('utf8');
  if (contentType.includes('application/json')) return safeJson(text);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parseQuery(text))) {
    const v = Array.isArray(value) ? value[0] : value;
    out[key] = JSON_ARGS.has(key) && typeof v === 'string' ? safeJsonValue(v) : v;
  }
  return out;
}

function safeJsonValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
