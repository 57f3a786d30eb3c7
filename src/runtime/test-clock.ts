import { readFileSync } from 'node:fs';
import type { Clock } from '../domain/ports.ts';

/**
 * A test-only clock a test can drive in a child process (LOFTESBOT_TEST_CLOCK): "now" is the instant written in
 * `file` (epoch milliseconds or an ISO instant), read again on every call, and the scheduler wakes up every
 * `tickMs` real milliseconds instead of every minute. Several processes given the same file share one simulated
 * time, which stands still until the test writes the next instant. Never set in production: start logs a warning.
 */
export interface TestClockSpec {
  readonly file: string;
  readonly tickMs: number;
}

/** Parses `file=<path>;tick=<ms>` (tick defaults to 50). Returns an error message instead of throwing. */
export function parseTestClock(text: string): TestClockSpec | string {
  const fields = new Map<string, string>();
  for (const part of text.split(';')) {
    const [key, ...rest] = part.split('=');
    if (key?.trim()) fields.set(key.trim(), rest.join('=').trim());
  }
  const unknown = [...fields.keys()].filter((k) => k !== 'file' && k !== 'tick');
  if (unknown.length > 0) return `unknown field ${unknown[0]} (use file and tick)`;
  const file = fields.get('file');
  if (!file) return 'file=<path> is required';
  const tickMs = fields.has('tick') ? Number(fields.get('tick')) : 50;
  if (!Number.isInteger(tickMs) || tickMs < 5) return 'tick must be whole milliseconds, at least 5';
  return { file, tickMs };
}

/** Reads an instant written as epoch milliseconds or as an ISO string; NaN when it is neither. */
export function parseInstant(text: string): number {
  const t = text.trim();
  return /^\d+$/.test(t) ? Number(t) : Date.parse(t);
}

/**
 * A Clock reading `spec.file` on every call. A file that cannot be read or parsed (a test writing it) gives the
 * last good instant; there must be one at the first call.
 */
export function fileClock(spec: TestClockSpec): Clock {
  let last: number | null = null;
  return {
    now() {
      let value = Number.NaN;
      try {
        value = parseInstant(readFileSync(spec.file, 'utf8'));
      } catch {
        // keep the last good instant
      }
      if (Number.isFinite(value)) last = value;
      if (last === null) throw new Error(`LOFTESBOT_TEST_CLOCK: ${spec.file} holds no instant`);
      return last;
    },
  };
}
