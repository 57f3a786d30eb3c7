import type { Ticker } from '../scheduler/ticker.ts';

/**
 * Wakes the scheduler every `ms` real milliseconds (setInterval). Only for the test clock, whose simulated minutes
 * pass faster than node-cron's real ones; production ticks with node-cron every minute in UTC.
 */
export function intervalTicker(ms: number): Ticker {
  let timer: NodeJS.Timeout | null = null;
  return {
    start(onTick) {
      timer ??= setInterval(onTick, ms);
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
