import { schedule } from 'node-cron';

/** Wakes the scheduler up. Tests drive `tickOnce` directly instead. */
export interface Ticker {
  start(onTick: () => void): void;
  stop(): void;
}

/**
 * node-cron, every minute, in UTC. Never in Europe/Stockholm: node-cron goes silent for an hour on the autumn DST
 * night there. What is due is decided from the clock and the database, not from the tick's wall-clock time.
 */
export function cronTicker(): Ticker {
  let task: ReturnType<typeof schedule> | null = null;
  return {
    start(onTick) {
      task = schedule('* * * * *', () => onTick(), {
        timezone: 'UTC',
        name: 'loftesbot-scheduler',
        noOverlap: true,
      });
    },
    stop() {
      void task?.destroy();
      task = null;
    },
  };
}
