import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { quantile } from '../lib/stats.ts';

/** One request to send: POST `path` with `headers` and `body`. */
export interface LoadRequest {
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

/** Builds request number `i` (called at its send time, so signatures carry a fresh timestamp). */
export type RequestFactory = (i: number) => LoadRequest;

export interface LoadTarget {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  readonly url: string;
  /** Only 2xx counts as success; a body check can refuse a 2xx (e.g. an error reply). */
  readonly accept?: (status: number, body: string) => boolean;
}

export interface LoadResult {
  readonly mode: 'open' | 'closed';
  /** Requests per second offered (open loop), null for closed loop. */
  readonly offeredRate: number | null;
  readonly connections: number;
  readonly plannedMs: number;
  readonly sent: number;
  readonly ok: number;
  readonly errors: number;
  /** Response statuses and error kinds, with counts. */
  readonly outcomes: Readonly<Record<string, number>>;
  /** From the first intended send to the last completion. */
  readonly elapsedMs: number;
  /** Successful responses per second over `elapsedMs`. */
  readonly throughput: number;
  /** Latency of successful responses in ms, from the intended send time (no coordinated omission). */
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly max: number;
}

interface Tally {
  ok: number;
  errors: number;
  outcomes: Record<string, number>;
  latencies: number[];
  last: number;
}

function newTally(): Tally {
  return { ok: 0, errors: 0, outcomes: {}, latencies: [], last: 0 };
}

/** Sends one request; resolves when the response is complete or failed (never rejects). */
function sendOne(
  agent: Agent,
  base: URL,
  target: LoadTarget,
  req: LoadRequest,
  intended: number,
  timeoutMs: number,
  tally: Tally,
): Promise<void> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: string, ok: boolean) => {
      if (settled) return;
      settled = true;
      const now = performance.now();
      tally.outcomes[outcome] = (tally.outcomes[outcome] ?? 0) + 1;
      if (ok) {
        tally.ok++;
        tally.latencies.push(now - intended);
      } else tally.errors++;
      tally.last = Math.max(tally.last, now);
      resolve();
    };
    const r = request(
      {
        host: base.hostname,
        port: base.port,
        path: req.path,
        method: 'POST',
        agent,
        headers: { ...req.headers, 'content-length': String(req.body.length) },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = target.accept ? Buffer.concat(chunks).toString('utf8') : '';
          const ok = status >= 200 && status < 300 && (target.accept?.(status, body) ?? true);
          settle(ok ? String(status) : `${status}${status < 300 ? ' refused' : ''}`, ok);
        });
        res.on('error', () => settle('response error', false));
      },
    );
    r.setTimeout(timeoutMs, () => r.destroy(new Error('timeout')));
    r.on('error', (e) =>
      settle(
        e.message === 'timeout' ? 'timeout' : `error ${(e as NodeJS.ErrnoException).code ?? e.message}`,
        false,
      ),
    );
    r.end(req.body);
  });
}

function resultOf(
  mode: 'open' | 'closed',
  offeredRate: number | null,
  connections: number,
  plannedMs: number,
  sent: number,
  t0: number,
  tally: Tally,
): LoadResult {
  const sorted = Float64Array.from(tally.latencies).sort();
  const elapsedMs = Math.max(1, tally.last - t0);
  return {
    mode,
    offeredRate,
    connections,
    plannedMs,
    sent,
    ok: tally.ok,
    errors: tally.errors,
    outcomes: tally.outcomes,
    elapsedMs,
    throughput: (tally.ok * 1000) / Math.max(elapsedMs, mode === 'open' ? plannedMs : 1),
    p50: quantile(sorted, 0.5),
    p90: quantile(sorted, 0.9),
    p99: quantile(sorted, 0.99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/**
 * Open loop at a fixed rate: request i is due at t0 + i / rate whatever happened to earlier ones, and its latency
 * counts from that intended time, so a stalled server cannot hide its queue (no coordinated omission).
 * Keep-alive connections, at most `connections` at once; requests beyond that wait in the agent's queue (timed).
 */
export async function runOpenLoop(
  target: LoadTarget,
  make: RequestFactory,
  options: { rate: number; durationMs: number; connections?: number; timeoutMs?: number },
): Promise<LoadResult> {
  const { rate, durationMs, connections = 64, timeoutMs = 10_000 } = options;
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const base = new URL(target.url);
  const total = Math.max(1, Math.round((rate * durationMs) / 1000));
  const interval = 1000 / rate;
  const tally = newTally();
  const pending: Promise<void>[] = [];
  const t0 = performance.now() + 5;
  let i = 0;
  await new Promise<void>((resolve) => {
    const pump = () => {
      const now = performance.now();
      while (i < total && t0 + i * interval <= now) {
        const intended = t0 + i * interval;
        pending.push(sendOne(agent, base, target, make(i), intended, timeoutMs, tally));
        i++;
      }
      if (i < total) setTimeout(pump, Math.max(0, t0 + i * interval - performance.now() - 0.5));
      else resolve();
    };
    setTimeout(pump, 5);
  });
  await Promise.all(pending);
  agent.destroy();
  return resultOf('open', rate, connections, durationMs, total, t0, tally);
}

/** Closed loop: `connections` workers each send, wait for the answer, send again, for `durationMs`. */
export async function runClosedLoop(
  target: LoadTarget,
  make: RequestFactory,
  options: { connections: number; durationMs: number; timeoutMs?: number },
): Promise<LoadResult> {
  const { connections, durationMs, timeoutMs = 10_000 } = options;
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const base = new URL(target.url);
  const tally = newTally();
  const t0 = performance.now();
  const end = t0 + durationMs;
  let i = 0;
  const worker = async () => {
    while (performance.now() < end) {
      await sendOne(agent, base, target, make(i++), performance.now(), timeoutMs, tally);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  agent.destroy();
  return resultOf('closed', null, connections, durationMs, i, t0, tally);
}
