import type { DeliveryProgress, DeliveryResult, SendProgress } from '../domain/ports.ts';
import type { Scope } from '../domain/types.ts';
import type { DueCutoffs } from './due.ts';
import type { PlannedReminder, PlanWindow, ReminderKind, ReminderPayload, ReminderTarget } from './types.ts';

/** A claimed reminder, handed to the sender. */
export interface ReminderToSend {
  readonly key: string;
  readonly kind: ReminderKind;
  /** `channel:<platform>:<conversationId>` or `person:<personId>`. */
  readonly target: ReminderTarget;
  /** When it was due (epoch ms). */
  readonly dueAt: number;
  /** Sent after its time (after downtime or retries): render it as a "försenad påminnelse". */
  readonly late: boolean;
  /** 1 for the first try. */
  readonly attempt: number;
  readonly payload: ReminderPayload;
}

/**
 * Delivers one reminder. The composition root implements it by rendering the payload with the chat core and
 * routing the target to the Slack, Teams or console Notifier. Platform failures are returned, not thrown:
 * `permanent: true` (unknown channel, bot removed) gives up at once, otherwise the scheduler retries with back-off.
 */
export interface ReminderSender {
  /** `progress`: the reminder's delivery record, for a notifier that sends it as several platform messages. */
  send(reminder: ReminderToSend, progress?: SendProgress): Promise<DeliveryResult>;
}

export type ReminderStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'missed';

/** A reminder row as stored. */
export interface StoredReminder {
  readonly key: string;
  readonly kind: ReminderKind;
  readonly scope: Scope;
  readonly target: ReminderTarget;
  readonly dueAt: number;
  readonly payload: ReminderPayload;
  readonly status: ReminderStatus;
  readonly attempts: number;
  readonly leaseUntil: number | null;
  readonly nextAttemptAt: number | null;
  readonly sentAt: number | null;
  readonly late: boolean;
  readonly messageId: string | null;
  readonly lastError: string | null;
  readonly updatedAt: number;
  /**
   * The attempt whose send began and never recorded an outcome (its process died, or lost the row mid-send): the
   * reminder may have been delivered. Null when no send is in doubt.
   */
  readonly sendBegan: number | null;
  /** What earlier attempts recorded as shown on the platform (parts accepted, the first's id); null when nothing. */
  readonly shown: DeliveryProgress | null;
}

export interface SyncResult {
  /** Rows inserted or changed (pending rows only). */
  readonly upserted: number;
  /** Obsolete pending rows removed. */
  readonly deleted: number;
}

export interface ReminderFilter {
  readonly status?: ReminderStatus;
  /** due_at ≥ dueFrom */
  readonly dueFrom?: number;
  /** due_at < dueTo */
  readonly dueTo?: number;
  readonly limit?: number;
}

/**
 * The reminders table: the plan made durable, and the claim that makes each reminder go out once.
 * Every method is a single statement (or a few independent ones), safe to run from several instances at once.
 */
export interface ReminderStore {
  /**
   * Makes the pending rows within `window` equal the plan: inserts new keys, updates pending rows whose time,
   * target or payload changed, deletes pending rows whose key is no longer planned. Rows being sent or
   * finished (sent, failed, missed) are never touched.
   */
  syncPlan(planned: readonly PlannedReminder[], window: PlanWindow, now: number): Promise<SyncResult>;
  /**
   * Writes reminders made on demand (not by the plan: "Påminn dem"), each only if its key is new; returns how many
   * were written. The key carries the day, so the same reminder is written at most once a day.
   */
  insertOnce(reminders: readonly PlannedReminder[], now: number): Promise<number>;
  /**
   * Atomically claims up to `limit` due rows (pending and due, or sending with an expired lease) for this instance:
   * status → sending, attempts + 1, lease until `cutoffs.leaseUntil`, late set when due before `cutoffs.lateBefore`.
   * On PostgreSQL one UPDATE … WHERE key IN (SELECT … FOR UPDATE SKIP LOCKED) RETURNING; on SQLite the same
   * statement without the lock clause (SQLite has one writer).
   */
  claimDue(cutoffs: DueCutoffs, limit: number): Promise<StoredReminder[]>;
  /**
   * Records what fell out of the catch-up window: pending rows due before `cutoffs.missedBefore` become missed
   * (failed if they had been tried), and sending rows whose lease expired with no attempts left become failed.
   */
  expire(cutoffs: DueCutoffs): Promise<StoredReminder[]>;
  /**
   * Confirms that attempt `attempt` still holds the row and extends its lease to `leaseUntil`, in one statement
   * (status sending and the same attempts count); false when another attempt took the row over or it was finished.
   * The dispatcher calls it just before each send, so a batch slowed beyond its first lease never sends a row another
   * instance has claimed meanwhile, and a row it sends cannot be claimed while the send lasts (a send is cut off
   * after SEND_TIMEOUT_MS, well within one lease). The same statement records that this attempt's send begins
   * (`sendBegan`), until the attempt records its outcome.
   */
  renewLease(key: string, attempt: number, leaseUntil: number, now: number): Promise<boolean>;
  /**
   * Records that the platform accepted `progress.sent` of the reminder's `progress.total` messages (the first's id
   * as its message id). Fenced by the attempt number like renewLease, but also accepted after the attempt was given
   * up for a retry (pending, same attempts: a late answer of a timed-out send) until the retry claims the row; false
   * when it is refused.
   */
  recordProgress(key: string, attempt: number, progress: DeliveryProgress, now: number): Promise<boolean>;
  /** sending → sent with the platform's message id; false when this attempt no longer owns the row. */
  markSent(key: string, attempt: number, messageId: string | null, now: number): Promise<boolean>;
  /** sending → pending, to be tried again at `nextAttemptAt`. */
  markRetry(
    key: string,
    attempt: number,
    nextAttemptAt: number,
    error: string,
    now: number,
  ): Promise<boolean>;
  /** sending → failed. */
  markFailed(key: string, attempt: number, error: string, now: number): Promise<boolean>;
  /** Sent rows of `kinds` about `scope` that have a platform message id: the messages that can be updated. */
  sentMessages(scope: Scope, kinds: readonly ReminderKind[]): Promise<StoredReminder[]>;
  /** Rows by status and due time, oldest first (e.g. missed ones for the managers' summary, failed for admins). */
  list(filter: ReminderFilter): Promise<StoredReminder[]>;
  /**
   * The rows of `kinds` sent to `target` at or after `since` (epoch ms), newest first, at most 20: the prompts a
   * person was sent lately, so a bare "3" typed after a count prompt is read against that prompt's activities.
   */
  sentTo(target: ReminderTarget, kinds: readonly ReminderKind[], since: number): Promise<StoredReminder[]>;
}

/** The counters the scheduler reports, for /metrics. */
export type SchedulerCounter = 'sent' | 'late' | 'missed' | 'failed' | 'retried';

/** A small callback interface so /metrics (prom-client) can be wired in the composition root. */
export interface SchedulerMetrics {
  increment(counter: SchedulerCounter, labels: { readonly kind: ReminderKind }, by?: number): void;
}
