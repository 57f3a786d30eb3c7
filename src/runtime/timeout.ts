/** The one timeout helper: racing Slack's 3-second windows, a health probe, a reminder send. */

export const TIMEOUT: unique symbol = Symbol('timeout');

/**
 * `promise`, or TIMEOUT when it takes longer than `ms` (the promise keeps running; a rejection before the
 * deadline still rejects). The timer never keeps the process alive.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMEOUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMEOUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMEOUT), ms);
    timer.unref?.();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
