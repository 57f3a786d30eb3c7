import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** Reminder rows by status (pending, sending, sent, failed, missed), for the queue-depth gauge on /metrics. */
export async function reminderQueueDepth(db: Kysely<Database>): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('reminders')
    .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy('status')
    .execute();
  const depth: Record<string, number> = { pending: 0, sending: 0, sent: 0, failed: 0, missed: 0 };
  for (const r of rows) depth[r.status] = Number(r.n);
  return depth;
}
