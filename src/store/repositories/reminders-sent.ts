import type { Kysely, Selectable } from 'kysely';
import type { ReminderKind, ReminderTarget } from '../../scheduler/types.ts';
import type { Database, RemindersTable } from '../schema.ts';

/** The rows behind ReminderStore.sentTo: the sent rows of `kinds` to `target` since `since`, newest first. */
export async function sentTo(
  db: Kysely<Database>,
  target: ReminderTarget,
  kinds: readonly ReminderKind[],
  since: number,
): Promise<Selectable<RemindersTable>[]> {
  if (kinds.length === 0) return [];
  return db
    .selectFrom('reminders')
    .selectAll()
    .where('target', '=', target)
    .where('status', '=', 'sent')
    .where('kind', 'in', [...kinds])
    .where('sent_at', '>=', since)
    .orderBy('sent_at', 'desc')
    .orderBy('key', 'desc')
    .limit(20)
    .execute();
}
