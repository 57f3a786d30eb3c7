import { describe, expect, it } from 'vitest';
import {
  backoffMs,
  DEFAULT_DUE_POLICY,
  dueCutoffs,
  dueNow,
  dueState,
  planningWindow,
} from '../../src/scheduler/due.ts';
import type { PlannedReminder } from '../../src/scheduler/types.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const NOW = Date.UTC(2026, 2, 6, 11, 0);

describe('what is due at now (pure)', () => {
  it('future, due, late after 15 minutes, missed after 24 hours', () => {
    expect(dueState(NOW + 1, NOW)).toBe('future');
    expect(dueState(NOW, NOW)).toBe('due');
    expect(dueState(NOW - 15 * MIN, NOW)).toBe('due');
    expect(dueState(NOW - 15 * MIN - 1, NOW)).toBe('late');
    expect(dueState(NOW - 3 * HOUR, NOW)).toBe('late');
    expect(dueState(NOW - 24 * HOUR, NOW)).toBe('late');
    expect(dueState(NOW - 24 * HOUR - 1, NOW)).toBe('missed');
    expect(dueState(NOW - 72 * HOUR, NOW)).toBe('missed');
  });

  it('dueNow picks the due and late reminders of a plan', () => {
    const r = (key: string, at: number) => ({ key, at }) as PlannedReminder;
    const planned = [
      r('old', NOW - 3 * 24 * HOUR),
      r('late', NOW - 3 * HOUR),
      r('now', NOW),
      r('later', NOW + MIN),
    ];
    expect(dueNow(planned, NOW).map((x) => x.key)).toEqual(['late', 'now']);
  });

  it('the claim cut-offs say the same', () => {
    expect(dueCutoffs(NOW)).toEqual({
      now: NOW,
      missedBefore: NOW - 24 * HOUR,
      lateBefore: NOW - 15 * MIN,
      leaseUntil: NOW + 5 * MIN,
      maxAttempts: 5,
    });
    expect(planningWindow(NOW)).toEqual({ start: NOW - 24 * HOUR, end: NOW + 35 * 24 * HOUR });
  });

  it('back-off: 1, 4, 16, 64 minutes, capped at 2 hours, never shorter than Retry-After', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n) / MIN)).toEqual([1, 4, 16, 64, 120]);
    expect(backoffMs(1, DEFAULT_DUE_POLICY, 10 * MIN)).toBe(10 * MIN);
  });
});
