import type { Kysely } from 'kysely';
import type { ReminderStatus, ReminderStore } from '../../scheduler/ports.ts';
import type { Database } from '../schema.ts';

/**
 * The statements of one claimed attempt on a reminder row. Each is a single UPDATE fenced by the attempt number
 * (status `sending` and `attempts` equal to the attempt's): once another instance has taken the row over, or it has
 * been finished, the old attempt changes nothing and learns so from the result.
 */
export function attemptStatements(
  db: Kysely<Database>,
): Pick<ReminderStore, 'renewLease' | 'recordProgress' | 'markSent' | 'markRetry' | 'markFailed'> {
  return {
    async renewLease(key, attempt, leaseUntil, now) {
      const result = await db
        .updateTable('reminders')
        .set({ lease_until: leaseUntil, send_began: attempt, updated_at: now })
        .where('key', '=', key)
        .where('status', '=', 'sending')
        .where('attempts', '=', attempt)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async recordProgress(key, attempt, progress, now) {
      const result = await db
        .updateTable('reminders')
        .set({
          parts_sent: progress.sent,
          parts_total: progress.total,
          message_id: progress.first,
          updated_at: now,
        })
        .where('key', '=', key)
        // Also after the attempt was given up for a retry (pending, same attempts): the platform's late answer is
        // still true, and the retry must not post it again. Once the retry has claimed the row, only it records.
        .where('status', 'in', ['sending', 'pending'])
        .where('attempts', '=', attempt)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async markSent(key, attempt, messageId, now) {
      return finish(db, key, attempt, {
        status: 'sent',
        sent_at: now,
        message_id: messageId,
        last_error: null,
        updated_at: now,
      });
    },

    async markRetry(key, attempt, nextAttemptAt, error, now) {
      return finish(db, key, attempt, {
        status: 'pending',
        next_attempt_at: nextAttemptAt,
        last_error: error,
        updated_at: now,
      });
    },

    async markFailed(key, attempt, error, now) {
      return finish(db, key, attempt, { status: 'failed', last_error: error, updated_at: now });
    },
  };
}

/**
 * Ends one attempt; only the attempt that holds the row (status sending, same attempts count) may. Its outcome is
 * known, so no send is in doubt any more; what it got shown stays recorded for a retry.
 */
async function finish(
  db: Kysely<Database>,
  key: string,
  attempt: number,
  values: {
    status: ReminderStatus;
    updated_at: number;
    sent_at?: number;
    message_id?: string | null;
    next_attempt_at?: number;
    last_error?: string | null;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('reminders')
    .set({ ...values, lease_until: null, send_began: null })
    .where('key', '=', key)
    .where('status', '=', 'sending')
    .where('attempts', '=', attempt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
