import type { Kysely } from 'kysely';

/**
 * A reminder's delivery record, so that what a process got shown outlives it (docs/decisions/0004):
 * `send_began` — the attempt whose platform call began and has not recorded its outcome (null once it has);
 * `parts_sent` of `parts_total` — the platform messages of the reminder already accepted (a long Slack reminder goes
 * as several), the first one's id in `message_id`. A retry on any instance posts only the parts not yet shown.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('reminders').addColumn('send_began', 'integer').execute();
  await db.schema
    .alterTable('reminders')
    .addColumn('parts_sent', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('reminders').addColumn('parts_total', 'integer').execute();
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
