import type { SchedulerCounter, SchedulerMetrics } from './ports.ts';
import type { ReminderKind } from './types.ts';

/** Metrics that go nowhere (the default). */
export const noMetrics: SchedulerMetrics = { increment: () => {} };

/** In-memory counters, per counter and per counter+kind (tests, and a simple /metrics source). */
export function countingMetrics(): SchedulerMetrics & {
  total(counter: SchedulerCounter): number;
  of(counter: SchedulerCounter, kind: ReminderKind): number;
} {
  const counts = new Map<string, number>();
  const add = (key: string, by: number) => counts.set(key, (counts.get(key) ?? 0) + by);
  return {
    increment(counter, labels, by = 1) {
      add(counter, by);
      add(`${counter}:${labels.kind}`, by);
    },
    total: (counter) => counts.get(counter) ?? 0,
    of: (counter, kind) => counts.get(`${counter}:${kind}`) ?? 0,
  };
}
