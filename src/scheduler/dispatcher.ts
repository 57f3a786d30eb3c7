import type { DeliveryResult, Logger, SendProgress } from '../domain/ports.ts';
import { backoffMs, type DuePolicy, dueCutoffs } from './due.ts';
import type { ReminderSender, ReminderStore, SchedulerMetrics, StoredReminder } from './ports.ts';

export interface DispatchDeps {
  readonly reminders: ReminderStore;
  readonly sender: ReminderSender;
  readonly logger: Logger;
  readonly metrics: SchedulerMetrics;
  readonly policy: DuePolicy;
  /** Rows claimed per statement. */
  readonly batchSize: number;
  /** At most this many sends per tick, so one tick stays short; the rest go next minute. */
  readonly maxPerTick: number;
  /** Checked before each claim: false once the process is shutting down (what is claimed is still sent). */
  readonly keepGoing?: () => boolean;
  /** The time as the round goes on (sends take time); without it the round's `now` throughout. */
  readonly clock?: () => number;
}

export interface DispatchReport {
  readonly claimed: number;
  readonly sent: number;
  readonly late: number;
  readonly retried: number;
  readonly failed: number;
  readonly missed: number;
  /** Claimed, but taken over by another attempt before this one got to send it: not sent by this round. */
  readonly skipped: number;
}

/**
 * One round of the dispatcher at `now`: records what fell out of the catch-up window (missed / failed), then
 * claims due reminders batch by batch and sends each. Each reminder is handled on its own — a failure (returned
 * or thrown by the sender) is retried with back-off or marked failed, and never stops the others.
 */
export async function dispatchOnce(deps: DispatchDeps, now: number): Promise<DispatchReport> {
  const cutoffs = dueCutoffs(now, deps.policy);
  const report = { claimed: 0, sent: 0, late: 0, retried: 0, failed: 0, missed: 0, skipped: 0 };

  for (const r of await deps.reminders.expire(cutoffs)) {
    const counter = r.status === 'missed' ? 'missed' : 'failed';
    report[counter]++;
    deps.metrics.increment(counter, { kind: r.kind });
    deps.logger.warn(
      fields(r),
      counter === 'missed' ? 'reminder missed: not sent within the catch-up window' : 'reminder failed',
    );
  }

  while (report.claimed < deps.maxPerTick && (deps.keepGoing?.() ?? true)) {
    const batch = await deps.reminders.claimDue(
      cutoffs,
      Math.min(deps.batchSize, deps.maxPerTick - report.claimed),
    );
    report.claimed += batch.length;
    for (const r of batch) {
      const outcome = await deliver(deps, r, now);
      report[outcome]++;
      if (outcome === 'sent' && r.late) report.late++;
    }
    if (batch.length < deps.batchSize) break;
  }
  return report;
}

async function deliver(
  deps: DispatchDeps,
  r: StoredReminder,
  now: number,
): Promise<'sent' | 'retried' | 'failed' | 'skipped'> {
  const log = deps.logger.child(fields(r));
  // The batch may have taken longer than the lease it was claimed with: confirm this attempt still holds the row
  // and extend its lease over the send, or leave it to the attempt that took it over.
  const before = deps.clock?.() ?? now;
  if (!(await deps.reminders.renewLease(r.key, r.attempts, before + deps.policy.leaseMs, before))) {
    log.warn({}, 'reminder not sent here: another attempt took it over when its lease ran out');
    return 'skipped';
  }
  let result: DeliveryResult;
  if (r.shown && r.shown.sent >= r.shown.total) {
    // An earlier attempt got every part shown and ended before it could record the reminder sent: nothing goes out
    // again, the reminder is done.
    log.info({ messageId: r.shown.first }, 'reminder delivered by an earlier attempt; recorded as sent');
    result = { ok: true, messageId: r.shown.first };
  } else {
    if (r.sendBegan !== null) {
      // The rule (README "Reminders"): a reminder is never dropped. The message that attempt had in flight may
      // have reached the platform; it is sent again — only the parts not recorded as shown.
      log.warn(
        { earlierAttempt: r.sendBegan, partsShown: r.shown?.sent ?? 0 },
        'an earlier attempt ended mid-send and may have delivered its message; sending the rest again',
      );
    }
    result = await send(deps, r, before);
  }

  const after = deps.clock?.() ?? now;
  if (result.ok) {
    const owned = await deps.reminders.markSent(r.key, r.attempts, result.messageId, after);
    if (!owned) log.warn({}, 'reminder sent, but its lease had passed to another attempt');
    deps.metrics.increment('sent', { kind: r.kind });
    if (r.late) deps.metrics.increment('late', { kind: r.kind });
    log.info({ messageId: result.messageId }, r.late ? 'late reminder sent' : 'reminder sent');
    return 'sent';
  }
  if (result.permanent || r.attempts >= deps.policy.maxAttempts) {
    await deps.reminders.markFailed(r.key, r.attempts, result.error, after);
    deps.metrics.increment('failed', { kind: r.kind });
    log.error({ error: result.error, permanent: result.permanent }, 'reminder failed');
    return 'failed';
  }
  const next = after + backoffMs(r.attempts, deps.policy, result.retryAfterMs);
  await deps.reminders.markRetry(r.key, r.attempts, next, result.error, after);
  deps.metrics.increment('retried', { kind: r.kind });
  log.warn({ error: result.error, nextAttemptAt: next }, 'reminder send failed; will retry');
  return 'retried';
}

/** Hands the reminder to the sender with its delivery record; a throw is a transient failure. */
async function send(deps: DispatchDeps, r: StoredReminder, now: number): Promise<DeliveryResult> {
  const progress: SendProgress = {
    shown: r.shown,
    record: async (p) => {
      await deps.reminders.recordProgress(r.key, r.attempts, p, deps.clock?.() ?? now);
    },
  };
  try {
    return await deps.sender.send(
      {
        key: r.key,
        kind: r.kind,
        target: r.target,
        dueAt: r.dueAt,
        late: r.late,
        attempt: r.attempts,
        payload: r.payload,
      },
      progress,
    );
  } catch (e) {
    return { ok: false, permanent: false, error: e instanceof Error ? e.message : String(e) };
  }
}

function fields(r: StoredReminder): Record<string, unknown> {
  return {
    reminderKey: r.key,
    kind: r.kind,
    target: r.target,
    kommun: r.scope.type === 'kommun' ? r.scope.id : undefined,
    area: r.scope.type === 'area' ? r.scope.id : undefined,
    attempt: r.attempts,
    late: r.late,
  };
}
