import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A flaky Slack Web API: a proxy on 127.0.0.1 in front of the fake Slack (test/support/fake-slack.ts) that fails a
 * share of the chat.postMessage calls at random — HTTP 500/502/503, HTTP 429 with a Retry-After, or no answer at
 * all (the client times out) — and passes the others through. A failed call never reaches the fake: Slack did not
 * post it. (A call Slack posted but whose answer got lost cannot be told apart from a timeout by any client, so it
 * may be posted twice; ADR 0004 names that corner. It is not injected here.)
 */

const HOP_BY_HOP = new Set(['host', 'content-length', 'connection', 'transfer-encoding', 'keep-alive']);

export type FailureKind = '5xx' | '429' | 'timeout';

export interface FlakySlack {
  /** What SLACK_API_URL (or the delivery client's apiUrl) should be. */
  readonly apiUrl: string;
  /** Failures injected so far, by kind. */
  readonly injected: Readonly<Record<FailureKind, number>>;
  /** chat.postMessage calls seen (failed and passed). */
  readonly calls: number;
  close(): Promise<void>;
}

/** A deterministic pseudo-random sequence (mulberry32), so a failing run can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export async function startFlakySlack(
  upstream: string,
  options: {
    readonly failureRate: number;
    readonly seed: number;
    readonly holdMs: number;
    /** Delays every chat.postMessage that passes by this long (a slow Slack), and reports it as it arrives. */
    readonly delayMs?: number;
    readonly onPost?: () => void;
  },
): Promise<FlakySlack> {
  const random = seededRandom(options.seed);
  const injected: Record<FailureKind, number> = { '5xx': 0, '429': 0, timeout: 0 };
  let calls = 0;
  const held = new Set<IncomingMessage>();
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const path = req.url ?? '/';
    if (path.startsWith('/api/chat.postMessage')) {
      calls++;
      options.onPost?.();
      if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
      if (random() < options.failureRate) {
        const roll = random();
        if (roll < 1 / 3) {
          injected['5xx']++;
          const status = [500, 502, 503][Math.floor(random() * 3)] ?? 500;
          res.writeHead(status, { 'content-type': 'application/json' });
          return res.end(JSON.stringify({ ok: false, error: 'internal_error' }));
        }
        if (roll < 2 / 3) {
          injected['429']++;
          res.writeHead(429, {
            'content-type': 'application/json',
            'retry-after': String(1 + Math.floor(random() * 3)),
          });
          return res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
        }
        injected.timeout++;
        held.add(req);
        setTimeout(() => {
          held.delete(req);
          req.socket.destroy();
        }, options.holdMs);
        return;
      }
    }
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (typeof v === 'string' && !HOP_BY_HOP.has(k)) headers[k] = v;
    }
    try {
      const answer = await fetch(`${upstream}${path}`, { method: req.method ?? 'POST', headers, body });
      res.writeHead(answer.status, {
        'content-type': answer.headers.get('content-type') ?? 'application/json',
      });
      res.end(Buffer.from(await answer.arrayBuffer()));
    } catch {
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error: 'proxy_error' }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    injected,
    get calls() {
      return calls;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const req of held) req.socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
