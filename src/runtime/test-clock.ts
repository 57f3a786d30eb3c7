import type { Clock } from '../domain/ports.ts';

/**
 * A test-only accelerated clock for child processes (LOFTESBOT_TEST_CLOCK): simulated time starts at `start` and
 * runs `speed` times faster than real time from the real instant `anchor` (before it, it stands still at
 * `start`). Several processes given the same value share the same simulated time. `tickMs` is how often the
 * scheduler wakes up in real time. Never set in production: start logs a warning when it is.
 */
export interface TestClockSpec {
  readonly start: number;
  readonly anchor: number;
  readonly speed: number;
  readonly tickMs: number;
}

/**
 * Parses `start=<ISO instant>;anchor=<epoch ms>;speed=<factor>;tick=<ms>` (anchor defaults to now, speed to 1,
 * tick to 60000). Returns an error message instead of throwing.
 */
export function parseTestClock(text: string, now: number): TestClockSpec | string {
  const fields = new Map<string, string>();
  for (const part of text.split(';')) {
    const [key, ...rest] = part.split('=');
    if (key?.trim()) fields.set(key.trim(), rest.join('=').trim());
  }
  const unknown = [...fields.keys()].filter((k) => !['start', 'anchor', 'speed', 'tick'].includes(k));
  if (unknown.length > 0) return `unknown field ${unknown[0]} (use start, anchor, speed, tick)`;
  const start = Date.parse(fields.get('start') ?? '');
  if (!Number.isFinite(start)) return 'start must be an ISO instant such as 2026-04-06T00:00:00Z';
  const anchor = fields.has('anchor') ? Number(fields.get('anchor')) : now;
  const speed = fields.has('speed') ? Number(fields.get('speed')) : 1;
  const tickMs = fields.has('tick') ? Number(fields.get('tick')) : 60_000;
  if (!Number.isFinite(anchor) || anchor < 0) return 'anchor must be epoch milliseconds';
  if (!Number.isFinite(speed) || speed <= 0 || speed > 1e7) return 'speed must be a number above 0';
  if (!Number.isInteger(tickMs) || tickMs < 10) return 'tick must be whole milliseconds, at least 10';
  return { start, anchor, speed, tickMs };
}

/** The simulated time of `spec` at real time `realNow`. */
export function simulatedNow(spec: TestClockSpec, realNow: number): number {
  return spec.start + Math.max(0, realNow - spec.anchor) * spec.speed;
}

/** A Clock running on `spec`'s simulated time. */
export function acceleratedClock(spec: TestClockSpec, realNow: () => number = Date.now): Clock {
  return { now: () => Math.floor(simulatedNow(spec, realNow())) };
}
