import { LoftesbotError } from '../domain/errors.ts';

/**
 * Retrying a transaction the database refused because of a lock, not because of its content:
 * SQLite's SQLITE_BUSY / SQLITE_LOCKED (another process — the CLI, a second handle — held the write lock longer
 * than busy_timeout, or a deferred transaction's snapshot went stale: SQLITE_BUSY_SNAPSHOT, which busy_timeout
 * never waits for) and PostgreSQL's serialization failure, deadlock and lock-not-available. Each of these rolled
 * the whole transaction back, so running it again from the start is safe. Anything else is thrown at once.
 */

export interface BusyRetryPolicy {
  /** Tries in all, including the first (default 5). */
  readonly attempts: number;
  /** Wait before the first retry, doubled after each, with jitter (default 25 ms). */
  readonly baseMs: number;
  /** Longest wait between tries (default 800 ms). */
  readonly maxMs: number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Told about each retry (for a log line or a test). */
  readonly onRetry?: (attempt: number, code: string) => void;
}

export const DEFAULT_BUSY_RETRY: BusyRetryPolicy = Object.freeze({ attempts: 5, baseMs: 25, maxMs: 800 });

const PG_TRANSIENT = new Set(['40001', '40P01', '55P03']);

/** The lock-related error code of `e`, or null when `e` is anything else. */
export function busyCode(e: unknown): string | null {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return code;
  return PG_TRANSIENT.has(code) ? code : null;
}

/** Runs `fn`, again after a short back-off when it failed on a lock; E_STORE_BUSY when every try did. */
export async function retryBusy<T>(
  fn: () => Promise<T>,
  policy: BusyRetryPolicy = DEFAULT_BUSY_RETRY,
): Promise<T> {
  const sleep = policy.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      const code = busyCode(e);
      if (code === null) throw e;
      if (attempt >= policy.attempts) {
        throw new LoftesbotError('E_STORE_BUSY', `database busy after ${attempt} tries (${code})`, {
          cause: e,
          details: { code, attempts: attempt },
        });
      }
      policy.onRetry?.(attempt, code);
      const wait = Math.min(policy.maxMs, policy.baseMs * 2 ** (attempt - 1));
      await sleep(wait / 2 + Math.random() * (wait / 2));
    }
  }
}
