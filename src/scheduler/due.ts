import type { PlannedReminder, PlanWindow } from './types.ts';

/**
 * The pure rules of "what is due at `now`". The dispatcher's claim statement takes its cut-offs from
 * `dueCutoffs`, so the database and these functions agree by construction.
 */
export interface DuePolicy {
  /** A reminder not sent within this long after its time is recorded as missed (default 24 h). */
  readonly catchUpMs: number;
  /** A reminder first sent more than this long after its time is marked late, "försenad" (default 15 min). */
  readonly lateAfterMs: number;
  /** How long a claimed reminder belongs to the instance that claimed it (default 5 min). */
  readonly leaseMs: number;
  /** Attempts before a reminder is given up as failed (default 5). */
  readonly maxAttempts: number;
  /** Retry back-off: base × factor^(attempt − 1), capped (defaults 1 min × 4ⁿ, at most 2 h). */
  readonly backoffBaseMs: number;
  readonly backoffFactor: number;
  readonly backoffMaxMs: number;
  /** How far ahead reminders are written to the database (default 35 days). */
  readonly horizonMs: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const DEFAULT_DUE_POLICY: DuePolicy = Object.freeze({
  catchUpMs: 24 * HOUR,
  lateAfterMs: 15 * MINUTE,
  leaseMs: 5 * MINUTE,
  maxAttempts: 5,
  backoffBaseMs: MINUTE,
  backoffFactor: 4,
  backoffMaxMs: 2 * HOUR,
  horizonMs: 35 * 24 * HOUR,
});

/** future: not yet; due: send now; late: send now, marked late; missed: too old, record as missed. */
export type DueState = 'future' | 'due' | 'late' | 'missed';

export function dueState(at: number, now: number, policy: DuePolicy = DEFAULT_DUE_POLICY): DueState {
  if (at > now) return 'future';
  if (at < now - policy.catchUpMs) return 'missed';
  return at < now - policy.lateAfterMs ? 'late' : 'due';
}

/** The reminders of a plan that should be sent at `now` (due or late), in plan order. */
export function dueNow(
  planned: readonly PlannedReminder[],
  now: number,
  policy: DuePolicy = DEFAULT_DUE_POLICY,
): PlannedReminder[] {
  return planned.filter((r) => {
    const state = dueState(r.at, now, policy);
    return state === 'due' || state === 'late';
  });
}

/** The cut-offs the claim statement uses at `now`. */
export interface DueCutoffs {
  readonly now: number;
  /** due_at < missedBefore → missed. */
  readonly missedBefore: number;
  /** due_at < lateBefore → late. */
  readonly lateBefore: number;
  readonly leaseUntil: number;
  readonly maxAttempts: number;
}

export function dueCutoffs(now: number, policy: DuePolicy = DEFAULT_DUE_POLICY): DueCutoffs {
  return {
    now,
    missedBefore: now - policy.catchUpMs,
    lateBefore: now - policy.lateAfterMs,
    leaseUntil: now + policy.leaseMs,
    maxAttempts: policy.maxAttempts,
  };
}

/** The delay before retrying after failed attempt number `attempt` (1-based); honours a platform's Retry-After. */
export function backoffMs(
  attempt: number,
  policy: DuePolicy = DEFAULT_DUE_POLICY,
  retryAfterMs?: number,
): number {
  const exp = policy.backoffBaseMs * policy.backoffFactor ** Math.max(0, attempt - 1);
  return Math.max(Math.min(exp, policy.backoffMaxMs), retryAfterMs ?? 0);
}

/** The window the scheduler keeps in the database: from the catch-up limit to the horizon. */
export function planningWindow(now: number, policy: DuePolicy = DEFAULT_DUE_POLICY): PlanWindow {
  return { start: now - policy.catchUpMs, end: now + policy.horizonMs };
}
